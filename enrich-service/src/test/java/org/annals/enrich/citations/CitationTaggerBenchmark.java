package org.annals.enrich.citations;

import java.util.List;
import org.annals.events.Tag;

/**
 * Prints the tagger's steady-state speed in tokens (white-space separated words) per second on one
 * thread, for prose with a bibliography mixed in. Run: {@code java -cp … org.annals.enrich.citations.CitationTaggerBenchmark}.
 */
public final class CitationTaggerBenchmark {

    private static final String[] PROSE = {
        "The delegates assembled in the union hall on the morning of 16 March 1921, and the chairman read the minutes of the previous session before the debate on wages began.",
        "According to the secretary, membership had grown to 1,500 by the end of the year, although several branches in the north reported losses after the strike.",
        "Kollontai argued that the unions, not the state administration, should manage industry (Lenin, The Party Crisis), a view the majority rejected.",
        "Shares of the shipping line rose 4% to $12.50 in afternoon trading after the company said it would resume service to the Baltic ports in the spring.",
        "The archive holds letters, ledgers and photographs; the catalogue is online at https://archive.example.org/collections/harbour and is updated monthly.",
    };
    private static final String[] REFERENCES = {
        "Okafor, N. E., & Lindqvist, B. (2016). Tidal archives and the memory of ports. Maritime History Review, 28(2), 114–139.",
        "[4] T. Marsh and K. Oyelaran, \"Sparse indexing of scanned ledgers,\" in Proc. Int. Conf. Document Analysis, 2011, pp. 201–209.",
        "Brandt, Helena. The Salt Roads of Lower Saxony. Hamburg: Ostsee Verlag, 1988.",
    };

    private CitationTaggerBenchmark() {
    }

    public static void main(String[] args) {
        boolean proseOnly = args.length > 0 && args[0].equals("prose");
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 2_000_000; i++) {
            b.append(PROSE[i % PROSE.length]).append(i % 3 == 0 ? "\n\n" : " ");
            if (!proseOnly && i % 10 == 9) {
                b.append(REFERENCES[(i / 10) % REFERENCES.length]).append("\n\n");
            }
        }
        String text = b.toString();
        long tokens = text.split("\\s+").length;
        CitationTagger tagger = new CitationTagger();
        int found = 0;
        for (int i = 0; i < 5; i++) { // warm-up
            found = tagger.tag(text).size();
        }
        int rounds = 10;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            List<Tag> tags = tagger.tag(text);
            found = tags.size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s %s: %,d tokens, %,d citations, %,.0f tokens/s%n", CitationTagger.NAME, CitationTagger.VERSION,
                tokens, found, tokens * rounds / seconds);
    }
}
