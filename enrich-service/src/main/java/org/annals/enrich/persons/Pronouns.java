package org.annals.enrich.persons;

import java.util.Locale;
import java.util.Set;

/** Pronouns are never person mentions, even capitalised ("HE SAID", "Thou") or mislabelled by the CRF. */
final class Pronouns {

    private static final Set<String> WORDS = Set.of(
            "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves",
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves",
            "thou", "thee", "thy", "thine", "ye", "who", "whom", "whose", "one", "oneself",
            "somebody", "someone", "anybody", "anyone", "everybody", "everyone", "nobody",
            // frequent OCR misreadings of "He" in old newsprint
            "ho", "hc");

    private Pronouns() {
    }

    static boolean isPronoun(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
