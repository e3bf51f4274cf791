package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds names the CRF missed but a title announces: "Mr. Bigelow", "capt. Orne", "Capt. J.",
 * "Rev. Dr. Read", "Count Djctrichstem", "Inspector Bull". The title itself is attached later by
 * {@link TitleGrammar}, like any other title.
 */
final class HonorificMentions {

    /** Honorifics this decisive outvote a LOCATION/ORGANIZATION label on the word after them. */
    private static final Set<String> DECISIVE = Set.of(
            "Mr.", "Mrs.", "Messrs.", "Dr.", "Capt.", "Rev.", "Hon.", "Mr", "Mrs", "Miss", "Mme.", "Mlle.", "Prof.", "Sir");

    private static final int MAX_NAME_TOKENS = 4;

    /** Capitalised in headings and title-cased capitals, but never part of a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "and", "the", "a", "an", "in", "on", "at", "to", "for", "by", "with", "from", "or", "as", "is", "was");

    private final TitleGrammar titles;
    private final PlaceNouns places;
    private final Predicate<String> ordinaryWord;

    /** @param ordinaryWord whether a lower-case word is an ordinary English word */
    HonorificMentions(TitleGrammar titles, PlaceNouns places, Predicate<String> ordinaryWord) {
        this.titles = titles;
        this.places = places;
        this.ordinaryWord = ordinaryWord;
    }

    List<Mention> find(String text, LabelledTokens tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            String cue = tokens.word(text, i);
            if (!announces(cue)) {
                continue;
            }
            int first = i + 1;
            while (first < tokens.size() && first - i <= 2 && titles.isTitle(tokens.word(text, first))) {
                first++; // "Rev. Dr. Read"
            }
            boolean decisive = DECISIVE.contains(cue);
            int last = first;
            while (last < tokens.size() && last - first < MAX_NAME_TOKENS
                    && tokens.label(last) != EntityLabel.PERSON
                    && (decisive || tokens.label(last) == EntityLabel.O)
                    && looksLikeNamePart(tokens.word(text, last))
                    && !places.isPlaceNoun(tokens.word(text, last))) {
                last++;
            }
            if (last - first == 1 && !titles.isHonorific(cue) && !titles.isNobility(cue)
                    && ordinaryWord.test(tokens.word(text, first).toLowerCase(Locale.ROOT))) {
                continue; // "General Government", "Marshal Junction": a rank before an ordinary word is no name
            }
            if (last > first && !places.isPlaceNoun(wordAfter(text, tokens, last))) {
                out.add(Mention.ofName(tokens.start(first), tokens.end(last - 1), Mention.Origin.HONORIFIC));
                i = last - 1;
            }
        }
        return out;
    }

    /**
     * Honorifics announce a name in any case, abbreviated ("capt.") or spelled out ("captain");
     * ranks and titles of nobility ("Count", "Inspector") only when capitalised.
     */
    private boolean announces(String cue) {
        if (titles.isHonorific(cue)) {
            return !cue.equals("miss"); // the verb
        }
        return titles.isTitle(cue) && Character.isUpperCase(cue.charAt(0)) && !cue.endsWith(".");
    }

    private boolean looksLikeNamePart(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Pronouns.isPronoun(w) || titles.isTitle(w)
                || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return true;
    }


    private static String wordAfter(String text, LabelledTokens tokens, int i) {
        return i < tokens.size() ? tokens.word(text, i) : "";
    }
}
