package org.annals.ingest.blob;

/** A source's bytes as the blob store keeps them. */
public record StoredBlob(String sha256, long size, String uri) {
}
