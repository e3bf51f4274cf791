package org.annals.enrich.citations;

import java.util.List;

/** Finds one family of citations inside a line of running text. */
interface InlineDetector {

    /** Adds candidates found in {@code text[start, end)} (one line) to {@code out}. */
    void detect(CharSequence text, int start, int end, List<Candidate> out);
}
