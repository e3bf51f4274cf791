package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites stretches set in capitals ("RICHARD HENRY LEE", common in old newspapers) in
 * title case, character for character, so the copy keeps the original offsets. The CRF
 * leans on capitalisation and does not know capitalised words as names.
 * A lone capitalised word inside ordinary text is an acronym ("NATO") and stays as it is.
 */
final class CapitalsCaser {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Pattern ROMAN = Pattern.compile("[IVX]{1,4}");

    private enum Shape { CAPITALS, INITIAL, OTHER }

    private record Word(int start, int end, Shape shape) { }

    String titleCase(String text) {
        List<Word> words = words(text);
        char[] out = null;
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).shape == Shape.OTHER) {
                i++;
                continue;
            }
            int j = i;
            int capitals = 0;
            int initials = 0;
            while (j < words.size() && words.get(j).shape != Shape.OTHER
                    && (j == i || onlySeparatorsBetween(text, words.get(j - 1), words.get(j)))) {
                if (words.get(j).shape == Shape.CAPITALS) {
                    capitals++;
                } else {
                    initials++;
                }
                j++;
            }
            if (capitals >= 2 || (capitals == 1 && initials >= 1)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int k = i; k < j; k++) {
                    lowerTail(text, words.get(k), out);
                }
            }
            i = Math.max(j, i + 1);
        }
        return out == null ? text : new String(out);
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), shapeOf(text, m.start(), m.end())));
        }
        return words;
    }

    private static Shape shapeOf(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return Shape.OTHER;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 ? Shape.CAPITALS : Shape.INITIAL;
    }

    /** Capitals stretches may run over spaces, line breaks and punctuation, not over digits or lower case. */
    private static boolean onlySeparatorsBetween(String text, Word a, Word b) {
        for (int i = a.end; i < b.start; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return b.start - a.end <= 4;
    }

    private static void lowerTail(String text, Word w, char[] out) {
        if (w.shape != Shape.CAPITALS || ROMAN.matcher(text).region(w.start, w.end).matches()) {
            return;
        }
        boolean upperNext = false;
        for (int i = w.start + 1; i < w.end; i++) {
            char c = text.charAt(i);
            char prev = text.charAt(i - 1);
            // O'BRIEN -> O'Brien, MCDONALD -> McDonald
            upperNext = (prev == '\'' || prev == '’') && i - w.start == 2
                    || (i - w.start == 2 && (prev == 'C' || prev == 'c') && text.charAt(w.start) == 'M' && w.end - w.start > 3);
            out[i] = upperNext ? c : Character.toLowerCase(c);
        }
    }
}
