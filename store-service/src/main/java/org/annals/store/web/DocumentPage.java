package org.annals.store.web;

import java.util.List;

/** A page of the documents list; {@code page} counts from 1. */
public record DocumentPage(List<DocumentSummary> items, int page, int size, long total, long totalPages) {
}
