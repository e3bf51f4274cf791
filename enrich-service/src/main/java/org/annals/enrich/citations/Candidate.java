package org.annals.enrich.citations;

import org.annals.events.Tag;

/** A citation found by one detector, before overlaps between detectors are resolved. */
record Candidate(int start, int end, double confidence, Tag.Citation citation) {

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
