package org.annals.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void identicalTextsUpToWhitespaceHaveNoErrors() {
        assertThat(TextMetrics.characterErrorRate("The  folder\nholds letters.", " The folder holds letters.\n")).isZero();
    }

    @Test
    void countsSubstitutionsInsertionsAndDeletions() {
        assertThat(TextMetrics.editDistance("Kollontai", "Ko11ontai")).isEqualTo(2);
        assertThat(TextMetrics.editDistance("1921", "19211")).isEqualTo(1);
        assertThat(TextMetrics.editDistance("March", "Mrch")).isEqualTo(1);
        assertThat(TextMetrics.characterErrorRate("abcd", "abxd")).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void missingTextIsAFullError() {
        assertThat(TextMetrics.characterErrorRate("letters", "")).isEqualTo(1.0);
    }
}
