package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name in a list of persons is a person: "Britney Spears, Jamie Foxx, Paris Hilton, Shaquille
 * O'Neal" — the CRF took "Paris Hilton" for a place. An item qualifies when the list items on
 * both sides of it are persons (or, for the last item, the two before it), and the CRF was not
 * sure it is something else.
 */
final class ListMembers {

    private static final int MAX_ITEM_TOKENS = 3;
    private static final double MAX_OVERRULED_PROBABILITY = 0.9;

    List<Mention> find(String text, LabelledTokens tokens, List<Mention> persons) {
        Map<Integer, Mention> byStart = new HashMap<>();
        Map<Integer, Mention> byEnd = new HashMap<>();
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : persons) {
            byStart.put(m.start(), m);
            byEnd.put(m.end(), m);
            for (int t = tokens.firstEndingAfter(m.start()); t < tokens.size() && tokens.start(t) < m.end(); t++) {
                covered[t] = true;
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 2; i < tokens.size(); i++) {
            if (covered[i] || !open(text, tokens, i)) {
                continue;
            }
            int j = i;
            while (j < tokens.size() && j - i < MAX_ITEM_TOKENS && !covered[j] && open(text, tokens, j)) {
                j++;
            }
            int before = separatorBefore(text, tokens, i);
            boolean personBefore = before >= 1 && byEnd.containsKey(tokens.end(before - 1));
            int after = separatorAfter(text, tokens, j);
            boolean personAfter = after >= 0 && after < tokens.size() && byStart.containsKey(tokens.start(after));
            boolean lastOfList = personBefore && after < 0 && endsList(text, tokens, i, j)
                    && twoPersonsBefore(text, tokens, before, byEnd, byStart);
            if (personBefore && (personAfter || lastOfList)) {
                out.add(Mention.ofName(tokens.start(i), tokens.end(j - 1), Mention.Origin.LISTED));
            }
            i = j;
        }
        return out;
    }

    /** A capitalised word the CRF did not confidently call a place or organisation. */
    private static boolean open(String text, LabelledTokens tokens, int t) {
        String w = text.substring(tokens.start(t), tokens.end(t));
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || Pronouns.isPronoun(w)) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k)) && w.charAt(k) != '\'' && w.charAt(k) != '’' && w.charAt(k) != '.') {
                return false;
            }
        }
        return tokens.label(t) == EntityLabel.O || tokens.probability(t) < MAX_OVERRULED_PROBABILITY;
    }

    /** Index of the first separator token before item token {@code i} (", " or " and " or ", and "), or -1. */
    private static int separatorBefore(String text, LabelledTokens tokens, int i) {
        int k = i - 1;
        if (isWord(text, tokens, k, "and") || isWord(text, tokens, k, "&")) {
            k--;
        }
        if (k >= 0 && isWord(text, tokens, k, ",")) {
            return k;
        }
        return k < i - 1 ? k + 1 : -1;
    }

    /** Index of the token after the separator that follows the item ending before {@code j}, or -1. */
    private static int separatorAfter(String text, LabelledTokens tokens, int j) {
        int k = j;
        boolean any = false;
        if (isWord(text, tokens, k, ",")) {
            k++;
            any = true;
        }
        if (isWord(text, tokens, k, "and") || isWord(text, tokens, k, "&")) {
            k++;
            any = true;
        }
        return any ? k : -1;
    }

    private static boolean endsList(String text, LabelledTokens tokens, int i, int j) {
        boolean afterAnd = isWord(text, tokens, i - 1, "and") || isWord(text, tokens, i - 1, "&");
        return afterAnd && (j >= tokens.size() || !Character.isLetterOrDigit(text.charAt(tokens.start(j))));
    }

    private static boolean twoPersonsBefore(String text, LabelledTokens tokens, int separator,
                                            Map<Integer, Mention> byEnd, Map<Integer, Mention> byStart) {
        Mention prev = byEnd.get(tokens.end(separator - 1));
        if (prev == null) {
            return false;
        }
        int k = tokens.firstEndingAfter(prev.start()) - 1;
        return k >= 1 && isWord(text, tokens, k, ",") && byEnd.containsKey(tokens.end(k - 1));
    }

    private static boolean isWord(String text, LabelledTokens tokens, int t, String w) {
        return t >= 0 && t < tokens.size() && text.regionMatches(tokens.start(t), w, 0, w.length())
                && tokens.end(t) - tokens.start(t) == w.length();
    }
}
