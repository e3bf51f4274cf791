package org.annals.enrich.dates;

import java.time.LocalDate;

/**
 * Prints the date tagger's steady-state speed on one core, in tokens per second, over
 * generated prose. Run: {@code java -cp <test-classes>:<classes>:<deps> org.annals.enrich.dates.DateTaggerBenchmark}.
 */
public final class DateTaggerBenchmark {

    private DateTaggerBenchmark() {
    }

    public static void main(String[] args) {
        String text = ProseGenerator.prose(1_000_000, 42);
        int tokens = ProseGenerator.tokens(text);
        DateTagger tagger = new DateTagger(DateTaggerSettings.DEFAULT);
        LocalDate reference = LocalDate.of(1923, 5, 1);
        int tags = 0;
        for (int i = 0; i < 5; i++) { // warm-up: let the JIT compile the matchers
            tags = tagger.tag(text, reference).size();
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            tags = tagger.tag(text, reference).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d chars, %d tokens, %d date tags per pass%n", text.length(), tokens, tags);
        System.out.printf("%.0f tokens/second (%.1f ms per pass)%n", tokens * rounds / seconds, seconds * 1000 / rounds);
    }
}
