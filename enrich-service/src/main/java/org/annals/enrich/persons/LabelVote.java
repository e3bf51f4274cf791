package org.annals.enrich.persons;

import java.util.HashMap;
import java.util.Map;

/**
 * One document, one sense per name: a word that the CRF labels a place or an organisation more
 * often than a person in this document ("Harrison" the town, "Caloi" the firm) is not a person
 * where it stands alone either. Counts every capitalised token the CRF gave an entity label.
 */
final class LabelVote {

    private final Map<String, int[]> votes = new HashMap<>();

    LabelVote(String text, LabelledTokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            EntityLabel label = tokens.label(i);
            if (label == EntityLabel.O) {
                continue;
            }
            int[] v = votes.computeIfAbsent(text.substring(tokens.start(i), tokens.end(i)), k -> new int[2]);
            v[label == EntityLabel.PERSON ? 0 : 1]++;
        }
    }

    /** Whether the document mostly uses this single word as something other than a person. */
    boolean mostlyNotAPerson(String word) {
        int[] v = votes.get(word);
        return v != null && v[1] > v[0];
    }
}
