package org.annals.enrich.persons;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recognises a name that is not used as a person: a surname in front of a capitalised common
 * noun names a firm, team or thing ("Cesaroni Design", "Devil Rays", "Bakken Formation"), so
 * does one before certain common nouns ("Calabi conjecture", "Klein guitar"), a
 * lone name followed by ", England" is a place in a list of places ("Debden, England"), and a
 * name that is the whole of a quotation is the title of a work (her novel "Florentin").
 */
final class ThingNames {

    /** Words that may follow a name with a capital in headlines and OCR ("Alfred Is a man") without naming a thing. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "is", "was", "are", "were", "has", "had", "have", "said", "says", "and", "or", "but", "of", "the", "a",
            "an", "in", "to", "at", "on", "for", "with", "by", "from", "who", "will", "would", "may", "can", "could",
            "shall", "should", "did", "does", "do", "be", "been", "not", "as", "that", "this", "his", "her", "he", "she");

    /** Nouns that make the name before them an eponym or a brand: "Calabi conjecture", "Gibson guitars". */
    private static final Set<String> EPONYM_HEADS = Set.of(
            "theorem", "conjecture", "equation", "equations", "transition", "condensation", "effect", "law", "laws",
            "principle", "constant", "number", "numbers", "model", "method", "process", "engine", "engines",
            "rifle", "rifles", "gun", "guns", "scale", "test", "syndrome", "disease", "formation", "guitar",
            "guitars", "piano", "pianos", "board", "boards", "brand", "design", "designs", "administration",
            "party", "plan", "treaty", "amendment", "medal", "lecture",
            "lectures", "collection", "papers", "archive", "estate", "case");

    private final Predicate<String> ordinaryWord;

    /** @param ordinaryWord whether a lower-case word is an ordinary English word */
    ThingNames(Predicate<String> ordinaryWord) {
        this.ordinaryWord = ordinaryWord;
    }

    boolean namesAThing(String text, Mention m, LabelledTokens tokens) {
        return modifiesCapitalisedNoun(text, m) || beforeEponymHead(text, m) || singleNameBeforeCommaPlace(text, m, tokens) || wholeQuotation(text, m);
    }

    private static boolean beforeEponymHead(String text, Mention m) {
        int i = m.end();
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        int j = ++i;
        while (j < text.length() && Character.isLowerCase(text.charAt(j))) {
            j++;
        }
        return j > i && (j == text.length() || !Character.isLetter(text.charAt(j)))
                && EPONYM_HEADS.contains(text.substring(i, j));
    }

    private static boolean wholeQuotation(String text, Mention m) {
        int before = m.start() - 1;
        if (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = m.end();
        if (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < text.length()
                && "\"“‘".indexOf(text.charAt(before)) >= 0 && "\"”’".indexOf(text.charAt(after)) >= 0;
    }

    private boolean modifiesCapitalisedNoun(String text, Mention m) {
        int i = m.end();
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        i++;
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j - i < 2 || !Character.isUpperCase(text.charAt(i)) || !Character.isLowerCase(text.charAt(i + 1))) {
            return false;
        }
        String next = text.substring(i, j).toLowerCase(Locale.ROOT);
        return !FUNCTION_WORDS.contains(next) && ordinaryWord.test(next);
    }

    private static boolean singleNameBeforeCommaPlace(String text, Mention m, LabelledTokens tokens) {
        if (m.origin() == Mention.Origin.TITLE_ONLY || m.start() < m.nameStart()) {
            return false;
        }
        int t = tokens.firstEndingAfter(m.start());
        if (t >= tokens.size() || tokens.end(t) != m.end()) {
            return false; // more than one token
        }
        return t + 2 < tokens.size()
                && text.substring(tokens.start(t + 1), tokens.end(t + 1)).equals(",")
                && tokens.label(t + 2) == EntityLabel.LOCATION && tokens.probability(t + 2) >= 0.8;
    }
}
