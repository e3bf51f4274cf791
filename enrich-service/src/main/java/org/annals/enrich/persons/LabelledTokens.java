package org.annals.enrich.persons;

import java.util.Arrays;

/**
 * The CRF's verdict on every token of a text: offsets, label and the marginal probability of
 * that label. Kept in parallel primitive arrays because a 5 MB text has about a million tokens
 * and the heap budget is 1 GiB.
 */
final class LabelledTokens {

    private static final EntityLabel[] LABELS = EntityLabel.values();

    private int size;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private byte[] labels = new byte[256];
    private float[] probabilities = new float[256];

    void add(int start, int end, EntityLabel label, double probability) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            labels = Arrays.copyOf(labels, capacity);
            probabilities = Arrays.copyOf(probabilities, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        labels[size] = (byte) label.ordinal();
        probabilities[size] = (float) probability;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The token's characters in the text it was labelled from. */
    String word(String text, int i) {
        return text.substring(starts[i], ends[i]);
    }

    EntityLabel label(int i) {
        return LABELS[labels[i]];
    }

    double probability(int i) {
        return probabilities[i];
    }

    /** Index of the first token that ends after {@code offset}, or {@link #size()}. */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
