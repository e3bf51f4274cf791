package org.annals.enrich.persons;

/**
 * A person mention in the normalised copy of the text: {@code [start, end)} is the span to tag
 * (titles and courtesies included), {@code [nameStart, nameEnd)} the name itself.
 */
record Mention(int start, int end, int nameStart, int nameEnd, double confidence, Origin origin) {

    /**
     * How the mention was found; decides how far to trust it. Mentions not found by the CRF carry
     * a fixed confidence: the share of such mentions that were right on the development sets.
     */
    enum Origin {
        /** The CRF labelled the name PERSON; confidence is its mean marginal probability. */
        MODEL(Double.NaN),
        /** An honorific such as "Mr." or "Capt." announced a capitalised word the CRF left alone. */
        HONORIFIC(0.7),
        /** A sovereign referred to by title alone ("the King"); the title is the value, never a surname. */
        TITLE_ONLY(0.7),
        /** The name of a person found elsewhere in the same document, repeated where the CRF missed it. */
        REPEATED(0.85),
        /** An item of a list whose neighbouring items are persons. */
        LISTED(0.75);

        final double confidence;

        Origin(double confidence) {
            this.confidence = confidence;
        }
    }

    Mention {
        if (!(start <= nameStart && nameStart < nameEnd && nameEnd <= end)) {
            throw new IllegalArgumentException("name must lie inside the span: " + start + "," + nameStart + "," + nameEnd + "," + end);
        }
    }

    static Mention ofName(int nameStart, int nameEnd, double confidence, Origin origin) {
        return new Mention(nameStart, nameEnd, nameStart, nameEnd, confidence, origin);
    }

    /** A mention found by a rule rather than the CRF, with that rule's fixed confidence. */
    static Mention ofName(int nameStart, int nameEnd, Origin origin) {
        return ofName(nameStart, nameEnd, origin.confidence, origin);
    }

    Mention withSpan(int newStart, int newEnd) {
        return new Mention(newStart, newEnd, nameStart, nameEnd, confidence, origin);
    }

    Mention withName(int newNameStart, int newNameEnd) {
        return new Mention(Math.min(start, newNameStart), Math.max(end, newNameEnd), newNameStart, newNameEnd, confidence, origin);
    }

    /** The name as written in the normalised text. */
    String name(String text) {
        return text.substring(nameStart, nameEnd);
    }

    /** Whether the name has more than one word ("Tony Blair", not "Blair"). */
    boolean isMultiWord(String text) {
        for (int i = nameStart; i < nameEnd; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title or courtesy is attached ("Capt. Kepling"), which makes a person of almost any word. */
    boolean hasTitle() {
        return start < nameStart || end > nameEnd;
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
