package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the CRF's PERSON tokens into mentions: a run of adjacent PERSON tokens is one name,
 * minus what the model sometimes drags in (a possessive "'s", quotes, a leading title, a
 * pronoun). The confidence is the mean marginal probability of the run's tokens.
 */
final class ModelMentions {

    private static final Pattern ROMAN_WITH_PERIOD = Pattern.compile("[IVX]{1,4}\\.");

    private final TitleGrammar titles;

    ModelMentions(TitleGrammar titles) {
        this.titles = titles;
    }

    List<Mention> find(String text, LabelledTokens tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.label(i) != EntityLabel.PERSON) {
                i++;
                continue;
            }
            int j = runEnd(text, tokens, i);
            int from = i;
            for (int k = i + 1; k <= j; k++) {
                if (k == j || twoNamesAcrossLineBreak(text, tokens, from, k, j)) {
                    Mention m = trimmed(text, tokens, from, k, meanProbability(tokens, from, k));
                    if (m != null) {
                        out.add(m);
                    }
                    from = k;
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * End of the run of PERSON tokens from {@code i}. A hyphenated surname is one name even where
     * the CRF labels only one half ("Magee-Shepherd", "Bois-Reymond").
     */
    private static int runEnd(String text, LabelledTokens tokens, int i) {
        int j = i;
        while (true) {
            while (j < tokens.size() && tokens.label(j) == EntityLabel.PERSON) {
                j++;
            }
            if (j + 1 < tokens.size() && tokens.word(text, j).equals("-")
                    && tokens.start(j) == tokens.end(j - 1) && tokens.start(j + 1) == tokens.end(j)
                    && Character.isUpperCase(text.charAt(tokens.start(j + 1)))
                    && tokens.label(j + 1) != EntityLabel.LOCATION && tokens.label(j + 1) != EntityLabel.ORGANIZATION) {
                j += 2;
                continue;
            }
            return j;
        }
    }

    /**
     * The CRF's IO labels cannot separate two adjacent names, and lists, signatures and headings
     * put one name per line ("James Hargis⏎James Hargis, one of ...", "Planned For Fowler⏎Neal L.
     * Fowler"). A line break inside a run separates two names when both halves are full names or
     * both end in the same surname; "Martin⏎Van Buren" stays one name.
     */
    private static boolean twoNamesAcrossLineBreak(String text, LabelledTokens tokens, int from, int k, int to) {
        if (!lineBreakBetween(text, tokens.end(k - 1), tokens.start(k))) {
            return false;
        }
        String lastBefore = tokens.word(text, k - 1);
        String lastAfter = tokens.word(text, to - 1);
        if (lastBefore.equalsIgnoreCase(lastAfter) && lastBefore.length() > 2) {
            return true;
        }
        return k - from >= 2 && to - k >= 2 && lastBefore.length() > 2 && lastAfter.length() > 2;
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static double meanProbability(LabelledTokens tokens, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += tokens.probability(k);
        }
        return sum / (to - from);
    }

    private Mention trimmed(String text, LabelledTokens tokens, int from, int to, double confidence) {
        int first = from;
        int last = to - 1;
        // leading titles and stray punctuation are not the name
        while (first <= last && (!hasLetter(text, tokens, first) || titles.isTitle(tokens.word(text, first))
                || Pronouns.isPronoun(tokens.word(text, first)))) {
            first++;
        }
        // trailing possessives, quotes and courtesies are not the name either
        while (last >= first && (!hasLetter(text, tokens, last) || isPossessive(tokens.word(text, last))
                || titles.isCourtesyAfter(tokens.word(text, last)))) {
            last--;
        }
        if (first > last) {
            return null;
        }
        int start = tokens.start(first);
        int end = tokens.end(last);
        if (ROMAN_WITH_PERIOD.matcher(text).region(tokens.start(last), end).matches()) {
            end--; // "Henry V." ends a sentence; the period is not part of the regnal number
        }
        if (Pronouns.isPronoun(text.substring(start, end))) {
            return null;
        }
        return Mention.ofName(start, end, confidence, Mention.Origin.MODEL);
    }

    private static boolean isPossessive(String w) {
        return w.equalsIgnoreCase("'s") || w.equalsIgnoreCase("’s") || w.equals("'") || w.equals("’");
    }


    private static boolean hasLetter(String text, LabelledTokens tokens, int i) {
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
