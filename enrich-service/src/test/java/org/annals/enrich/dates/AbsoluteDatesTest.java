package org.annals.enrich.dates;

import static org.annals.enrich.dates.Tagging.single;
import static org.annals.enrich.dates.Tagging.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsoluteDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The treaty was signed on September 20, 2007 in Geneva.|September 20, 2007|2007-09-20",
            "The treaty was signed on 20 September 2007 in Geneva.|20 September 2007|2007-09-20",
            "The treaty was signed on Sept. 20th, 2007 in Geneva.|Sept. 20th, 2007|2007-09-20",
            "The congress opened on 16 March 1921 in Moscow.|16 March 1921|1921-03-16",
            "The congress opened on the 16th of March, 1921.|the 16th of March, 1921|1921-03-16",
            "The letter is dated Wednesday, March 16, 1921.|Wednesday, March 16, 1921|1921-03-16",
            "The strike began in September, 1920 and spread.|September, 1920|1920-09",
            "The strike began in March 1921 and spread.|March 1921|1921-03",
            "THE STRIKE BEGAN IN MARCH 1921.|MARCH 1921|1921-03",
            "It was filed as 1921-03-16 in the register.|1921-03-16|1921-03-16",
            "The minutes of 16.03.1921 were lost.|16.03.1921|1921-03-16",
            "The minutes of 3/16/1921 were lost.|3/16/1921|1921-03-16",
            "The minutes of 16/3/1921 were lost.|16/3/1921|1921-03-16",
    })
    void readsCalendarDates(String text, String span, String edtf) {
        assertThat(value(text, span)).isEqualTo(edtf);
    }

    @Test
    void ambiguousNumericDatesFollowTheSetting() {
        String text = "The minutes of 3/4/1921 were lost.";
        assertThat(new DateTagger(DateTaggerSettings.DEFAULT).tag(text, null).get(0).value()).isEqualTo("1921-03-04");
        assertThat(new DateTagger(new DateTaggerSettings(true)).tag(text, null).get(0).value()).isEqualTo("1921-04-03");
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(Tagging.tags("Version 31/02/1921 of the form and 1921-13-45 too.")).extracting(t -> t.value())
                .doesNotContain("1921-02-31", "1921-13-45");
    }

    @Test
    void monthAndDayWithoutYearTakeTheNearestYearOfTheReference() {
        assertThat(single("The meeting was held on March 12.", "March 12", LocalDate.of(1921, 3, 18)).value()).isEqualTo("1921-03-12");
        assertThat(single("The meeting was held on December 12.", "December 12", LocalDate.of(1921, 1, 10)).value()).isEqualTo("1920-12-12");
        assertThat(single("The meeting will be held on January 12.", "January 12", LocalDate.of(1920, 12, 10)).value()).isEqualTo("1921-01-12");
    }

    @Test
    void monthAndDayWithoutAnyYearHaveAnUnspecifiedYear() {
        assertThat(single("The meeting was held on March 12.", "March 12", null).value()).isNull();
        assertThat(Tagging.TAGGER.tag("In 1921 the union grew. The meeting was held on March 12.", null).get(1).value())
                .isEqualTo("1921-03-12");
    }

    @Test
    void monthNamesAsOrdinaryWordsAreNotDates() {
        assertThat(Tagging.tags("You may go. They march on. The March on Rome was a show.")).isEmpty();
    }
}
