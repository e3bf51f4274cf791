package org.annals.enrich.persons;

/**
 * A copy of a text prepared for the name finder, with the way back to the original:
 * {@code origin[i]} is the index in the original text of character {@code i} of the copy
 * ({@code origin[text.length()]} is the original length). Keeping the map lets every tag
 * point at the characters the archivist actually has, however the copy was cleaned.
 */
record NormalisedText(String text, int[] origin) {

    NormalisedText {
        if (origin.length != text.length() + 1) {
            throw new IllegalArgumentException("origin map must have one entry per character plus the end");
        }
    }

    /** The unchanged text: every character maps to itself. */
    static NormalisedText identity(String text) {
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return new NormalisedText(text, origin);
    }

    /** Original index of the first character of a span of the copy. */
    int originalStart(int start) {
        return origin[start];
    }

    /** Original end (exclusive) of a non-empty span of the copy that ends before {@code end}. */
    int originalEnd(int end) {
        return end == 0 ? origin[0] : origin[end - 1] + 1;
    }

    /** The same copy with its characters replaced by a text of equal length. */
    NormalisedText withText(String sameLength) {
        if (sameLength.length() != text.length()) {
            throw new IllegalArgumentException("replacement must keep the length");
        }
        return new NormalisedText(sameLength, origin);
    }
}
