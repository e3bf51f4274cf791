package org.annals.enrich.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameCoreferenceTest {

    private final NameCoreference coreference = new NameCoreference(new TitleGrammar());

    private List<String> resolve(String... names) {
        return coreference.resolve(List.of(names), Collections.nCopies(names.length, true));
    }

    @Test
    void shortFormsTakeTheNearestFullNameBeforeThem() {
        assertThat(resolve("Alfred Smith", "Smith", "Velde Smith", "Smith", "Alfred"))
                .containsExactly("Alfred Smith", "Alfred Smith", "Velde Smith", "Velde Smith", "Alfred Smith");
    }

    @Test
    void multiWordShortFormsAndGenerationsResolve() {
        assertThat(resolve("Martin Van Buren Jr.", "Van Buren")).containsExactly("Martin Van Buren Jr.", "Martin Van Buren Jr.");
    }

    @Test
    void unmatchedNamesAndInitialsKeepTheirOwnValue() {
        assertThat(resolve("Lenin", "J.", "Burr")).containsExactly("Lenin", "J.", "Burr");
    }

    @Test
    void titleOnlyMentionsAreLeftAlone() {
        assertThat(coreference.resolve(List.of("B. B. King", "King"), List.of(true, false)))
                .containsExactly("B. B. King", "King");
    }
}
