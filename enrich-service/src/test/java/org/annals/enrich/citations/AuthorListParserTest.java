package org.annals.enrich.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorListParserTest {

    private final AuthorListParser parser = new AuthorListParser();

    private String authors(String s) {
        Optional<AuthorList> list = parser.parse(s, 0, s.length());
        return list.map(l -> s.substring(l.start(), l.end())).orElse(null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Okafor, N. E., & Lindqvist, B. (2016). Tidal archives.|Okafor, N. E., & Lindqvist, B.",
            "T. Marsh, K. Oyelaran, and P. van Dijk. Sparse indexing.|T. Marsh, K. Oyelaran, and P. van Dijk",
            "Haddad RM, Ostrowski K, de Winter JP. Seasonal migration.|Haddad RM, Ostrowski K, de Winter JP",
            "Brandt, Helena, and Otto Wiese. The Salt Roads.|Brandt, Helena, and Otto Wiese",
            "Ingrid Solheim and Tomas Berg. Harbour Lights.|Ingrid Solheim and Tomas Berg",
            "MORAIS, Luísa Teixeira. Arquivos do porto.|MORAIS, Luísa Teixeira",
            "Pryce, J. A., Jr., and Z. Ndlovu. 1999. Ledgers.|Pryce, J. A., Jr., and Z. Ndlovu",
            "Ferro, D. et al. (2010). Lists.|Ferro, D. et al.",
            "O'Sullivan, M. (1977). Fishing rights.|O'Sullivan, M.",
    })
    void readsTheAuthorList(String reference, String expected) {
        assertThat(authors(reference)).isEqualTo(expected);
    }

    @Test
    void titleWordsAfterAnInitialsFirstNameAreNotAuthors() {
        assertThat(authors("H. Lund, Harbour Walls, Coastal Review, No. 4, 1990, 3-9")).isEqualTo("H. Lund");
    }

    @Test
    void aLastTitleAfterABareCommaIsDropped() {
        assertThat(authors("Miriam Oduya, Salt and Iron (1991), pages 3-9.")).isEqualTo("Miriam Oduya");
    }

    @Test
    void titlesAndSentencesAreNotNames() {
        assertThat(authors("The Salt Roads of Lower Saxony. Hamburg, 1988.")).isNull();
        assertThat(authors("Since 1997 the hospital has grown.")).isNull();
    }
}
