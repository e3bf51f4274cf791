package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives each mention the canonical name of its person within the document: a bare surname or
 * first name ("Kollontai", "Alexandra") or a shorter form ("Van Buren") takes the full name it
 * abbreviates — the nearest such name before it, else the first one after it (headlines name
 * people before the article introduces them). A mention that matches no full name keeps its own.
 */
final class NameCoreference {

    private final TitleGrammar titles;

    NameCoreference(TitleGrammar titles) {
        this.titles = titles;
    }

    /**
     * @param names the names of the mentions in text order
     * @param resolvable per mention, whether it may abbreviate or be abbreviated (not "the King")
     * @return their canonical values, same order
     */
    List<String> resolve(List<String> names, List<Boolean> resolvable) {
        List<String[]> words = new ArrayList<>(names.size());
        // full names indexed by their first and by their last word, to find candidates fast in long texts
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String[] w = withoutGeneration(names.get(i).split(" "));
            words.add(w);
            if (w.length >= 2 && resolvable.get(i)) {
                byWord.computeIfAbsent(key(w[w.length - 1]), k -> new ArrayList<>()).add(i);
                if (!key(w[0]).equals(key(w[w.length - 1]))) {
                    byWord.computeIfAbsent(key(w[0]), k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<String> values = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String[] shortForm = words.get(i);
            int target = -1;
            if (resolvable.get(i) && shortForm.length <= 2 && !isInitial(shortForm[shortForm.length - 1])) {
                target = nearestFullForm(byWord.getOrDefault(key(shortForm[shortForm.length - 1]), List.of()),
                        words, i, shortForm);
            }
            values.add(target >= 0 ? names.get(target) : names.get(i));
        }
        return values;
    }

    private int nearestFullForm(List<Integer> candidates, List<String[]> words, int i, String[] shortForm) {
        int pos = Collections.binarySearch(candidates, i);
        int insertion = pos >= 0 ? pos : -pos - 1;
        for (int k = insertion - 1; k >= 0; k--) {
            if (abbreviates(shortForm, words.get(candidates.get(k)))) {
                return candidates.get(k);
            }
        }
        for (int k = pos >= 0 ? pos + 1 : insertion; k < candidates.size(); k++) {
            if (abbreviates(shortForm, words.get(candidates.get(k)))) {
                return candidates.get(k);
            }
        }
        return -1;
    }

    /** "Kollontai" or "Alexandra" abbreviates "Alexandra Kollontai"; "Van Buren" abbreviates "Martin Van Buren". */
    private static boolean abbreviates(String[] shortForm, String[] full) {
        if (full.length <= shortForm.length) {
            return false;
        }
        String[] tail = Arrays.copyOfRange(full, full.length - shortForm.length, full.length);
        if (sameWords(shortForm, tail)) {
            return true;
        }
        return shortForm.length == 1 && !isInitial(full[0]) && full[0].equalsIgnoreCase(shortForm[0]);
    }

    private String[] withoutGeneration(String[] w) {
        int n = w.length;
        while (n > 1 && titles.isGeneration(w[n - 1])) {
            n--;
        }
        return n == w.length ? w : Arrays.copyOf(w, n);
    }

    private static boolean sameWords(String[] a, String[] b) {
        for (int k = 0; k < a.length; k++) {
            if (!a[k].equalsIgnoreCase(b[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInitial(String w) {
        return w.length() == 1 || (w.length() == 2 && w.endsWith("."));
    }

    private static String key(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
