package org.annals.store.web;

/** One line of the documents list. */
public record DocumentSummary(String documentId, String collection, String title, int editions, int latestEdition,
                              String updatedAt) {
}
