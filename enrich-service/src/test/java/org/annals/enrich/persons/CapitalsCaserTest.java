package org.annals.enrich.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalsCaserTest {

    private final CapitalsCaser caser = new CapitalsCaser();

    @Test
    void titleCasesStretchesOfCapitalsKeepingLength() {
        String text = "thanks to RICHARD HENRY LEE and E. A. SHERMAN, with O'BRIEN MCDONALD and HENRY IV";
        String cased = caser.titleCase(text);

        assertThat(cased).hasSameSizeAs(text)
                .isEqualTo("thanks to Richard Henry Lee and E. A. Sherman, with O'Brien McDonald and Henry IV");
    }

    @Test
    void leavesLoneAcronymsAlone() {
        assertThat(caser.titleCase("the NATO council and the USA")).isEqualTo("the NATO council and the USA");
    }
}
