package org.annals.enrich;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.annals.enrich.citations.CitationTagger;
import org.annals.enrich.dates.DateTagger;
import org.annals.enrich.persons.PersonTagger;
import org.annals.enrich.tagging.CitationTagging;
import org.annals.enrich.tagging.DateTagging;
import org.annals.enrich.tagging.Enricher;
import org.annals.enrich.tagging.PersonTagging;
import org.annals.enrich.tagging.Tagger;
import org.annals.enrich.tagging.TaggingRequest;
import org.annals.testkit.Corpus;

/**
 * Prints how fast the three taggers together tag archival prose on one thread, in
 * whitespace tokens per second after warm-up, and the heap in use. Run it pinned to one
 * core with the service's heap ({@code enrich-service/bench.sh} does both).
 */
public final class EnrichBenchmark {

    private static final List<String> SENTENCES = List.of(
            "On 16 March 1921 Alexandra Kollontai addressed the district meeting on the position of working women.",
            "Kollontai argued that the unions should keep their own elected bodies (Lenin, The Party Crisis).",
            "The secretary, Ivan Petrov, summarised the speech in two pages and filed it in September, 1920.",
            "Several letters refer back to the March meeting, but none records a vote on the questions it raised.",
            "Historians of the 1920s have used this folder to trace how local committees handled the debates.",
            "Dr. Maria Spiridonova wrote from Moscow in the spring of 1922 that the paper supply had failed.",
            "The clerk numbered every item and noted the date of receipt in the margin of the register.",
            "Between 1917 and 1921 the branch grew from 37 delegates to 1,500 members, page 358 of the report says.",
            "Two years later the editor, Grigory Zinoviev, resigned over the question of advertising.",
            "See Carr, E. H. (1950). The Bolshevik Revolution 1917-1923. London: Macmillan, pp. 12-45.");

    private EnrichBenchmark() {
    }

    public static void main(String[] args) {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        long loadStart = System.nanoTime();
        List<Tagger> taggers = List.of(new DateTagging(new DateTagger()), new PersonTagging(new PersonTagger()),
                new CitationTagging(new CitationTagger()));
        Enricher enricher = new Enricher(taggers);
        System.out.printf("taggers loaded in %.1f s: %s%n", (System.nanoTime() - loadStart) / 1e9,
                enricher.identity().version());

        String text = prose(chars, 42);
        int tokens = tokens(text);
        TaggingRequest request = new TaggingRequest(text, LocalDate.of(1922, 1, 1), "en");
        for (int i = 0; i < 3; i++) {
            enricher.tag(request); // warm-up: JIT and the CRF's caches
        }
        int rounds = 5;
        long started = System.nanoTime();
        int tags = 0;
        for (int i = 0; i < rounds; i++) {
            tags = enricher.tag(request).size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("all taggers: %,d tokens x %d rounds in %.2f s = %,.0f tokens/s (%d tags per round)%n",
                tokens, rounds, seconds, tokens * (double) rounds / seconds, tags);

        for (Tagger tagger : taggers) {
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                tagger.tag(request);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  %-18s %,.0f tokens/s%n", tagger.name(), tokens * (double) rounds / s);
        }
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("heap in use after GC: %,d MB of max %,d MB%n",
                memory.getHeapMemoryUsage().getUsed() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    static String prose(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 200).append(Corpus.ARCHIVAL_TEXT).append("\n\n");
        int sentences = 0;
        while (sb.length() < chars) {
            sb.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
            sb.append(++sentences % 5 == 0 ? "\n\n" : " ");
        }
        return sb.toString();
    }

    static int tokens(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
