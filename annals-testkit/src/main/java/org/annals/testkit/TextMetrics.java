package org.annals.testkit;

/** Measures how far an extracted or OCR'd text is from the text a fixture was made from. */
public final class TextMetrics {

    private TextMetrics() {
    }

    /** Trims and collapses every run of whitespace (line breaks included) to one space. */
    public static String normaliseWhitespace(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Character error rate: Levenshtein edits (insertions, deletions, substitutions) needed to
     * turn {@code expected} into {@code actual}, divided by the length of {@code expected}, both
     * with whitespace normalised. 0 is a perfect match; it can exceed 1 for runaway output.
     */
    public static double characterErrorRate(String expected, String actual) {
        String reference = normaliseWhitespace(expected);
        String hypothesis = normaliseWhitespace(actual);
        return (double) editDistance(reference, hypothesis) / Math.max(1, reference.length());
    }

    /** Levenshtein distance in O(min(n, m)) memory. */
    public static int editDistance(String a, String b) {
        if (a.length() < b.length()) {
            return editDistance(b, a);
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
