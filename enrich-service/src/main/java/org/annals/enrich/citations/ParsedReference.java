package org.annals.enrich.citations;

/**
 * Fields read from one bibliographic reference string.  * absent parts are null. {@code sameAuthorAsAbove}: the entry opens with "———." (the previous entry's author).
 */
record ParsedReference(String author, int authorNames, String title, boolean titleQuoted,
                       String year, String locator, String url, boolean leadingYear,
                       boolean sameAuthorAsAbove) {

    boolean hasAuthor() {
        return author != null;
    }

    boolean hasTitle() {
        return title != null;
    }
}
