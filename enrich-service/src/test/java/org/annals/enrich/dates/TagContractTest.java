package org.annals.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.events.Tag;
import org.junit.jupiter.api.Test;

/** The Tag contract of DESIGN §3, thread safety, and long texts. */
class TagContractTest {

    private static final String TEXT = "In 1919 the party split; between May and June 1920 it grew. On 16 March 1921 — "
            + "a Wednesday — the congress met, and two years later, in the 1920s, \uD835\uDC00 new paper began (page 358). "
            + "The decree of 3/16/1921 was read yesterday.";

    @Test
    void tagsHonourTheContract() {
        List<Tag> tags = Tagging.TAGGER.tag(TEXT, LocalDate.of(1923, 5, 1));
        assertThat(tags).hasSizeGreaterThanOrEqualTo(6);
        int previousEnd = 0;
        for (Tag t : tags) {
            assertThat(t.type()).isEqualTo(Tag.Kind.DATE);
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd); // sorted, non-overlapping
            assertThat(t.end()).isGreaterThan(t.start());
            assertThat(t.text()).isEqualTo(TEXT.substring(t.start(), t.end()));
            assertThat(t.confidence()).isBetween(0.0, 1.0);
            assertThat(t.citation()).isNull();
            previousEnd = t.end();
        }
    }

    @Test
    void offsetsAreUtf16IndicesPastSupplementaryCharacters() {
        String text = "\uD835\uDC00\uD835\uDC01 In 1919 the party split.";
        Tag tag = Tagging.TAGGER.tag(text, null).get(0);
        assertThat(tag.start()).isEqualTo(text.indexOf("1919"));
        assertThat(tag.text()).isEqualTo("1919");
    }

    @Test
    void emptyAndNullTextsHaveNoTags() {
        assertThat(Tagging.TAGGER.tag("", null)).isEmpty();
        assertThat(Tagging.TAGGER.tag(null, null)).isEmpty();
    }

    @Test
    void oneTaggerServesManyThreads() throws Exception {
        List<Tag> expected = Tagging.TAGGER.tag(TEXT, LocalDate.of(1923, 5, 1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Tag>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> Tagging.TAGGER.tag(TEXT, LocalDate.of(1923, 5, 1))));
            }
            for (Future<List<Tag>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFiveMegabyteTextIsTaggedWithoutRunningOutOfMemory() {
        String text = ProseGenerator.prose(5 * 1024 * 1024, 7);
        List<Tag> tags = Tagging.TAGGER.tag(text, LocalDate.of(1923, 5, 1));
        assertThat(tags).isNotEmpty();
        Tag last = tags.get(tags.size() - 1);
        assertThat(last.text()).isEqualTo(text.substring(last.start(), last.end()));
    }

    @Test
    void pathologicalInputStaysLinear() {
        // long runs of digits, dashes and spaces: nothing here may make a pattern backtrack
        String text = "1921-".repeat(200_000) + " ".repeat(100_000) + "9".repeat(100_000) + " May".repeat(100_000);
        assertThat(Tagging.TAGGER.tag(text, null)).isNotNull();
    }
}
