package org.annals.enrich.persons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the person tagger's steady-state speed on one thread, in tokens per second.
 *
 * <pre>java -Xmx1g -cp ... org.annals.enrich.persons.PersonTaggerBenchmark [text files...]</pre>
 *
 * Without files it uses a generated newspaper-like text. Tokens are counted as words and
 * punctuation marks, as a PTB tokenizer would split them.
 */
public final class PersonTaggerBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    private PersonTaggerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String text = args.length == 0 ? SampleText.newspaper(4_000) : read(args);
        long tokens = countTokens(text);
        long loadStart = System.nanoTime();
        PersonTagger tagger = new PersonTagger();
        System.out.printf("model load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);

        int tags = 0;
        for (int i = 0; i < 5; i++) { // warm-up: let the JIT compile the hot paths
            tags = tagger.tag(text).size();
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            tagger.tag(text);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("text: %,d chars, %,d tokens, %,d person tags%n", text.length(), tokens, tags);
        System.out.printf("steady state: %,.0f tokens/s on one thread%n", tokens * rounds / seconds);
        System.out.printf("heap in use: %,d MB of max %,d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static String read(String[] files) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String f : files) {
            sb.append(Files.readString(Path.of(f))).append("\n\n");
        }
        return sb.toString();
    }

    static long countTokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
