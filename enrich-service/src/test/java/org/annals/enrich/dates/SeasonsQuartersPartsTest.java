package org.annals.enrich.dates;

import static org.annals.enrich.dates.Tagging.single;
import static org.annals.enrich.dates.Tagging.spans;
import static org.annals.enrich.dates.Tagging.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seasons (EDTF 21–24), quarters (EDTF level 2 sub-year codes 33–36) and parts of periods. */
class SeasonsQuartersPartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The offensive began in spring 1921.|spring 1921|1921-21",
            "The offensive began in the summer of 1921.|the summer of 1921|1921-22",
            "The offensive began in autumn 1921.|autumn 1921|1921-23",
            "The offensive began in the fall of 1921.|the fall of 1921|1921-23",
            "The offensive began in winter 1921.|winter 1921|1921-24",
            "Profits fell in the third quarter of 1989.|the third quarter of 1989|1989-35",
            "Profits fell in the first quarter of 1989.|the first quarter of 1989|1989-33",
            "Profits fell in the 1989 fourth quarter.|the 1989 fourth quarter|1989-36",
            "Profits fell in Q2 1989.|Q2 1989|1989-34",
            "The strike ended late-November, 1920.|late-November, 1920|1920-11",
            "The strike ended at the end of 1920.|the end of 1920|1920",
    })
    void readsSeasonsQuartersAndParts(String text, String span, String edtf) {
        assertThat(value(text, span)).isEqualTo(edtf);
    }

    @Test
    void relativeSeasonsCountFromTheReference() {
        LocalDate june1921 = LocalDate.of(1921, 6, 7);
        assertThat(single("Work stopped last fall.", "last fall", june1921).value()).isEqualTo("1920-23");
        assertThat(single("Work resumes this summer.", "this summer", june1921).value()).isEqualTo("1921-22");
        assertThat(single("Work resumes next spring.", "next spring", june1921).value()).isEqualTo("1922-21");
    }

    @Test
    void quartersWithoutYearFollowTheReport() {
        LocalDate october1989 = LocalDate.of(1989, 10, 26);
        assertThat(single("Earnings fell in the third quarter.", "the third quarter", october1989).value()).isEqualTo("1989-35");
        assertThat(single("Earnings fell in the quarter.", "the quarter", october1989).value()).isEqualTo("1989-35");
        assertThat(Tagging.values("Third-quarter profit fell to $5 million from $7 million a year earlier.", october1989))
                .containsExactly("1989-35", "1988-35");
    }

    @Test
    void ordinarySeasonAndQuarterWordsAreNotDates() {
        assertThat(spans("A spring in the garden; the fall of Rome; a quarter of the delegates; its quarter-century.")).isEmpty();
    }

    @Test
    void lateAndEarlyTakeTheValueOfTheWholePeriod() {
        assertThat(single("Rations were cut in early March 1921.", "early March 1921", null).value()).isEqualTo("1921-03");
        assertThat(single("Rations were cut in mid-1920.", "mid-1920", null).value()).isEqualTo("1920");
    }
}
