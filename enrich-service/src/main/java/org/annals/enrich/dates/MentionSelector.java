package org.annals.enrich.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Settles overlapping candidates: the longest wins, then the more confident, then the earlier. */
final class MentionSelector {

    private static final Comparator<Mention> PREFERENCE = Comparator.comparingInt(Mention::length).reversed()
            .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
            .thenComparingInt(Mention::start);

    private MentionSelector() {
    }

    /** Non-overlapping mentions, sorted by start. */
    static List<Mention> select(List<Mention> candidates) {
        List<Mention> ranked = new ArrayList<>(candidates);
        ranked.sort(PREFERENCE);
        TreeMap<Integer, Mention> chosen = new TreeMap<>();
        for (Mention m : ranked) {
            // Chosen mentions do not overlap each other, so the one starting last before m's
            // end is the only one that can overlap m.
            Map.Entry<Integer, Mention> before = chosen.floorEntry(m.end() - 1);
            if (before == null || before.getValue().end() <= m.start()) {
                chosen.put(m.start(), m);
            }
        }
        return new ArrayList<>(chosen.values());
    }
}
