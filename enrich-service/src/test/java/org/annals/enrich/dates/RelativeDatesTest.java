package org.annals.enrich.dates;

import static org.annals.enrich.dates.Tagging.REFERENCE;
import static org.annals.enrich.dates.Tagging.single;
import static org.annals.enrich.dates.Tagging.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.events.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative expressions, resolved against the reference date 1921-03-18 (a Friday). */
class RelativeDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The delegates left yesterday.|yesterday|1921-03-17",
            "The delegates leave today.|today|1921-03-18",
            "The delegates leave tomorrow.|tomorrow|1921-03-19",
            "The delegates met last March.|last March|1920-03",
            "They met last year in Baku.|last year|1920",
            "They meet this month in Baku.|this month|1921-03",
            "They meet next year in Baku.|next year|1922",
            "They meet next week in Baku.|next week|1921-03-21/1921-03-27",
            "The decree came 15 years 9 months ago.|15 years 9 months ago|1905-06",
            "The decree came two years ago.|two years ago|1919",
            "The decree came ten days ago.|ten days ago|1921-03-08",
            "The decree came about three months ago.|about three months ago|1920-12",
            "The decree came a year ago.|a year ago|1920",
            "The decree was signed last Friday.|last Friday|1921-03-11",
            "Christmas Day was quiet.|Christmas Day|1920-12-25",
    })
    void resolvesAgainstTheReference(String text, String span, String edtf) {
        assertThat(single(text, span, REFERENCE).value()).isEqualTo(edtf);
    }

    @Test
    void aBareWeekdayIsTheMostRecentOneUnlessTheClauseLooksAhead() {
        assertThat(single("The committee met Wednesday.", "Wednesday", REFERENCE).value()).isEqualTo("1921-03-16");
        assertThat(single("The committee met Friday.", "Friday", REFERENCE).value()).isEqualTo("1921-03-18");
        assertThat(single("The committee will meet Wednesday.", "Wednesday", REFERENCE).value()).isEqualTo("1921-03-23");
    }

    @Test
    void anaphoricExpressionsCountFromTheDateInFocus() {
        assertThat(values("The union was founded in 1905. Two years later it split.", REFERENCE)).containsExactly("1905", "1907");
        assertThat(values("The congress met on 16 March 1921. The following day the delegates left.", null))
                .containsExactly("1921-03-16", "1921-03-17");
        assertThat(values("The congress met on 16 March 1921. The previous day was calm.", null))
                .containsExactly("1921-03-16", "1921-03-15");
    }

    @Test
    void withoutReferenceRelativeDatesAreTaggedWithoutValue() {
        for (String text : new String[] {"The delegates left yesterday.", "They met last year.", "The decree came two years ago.",
                "The committee met Wednesday.", "They met last March."}) {
            assertThat(Tagging.TAGGER.tag(text, null)).as(text).singleElement().extracting(Tag::value).isNull();
        }
    }

    @Test
    void withoutReferenceTodayIsNotADate() {
        assertThat(Tagging.TAGGER.tag("The delegates leave today.", null)).isEmpty();
        assertThat(Tagging.TAGGER.tag("The delegates leave today.", LocalDate.of(1921, 3, 18))).hasSize(1);
    }

    @Test
    void relativeTagsWithoutValueAreLessConfident() {
        Tag withValue = single("They met last year.", "last year", REFERENCE);
        Tag without = single("They met last year.", "last year", null);
        assertThat(without.confidence()).isLessThan(withValue.confidence());
    }
}
