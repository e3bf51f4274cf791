package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Tags must not overlap: of two overlapping mentions the better-founded one stays, then the longer. */
final class MentionOverlaps {

    private MentionOverlaps() {
    }

    static List<Mention> resolve(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
        List<Mention> kept = new ArrayList<>(sorted.size());
        for (Mention m : sorted) {
            if (kept.isEmpty()) {
                kept.add(m);
                continue;
            }
            Mention last = kept.get(kept.size() - 1);
            if (!last.overlaps(m.start(), m.end())) {
                kept.add(m);
            } else if (better(m, last)) {
                kept.set(kept.size() - 1, m);
            }
        }
        return kept;
    }

    private static boolean better(Mention a, Mention b) {
        if (a.origin() != b.origin()) {
            return a.origin().ordinal() < b.origin().ordinal();
        }
        return a.end() - a.start() > b.end() - b.start();
    }
}
