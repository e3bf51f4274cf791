package org.annals.enrich.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.events.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Size and concurrency: run with -Xmx1g (surefire argLine). No timing assertions. */
class PersonTaggerLoadTest {

    private static PersonTagger tagger;

    @BeforeAll
    static void loadModel() {
        tagger = new PersonTagger();
    }

    @Test
    void fiveMegabyteTextIsTaggedWithinTheHeap() {
        String text = SampleText.newspaper(29_000);
        assertThat(text.length()).isGreaterThan(5 * 1024 * 1024);

        List<Tag> tags = tagger.tag(text);

        assertThat(tags).hasSizeGreaterThan(25_000);
        Tag last = tags.get(tags.size() - 1);
        assertThat(last.text()).isEqualTo(text.substring(last.start(), last.end()));
    }

    @Test
    void concurrentCallsGiveTheSameTagsAsSequentialOnes() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            texts.add(SampleText.newspaper(20 + i));
        }
        List<List<Tag>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(tagger.tag(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Tag>>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> tagger.tag(t)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(expected.get(k % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
