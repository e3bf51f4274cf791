package org.annals.enrich.persons;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One-word names that the document uses as places: "in Gilchrist", or a word that stands after
 * "to", "from", "between" in most of its occurrences ("extended to Harrison ... left Harrison
 * ... returned to Harrison"). People are rarely "in" anything; places are.
 */
final class LocativeUse {

    /** Before a lone name these nearly always introduce a place. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "into", "via", "throughout", "across");

    /** These introduce places and people alike; only a document-wide majority tells. */
    private static final Set<String> MOTION_PREPOSITIONS = Set.of(
            "in", "near", "into", "via", "throughout", "across", "to", "from", "between", "at", "towards", "toward", "left");

    /** The mentions that stand for places. */
    Set<Mention> placeLike(String text, List<Mention> mentions) {
        Map<String, int[]> uses = new HashMap<>();
        Map<Mention, String> single = new HashMap<>();
        for (Mention m : mentions) {
            if (m.origin() == Mention.Origin.TITLE_ONLY || m.start() < m.nameStart() || m.isMultiWord(text)) {
                continue;
            }
            String form = text.substring(m.nameStart(), m.nameEnd());
            single.put(m, form);
            int[] u = uses.computeIfAbsent(form, k -> new int[2]);
            u[0]++;
            if (MOTION_PREPOSITIONS.contains(previousWord(text, m.start())) && !possessive(text, m.end())) {
                u[1]++;
            }
        }
        Set<Mention> drop = new HashSet<>();
        for (Map.Entry<Mention, String> e : single.entrySet()) {
            Mention m = e.getKey();
            int[] u = uses.get(e.getValue());
            boolean here = PLACE_PREPOSITIONS.contains(previousWord(text, m.start())) && !possessive(text, m.end());
            if (here || (u[0] >= 3 && u[1] * 2 >= u[0])) {
                drop.add(m);
            }
        }
        return drop;
    }

    private static boolean possessive(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.startsWith("'s", i) || text.startsWith("’s", i);
    }

    private static String previousWord(String text, int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end).toLowerCase(Locale.ROOT);
    }
}
