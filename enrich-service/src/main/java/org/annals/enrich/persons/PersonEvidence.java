package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which candidate mentions the document supports as persons. The CRF is right about most
 * names but wrong about many one-word places, firms and things; this weighs its confidence against
 * what the rest of the document says about the same word.
 */
final class PersonEvidence {

    /**
     * Below this mean marginal probability a one-word CRF person needs support: a title, or a
     * confident occurrence of the same name (or a full name containing it) elsewhere in the
     * document. Hesitant one-word guesses are mostly places and firms; real surnames usually
     * have their full name nearby. (0.9 was best on both development sets; 0.7-0.95 were within 0.01.)
     */
    static final double MIN_ONE_WORD_CONFIDENCE = 0.9;

    /** Names of two words or more are right more often than not even when the CRF hesitates. */
    static final double MIN_MULTI_WORD_CONFIDENCE = 0.5;

    private final PlaceNouns places;
    private final ThingNames things;
    private final LocativeUse locatives = new LocativeUse();

    PersonEvidence(PlaceNouns places, ThingNames things) {
        this.places = places;
        this.things = things;
    }

    /**
     * Drops parts of place names, hesitant CRF guesses without support, and one-word names the
     * document mostly labels otherwise.
     */
    List<Mention> supported(String text, LabelledTokens tokens, List<Mention> mentions) {
        // how often the document confidently gives each name to a person, counting the words of
        // full names too ("Decovi" is supported by "Joseph Decovi")
        Map<String, Integer> confident = new HashMap<>();
        for (Mention m : mentions) {
            if (m.confidence() >= RepeatedNames.MIN_SOURCE_CONFIDENCE) {
                for (String form : forms(m.name(text))) {
                    confident.merge(form, 1, Integer::sum);
                }
            }
        }
        LabelVote vote = new LabelVote(text, tokens);
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (places.namesAPlace(text, m)) {
                continue; // not even a source for repeats
            }
            if (m.origin() != Mention.Origin.MODEL || m.hasTitle()) {
                kept.add(m);
                continue;
            }
            boolean multiWord = m.isMultiWord(text);
            double needed = multiWord ? MIN_MULTI_WORD_CONFIDENCE : MIN_ONE_WORD_CONFIDENCE;
            int self = m.confidence() >= RepeatedNames.MIN_SOURCE_CONFIDENCE ? 1 : 0;
            boolean supportedElsewhere = confident.getOrDefault(m.name(text), 0) - self > 0;
            boolean sure = m.confidence() >= needed || supportedElsewhere;
            boolean outvoted = !multiWord && vote.mostlyNotAPerson(m.name(text));
            if (sure && !outvoted) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** The name and, for a full name, each of its words that could stand alone. */
    private static Set<String> forms(String name) {
        Set<String> forms = new HashSet<>();
        forms.add(name);
        for (String word : name.split("\\s+")) {
            if (word.length() >= 3) {
                forms.add(word);
            }
        }
        return forms;
    }

    /** Drops mentions that the words around them show to be places, firms or things. */
    List<Mention> withoutNonPersons(String text, LabelledTokens tokens, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!places.namesAPlace(text, m) && !things.namesAThing(text, m, tokens)) {
                kept.add(m);
            }
        }
        Set<Mention> placeLike = locatives.placeLike(text, kept);
        kept.removeIf(placeLike::contains);
        return kept;
    }
}
