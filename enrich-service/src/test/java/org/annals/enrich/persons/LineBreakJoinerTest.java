package org.annals.enrich.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreakJoinerTest {

    private final LineBreakJoiner joiner = new LineBreakJoiner();

    @Test
    void joinsNotSignAndHyphenBreaksAndMapsBack() {
        String original = "Alexan¬ der and Alexan-\nder and Alexan- der and Alexan¬\nder";
        NormalisedText joined = joiner.join(original);

        assertThat(joined.text()).isEqualTo("Alexander and Alexander and Alexander and Alexander");
        int start = joined.text().indexOf("Alexander", 10);
        int end = start + "Alexander".length();
        assertThat(original.substring(joined.originalStart(start), joined.originalEnd(end))).isEqualTo("Alexan-\nder");
    }

    @Test
    void keepsRealHyphensAndDropsOnlyTheBreakBeforeACapital() {
        assertThat(joiner.join("well-known Lombard-\nRebian").text()).isEqualTo("well-known Lombard-Rebian");
    }

    @Test
    void textWithoutBreaksIsUnchanged() {
        NormalisedText same = joiner.join("no breaks - here");
        assertThat(same.text()).isEqualTo("no breaks - here");
        assertThat(same.originalEnd(4)).isEqualTo(4);
    }
}
