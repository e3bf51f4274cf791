package org.annals.enrich.dates;

import static org.annals.enrich.dates.Tagging.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vague time words, durations and clock times are not DATE tags (issue #3). */
class NotDatesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Now the question is settled.",
            "The future belongs to the young.",
            "Once there was a printing shop here.",
            "There was no time to lose.",
            "He recently joined the party.",
            "The meeting lasted three hours.",
            "The strike lasted two years.",
            "In today's world, nobody reads pamphlets.",
            "The people of tomorrow will judge us.",
            "They listened to \"This Week\" on the radio.",
    })
    void vagueWordsAndDurationsAreNotDates(String text) {
        assertThat(spans(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nowIsADateOnlyInADatedDocument() {
        String text = "The party is now in power.";
        assertThat(Tagging.TAGGER.tag(text, null)).isEmpty();
        assertThat(Tagging.single(text, "now", Tagging.REFERENCE).value()).isEqualTo("1921-03-18");
    }
}
