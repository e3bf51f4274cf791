package org.annals.enrich.persons;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns that turn a preceding name into the name of a place or an institution: "Dillon county",
 * "Wright park", "Lincoln Park", "Sandy Creek", "Harrison Railroad". The CRF often labels the
 * name part PERSON; archival texts are full of such streets, counties and companies.
 */
final class PlaceNouns {

    private static final Set<String> WORDS = Set.of(
            "county", "township", "parish", "street", "st", "avenue", "ave", "road", "rd", "lane", "boulevard",
            "park", "square", "river", "lake", "creek", "bay", "island", "isle", "mountain", "mountains", "valley",
            "falls", "springs", "harbor", "harbour", "dock", "docks", "bridge", "station", "center", "centre",
            "mall", "playfield", "stadium", "arena", "college", "university", "academy", "institute", "school",
            "church", "cathedral", "hospital", "hotel", "theatre", "theater", "building", "railway", "railroad",
            "company", "co", "corporation", "corp", "inc", "ltd", "award", "awards", "prize", "trophy",
            "foundation", "society", "library", "museum", "gallery", "memorial", "mine", "mill", "mills",
            "district", "city", "town", "village", "canal", "pond", "gulch", "ranch", "plantation", "bros",
            "branch", "salve", "bitters", "pills", "cup", "bill", "act", "doctrine");

    /**
     * Whether the mention is really part of a place or institution name: its last name word is a
     * place noun ("Lincoln Park"), or one follows it, possibly after a possessive ("Dillon county",
     * "Sayler's Creek").
     */
    /** Place nouns that are also common surnames: only a sign of a place after a name, not as its last word. */
    private static final Set<String> SURNAMES_TOO = Set.of(
            "branch", "mill", "mills", "bill", "hall", "church", "street", "lane", "park", "hill", "bridge");

    boolean namesAPlace(String text, Mention m) {
        String name = text.substring(m.nameStart(), m.nameEnd());
        int lastSpace = Math.max(name.lastIndexOf(' '), name.lastIndexOf('\n'));
        if (lastSpace > 0) {
            String last = key(name.substring(lastSpace + 1));
            if (WORDS.contains(last) && !SURNAMES_TOO.contains(last)) {
                return true;
            }
        }
        int i = skipBlanks(text, m.end());
        if (i < text.length() && text.charAt(i) == '-' && i == m.end()) {
            i++; // "Chesnut-street"
        }
        if (text.startsWith("'s", i) || text.startsWith("’s", i)) {
            i = skipBlanks(text, i + 2);
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j > i && isPlaceNoun(text.substring(i, j));
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    boolean isPlaceNoun(String word) {
        return WORDS.contains(key(word));
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
