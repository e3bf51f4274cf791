package org.annals.store.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One document with all its editions. */
public record DocumentView(String documentId, String collection, String title, int latestEdition, int editionCount,
                           String createdAt, String updatedAt, List<EditionSummary> editions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EditionSummary(int edition, String ingestId, String status, String sourceSha256, String textSha256,
                                 int enrichmentRevision, String recordedAt, String filename, String mediaType,
                                 String error) {
    }
}
