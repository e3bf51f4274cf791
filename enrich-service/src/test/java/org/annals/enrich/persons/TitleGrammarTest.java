package org.annals.enrich.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleGrammarTest {

    private final TitleGrammar titles = new TitleGrammar();

    @Test
    void includesChainsOfTitlesAndTitlePairs() {
        assertThat(start("the Rev. Dr. Read", "Read")).isEqualTo("Rev. Dr. Read");
        assertThat(start("Mr. and Mrs. Tally Eddings", "Tally")).isEqualTo("Mr. and Mrs. Tally Eddings");
        assertThat(start("by capt. Orne", "Orne")).isEqualTo("capt. Orne");
    }

    @Test
    void aFullWordWithAPeriodEndsASentenceAndIsNoTitle() {
        assertThat(start("death of her sister. Miss Winnie Davis", "Winnie")).isEqualTo("Miss Winnie Davis");
    }

    @Test
    void courtesiesAndSignatureRolesExtendTheSpan() {
        String text = "John Voisht, Esq., and W. G. Daughtry, Secretary.\nE. A. Sherman, Auditor of Dakota";
        assertThat(text.substring(0, titles.courtesyEnd(text, "John Voisht".length()))).isEqualTo("John Voisht, Esq.");
        int d = text.indexOf("Daughtry") + "Daughtry".length();
        assertThat(text.substring(text.indexOf("W. G."), titles.courtesyEnd(text, d))).isEqualTo("W. G. Daughtry, Secretary");
        int s = text.indexOf("Sherman") + "Sherman".length();
        assertThat(titles.courtesyEnd(text, s)).isEqualTo(s); // "Auditor of ..." is a description, not a closing role
    }

    private String start(String text, String name) {
        int nameStart = text.indexOf(name);
        return text.substring(titles.titleStart(text, nameStart));
    }
}
