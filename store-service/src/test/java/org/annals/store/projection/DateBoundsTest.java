package org.annals.store.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateBoundsTest {

    @ParameterizedTest(name = "{0} covers {1}..{2}")
    @CsvSource({
            "1921,          1921-01-01, 1921-12-31",
            "1921-03,       1921-03-01, 1921-03-31",
            "1920-02,       1920-02-01, 1920-02-29",
            "1921-03-16,    1921-03-16, 1921-03-16",
            "1919/1922,     1919-01-01, 1922-12-31",
            "1919-05/1920-02-10, 1919-05-01, 1920-02-10",
            "192X,          1920-01-01, 1929-12-31",
            "18XX,          1800-01-01, 1899-12-31",
            "1921~,         1921-01-01, 1921-12-31",
            "1921?,         1921-01-01, 1921-12-31",
            "1921-03-16%,   1921-03-16, 1921-03-16",
            "1919-21,       1919-03-01, 1919-05-31",
            "1919-24,       1919-12-01, 1920-02-29",
            "1921-34,       1921-04-01, 1921-06-30",
            "1919/..,       1919-01-01, 9999-12-31",
            "../1919,       0001-01-01, 1919-12-31",
    })
    void anEdtfValueCoversItsCalendarInterval(String edtf, String from, String to) {
        DateBounds bounds = DateBounds.of(edtf).orElseThrow();
        assertThat(bounds.from()).hasToString(from);
        assertThat(bounds.to()).hasToString(to);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "1921-13-01", "1921-02-30", "19X1", "1922/1919", "March 1921"})
    void whatIsNotADateHasNoInterval(String value) {
        assertThat(DateBounds.of(value)).isEmpty();
    }
}
