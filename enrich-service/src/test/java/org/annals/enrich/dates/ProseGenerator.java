package org.annals.enrich.dates;

import java.util.List;
import java.util.Random;

/** Generates archival-looking English prose with a date every few sentences, for load tests. */
final class ProseGenerator {

    private static final List<String> SENTENCES = List.of(
            "The committee met in the old hall and read the minutes of the previous meeting aloud.",
            "Delegates from the northern districts complained about the price of bread and coal.",
            "The secretary was instructed to write to the regional office about the missing ledgers.",
            "On September 20, 2007 the archive received a further box of correspondence.",
            "A report of 37 delegates, printed on page 358, described the strike in some detail.",
            "The union counted 1,500 members by the end of the year, according to chapter 18.",
            "In 1919 the printers' branch voted to join the federation.",
            "Letters dated 16 March 1921 and 3/16/1921 survive in the second folder.",
            "The 1920s saw the paper grow from four pages to twelve, and the nineteenth century seemed far away.",
            "Two years later, in the spring of 1923, the editor resigned over the question of advertising.",
            "Yesterday the board agreed that the collection would be catalogued next week.",
            "Nobody could say with certainty who had written the unsigned pamphlet, or when.",
            "Between May and June 1920 the circulation doubled, and by 1922 it had doubled again.");

    private ProseGenerator() {
    }

    /** About {@code chars} characters of prose, deterministic for a given seed. */
    static String prose(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 200);
        int sentences = 0;
        while (sb.length() < chars) {
            sb.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
            sb.append(++sentences % 6 == 0 ? "\n\n" : " ");
        }
        return sb.toString();
    }

    /** Whitespace-separated tokens, the unit of the speed target. */
    static int tokens(String text) {
        int n = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !inToken) {
                n++;
            }
            inToken = !ws;
        }
        return n;
    }
}
