package org.annals.enrich.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Orders candidates by position and drops those overlapping a longer (then more confident) one. */
final class NonOverlapping {

    private NonOverlapping() {
    }

    static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> byStrength = new ArrayList<>(candidates);
        byStrength.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
                .thenComparingInt(Candidate::start));
        TreeMap<Integer, Candidate> kept = new TreeMap<>(); // by start; kept spans never overlap
        for (Candidate c : byStrength) {
            Map.Entry<Integer, Candidate> before = kept.floorEntry(c.start());
            Map.Entry<Integer, Candidate> after = kept.ceilingEntry(c.start());
            if ((before == null || !before.getValue().overlaps(c)) && (after == null || !after.getValue().overlaps(c))) {
                kept.put(c.start(), c);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
