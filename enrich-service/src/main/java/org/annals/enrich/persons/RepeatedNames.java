package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A name the document has already shown to be a person is a person wherever it recurs: the CRF
 * decides token by token and misses many repeats ("Decovi", "Jeakel", a surname in a headline).
 * Forms searched: each confident name and, for full names, their surname and first name.
 * A repeat is only taken where the CRF saw no entity or only doubtfully a place or organisation,
 * and a form that is also an ordinary word ("Player", "Grant") at the start of a sentence only
 * once the text has shown it capitalised inside sentences.
 */
final class RepeatedNames {

    static final double MIN_SOURCE_CONFIDENCE = 0.8;

    /** A repeat may overrule a LOCATION/ORGANIZATION label the CRF itself doubts this much. */
    private static final double MAX_OVERRULED_PROBABILITY = 0.7;

    /** Months and days that are also first names. */
    private static final Set<String> CALENDAR = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private final Predicate<String> ordinaryWord;
    private final PlaceNouns places;

    /** @param ordinaryWord whether a lower-case word is an ordinary English word */
    RepeatedNames(Predicate<String> ordinaryWord, PlaceNouns places) {
        this.ordinaryWord = ordinaryWord;
        this.places = places;
    }

    List<Mention> find(String text, LabelledTokens tokens, List<Mention> known) {
        Map<String, List<String[]>> formsByFirstWord = forms(text, known);
        if (formsByFirstWord.isEmpty()) {
            return List.of();
        }
        boolean[] covered = covered(tokens, known);
        Map<String, Integer> midSentence = midSentenceUses(text, tokens, formsByFirstWord);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !open(tokens, i)) {
                continue;
            }
            List<String[]> candidates = formsByFirstWord.get(tokens.word(text, i));
            if (candidates == null) {
                continue;
            }
            int longest = 0;
            for (String[] form : candidates) {
                if (form.length > longest && matches(text, tokens, covered, i, form)) {
                    longest = form.length;
                }
            }
            if (longest == 0) {
                continue;
            }
            String first = tokens.word(text, i);
            if (longest == 1 && ordinaryWord.test(first.toLowerCase(Locale.ROOT))
                    && startsSentence(text, tokens, i) && midSentence.getOrDefault(first, 0) < 2) {
                continue; // "Player won ..." only once the text has shown "Player" capitalised mid-sentence
            }
            out.add(Mention.ofName(tokens.start(i), tokens.end(i + longest - 1), Mention.Origin.REPEATED));
            i += longest - 1;
        }
        return out;
    }

    /** How often each one-word form stands capitalised inside a sentence, where capitals mean a proper noun. */
    private static Map<String, Integer> midSentenceUses(String text, LabelledTokens tokens, Map<String, List<String[]>> forms) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.word(text, i);
            if (forms.containsKey(w) && !startsSentence(text, tokens, i)) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }

    private Map<String, List<String[]>> forms(String text, List<Mention> known) {
        Map<String, List<String[]>> forms = new HashMap<>();
        for (Mention m : known) {
            if (m.origin() == Mention.Origin.TITLE_ONLY
                    || (m.origin() == Mention.Origin.MODEL && m.confidence() < MIN_SOURCE_CONFIDENCE)) {
                continue;
            }
            String[] words = text.substring(m.nameStart(), m.nameEnd()).split("\\s+");
            add(forms, words);
            if (words.length >= 2) {
                addSingle(forms, words[words.length - 1]);
                addSingle(forms, words[0]);
            }
        }
        return forms;
    }

    private void addSingle(Map<String, List<String[]>> forms, String word) {
        // initials, short fragments, calendar words ("May", "June") and words like "Branch" are too
        // ambiguous to search for on their own
        if (word.length() >= 3 && !places.isPlaceNoun(word) && !CALENDAR.contains(word.toLowerCase(Locale.ROOT)) && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)) {
            add(forms, new String[] {word});
        }
    }

    private static void add(Map<String, List<String[]>> forms, String[] words) {
        List<String[]> list = forms.computeIfAbsent(words[0], k -> new ArrayList<>());
        for (String[] f : list) {
            if (java.util.Arrays.equals(f, words)) {
                return;
            }
        }
        list.add(words);
    }

    private static boolean matches(String text, LabelledTokens tokens, boolean[] covered, int i, String[] form) {
        if (i + form.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < form.length; k++) {
            int t = i + k;
            if (covered[t] || !open(tokens, t) || !tokens.word(text, t).equals(form[k])) {
                return false;
            }
        }
        return true;
    }

    /** A token is open to a repeat if the CRF saw no entity there, or only doubtfully another kind. */
    private static boolean open(LabelledTokens tokens, int t) {
        return tokens.label(t) == EntityLabel.O
                || (tokens.label(t) != EntityLabel.PERSON && tokens.probability(t) < MAX_OVERRULED_PROBABILITY);
    }

    private static boolean[] covered(LabelledTokens tokens, List<Mention> known) {
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : known) {
            for (int t = tokens.firstEndingAfter(m.start()); t < tokens.size() && tokens.start(t) < m.end(); t++) {
                covered[t] = true;
            }
        }
        return covered;
    }

    /** First word of a sentence or of a paragraph: capitalised whatever it is. */
    private static boolean startsSentence(String text, LabelledTokens tokens, int i) {
        for (int p = i - 1; p >= 0; p--) {
            String w = tokens.word(text, p);
            if (w.equals("\"") || w.equals("``") || w.equals("“") || w.equals("'") || w.equals("‘") || w.equals("(")) {
                continue;
            }
            if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals(":") || w.equals(";")) {
                return true;
            }
            return text.substring(tokens.end(p), tokens.start(i)).contains("\n\n");
        }
        return true;
    }

}
