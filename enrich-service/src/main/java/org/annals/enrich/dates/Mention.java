package org.annals.enrich.dates;

/** A span of text the grammar read as a date expression; end exclusive. */
record Mention(int start, int end, DateExpression expression, double confidence) {

    int length() {
        return end - start;
    }

    Mention widen(int newStart, int newEnd, DateExpression newExpression) {
        return new Mention(newStart, newEnd, newExpression, confidence);
    }
}
