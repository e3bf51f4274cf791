package org.annals.enrich.dates;

import static org.annals.enrich.dates.Tagging.spans;
import static org.annals.enrich.dates.Tagging.value;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YearsAndRangesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The party split in 1919.|1919|1919",
            "Delegates to the 1921 conference arrived late.|1921|1921",
            "By 1922 the paper had closed.|1922|1922",
            "The accounts for fiscal 1989 were audited.|fiscal 1989|1989",
            "A charter of 1215 survives.|1215|1215",
            "He was born circa 1870 in Riga.|circa 1870|1870~",
            "Prices fell in mid-1920.|mid-1920|1920",
            "Prices fell in early 1921.|early 1921|1921",
            "Everything changed in nineteen ninety-six.|nineteen ninety-six|1996",
    })
    void readsYears(String text, String span, String edtf) {
        assertThat(value(text, span)).isEqualTo(edtf);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "See page 358 and page 1921 of the report.",
            "It is told in chapter 18.",
            "There were 37 delegates.",
            "The union had 1,500 members.",
            "The resolution was No. 1917 in the list.",
            "The fee was $1921 in total.",
            "About 1500 members attended, and 1921 people signed.",
            "The share price rose 12.5% to 1921.5 points.",
            "Call 555-1921-2222 for details.",
    })
    void numbersThatAreNotYearsStayUntagged(String text) {
        assertThat(spans(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The war lasted 1919-1922 in the east.|1919-1922|1919/1922",
            "The war lasted 1919\u201322 in the east.|1919\u201322|1919/1922",
            "The war lasted from 1919 to 1922 in the east.|from 1919 to 1922|1919/1922",
            "It happened between 1917 and 1921, they said.|between 1917 and 1921|1917/1921",
            "The congress sat on May 3-5, 1921 in Tiflis.|May 3-5, 1921|1921-05-03/1921-05-05",
            "Sales rose between May and June 1920 as hoped.|between May and June 1920|1920-05/1920-06",
    })
    void readsRangesAsIntervals(String text, String span, String edtf) {
        assertThat(value(text, span)).isEqualTo(edtf);
    }

    @Test
    void twoYearsJoinedByAndAreTwoDates() {
        assertThat(spans("The congresses of 1919 and 1921 differed.")).containsExactly("1919", "1921");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Jazz spread in the 1920s across Europe.|the 1920s|192X",
            "Jazz spread in the 1920's across Europe.|the 1920's|192X",
            "Jazz spread in the late 1920s across Europe.|the late 1920s|192X",
            "Jazz spread in the '20s across Europe.|the '20s|192X",
            "Jazz spread in the twenties across Europe.|the twenties|192X",
            "Railways grew in the nineteenth century.|the nineteenth century|18XX",
            "Railways grew in the 19th century.|the 19th century|18XX",
            "Monasteries flourished in the 11th century.|the 11th century|10XX",
    })
    void readsDecadesAndCenturies(String text, String span, String edtf) {
        assertThat(value(text, span)).isEqualTo(edtf);
    }
}
