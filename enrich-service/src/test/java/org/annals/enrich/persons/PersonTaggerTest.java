package org.annals.enrich.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annals.events.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of the whole tagger on sentences written for these tests. Loads the CRF once (~2 s). */
class PersonTaggerTest {

    private static PersonTagger tagger;

    @BeforeAll
    static void loadModel() {
        tagger = new PersonTagger();
    }

    @Test
    void bareSurnameAfterFullNameTakesTheFullNameAsValue() {
        String text = "Alexandra Kollontai addressed the congress in March. Later Kollontai wrote to the committee.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).extracting(Tag::text).containsExactly("Alexandra Kollontai", "Kollontai");
        assertThat(tags).extracting(Tag::value).containsOnly("Alexandra Kollontai");
    }

    @Test
    void bareFirstNameAfterFullNameTakesTheFullNameAsValue() {
        String text = "The letter was signed by Tom Ketchum in the spring. Nobody knew where Tom had gone.";

        assertThat(find(tagger.tag(text), "Tom")).map(Tag::value).contains("Tom Ketchum");
    }

    @Test
    void firstNameOpeningAnOtherwiseLowerCaseSentenceIsStillFound() {
        String text = "Tom Ketchum held up the Colorado Southern express near Folsom. Tom shot at the deputies.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).extracting(Tag::text).containsExactly("Tom Ketchum", "Tom");
        assertThat(tags).extracting(Tag::value).containsOnly("Tom Ketchum");
    }

    @Test
    void surnameBeforeTheFullNameAlsoResolves() {
        String text = "FOWLER SAILS\nThe Navy said yesterday that Neal L. Fowler will sail for Naples in May.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).extracting(Tag::value).containsOnly("Neal L. Fowler");
    }

    @Test
    void possessiveTagsTheNameOnly() {
        String text = "The resolution followed Lenin's speech, and Mr. Bigelow’s report was read afterwards.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).extracting(Tag::text).containsExactly("Lenin", "Mr. Bigelow");
        assertThat(tags).extracting(Tag::value).containsExactly("Lenin", "Bigelow");
    }

    @Test
    void pronounsAreNeverPersons() {
        String text = "HE SAID THAT SHE WOULD COME. He told her that They and Him were wrong, and I agreed with them.";

        assertThat(tagger.tag(text)).isEmpty();
    }

    @Test
    void titlesAreInTheSpanButNotInTheValue() {
        String text = "Dr. Read and Capt. Kepling met the Hon. Peter Sylvester at the wharf; Comrade Kollontai was absent.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).extracting(Tag::text)
                .containsExactly("Dr. Read", "Capt. Kepling", "Hon. Peter Sylvester", "Comrade Kollontai");
        assertThat(tags).extracting(Tag::value).containsExactly("Read", "Kepling", "Peter Sylvester", "Kollontai");
    }

    @Test
    void courtesiesAfterTheNameAreInTheSpanButNotInTheValue() {
        String text = "The committee thanked John Voisht, Esq., for his services to the town.";

        assertThat(find(tagger.tag(text), "John Voisht, Esq.")).map(Tag::value).contains("John Voisht");
    }

    @Test
    void ocrLineBreakHyphenationIsJoinedInTheValueAndCoveredInTheSpan() {
        String text = "The speech of Alexan¬ der Hamilton was printed. Later Alexan-\nder Hamilton replied, "
                + "and Alexan¬\nder Hamilton left. Then Alexan- der Hamilton returned.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).extracting(Tag::text).containsExactly(
                "Alexan¬ der Hamilton", "Alexan-\nder Hamilton", "Alexan¬\nder Hamilton", "Alexan- der Hamilton");
        assertThat(tags).extracting(Tag::value).containsOnly("Alexander Hamilton");
    }

    @Test
    void namesInCapitalsAreFound() {
        String text = "RESOLVED, that the thanks of this meeting be given to RICHARD HENRY LEE for his services.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).extracting(Tag::text).containsExactly("RICHARD HENRY LEE");
        assertThat(tags.get(0).value()).isEqualTo("Richard Henry Lee");
    }

    @Test
    void acronymsInOrdinaryTextStayAcronyms() {
        String text = "The NATO council met in Brussels, and the USA sent a delegation.";

        assertThat(tagger.tag(text)).isEmpty();
    }

    @Test
    void placesNamedAfterPeopleAreNotPersons() {
        String text = "He lived in Dillon county and worked on Chesnut-street near Lincoln Park.";

        assertThat(tagger.tag(text)).isEmpty();
    }

    @Test
    void hesitantSurnameOfAConfidentFullNameIsKeptButCalendarWordsAreNot() {
        String text = "Miss May Struppler married Joseph Decovi in the spring. On May 9 the couple left for Ouray, "
                + "where Decovi is employed at the mine.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).extracting(Tag::text).doesNotContain("May");
        assertThat(tags).extracting(Tag::value).contains("May Struppler", "Joseph Decovi");
        assertThat(tags.stream().filter(t -> t.text().equals("Decovi"))).hasSize(1);
    }

    @Test
    void sovereignNamedByTitleAloneIsAPerson() {
        String text = "The ministers went to Rambouillet to treat with the King, who had abdicated.";

        assertThat(find(tagger.tag(text), "the King")).map(Tag::value).contains("King");
    }

    @Test
    void spansAreExactSubstringsSortedAndDisjoint() {
        String text = "Mrs. Hayes of Colorado Springs, with her sister Miss Winnie Davis,\nvisited Judge G. D. Burgess "
                + "and the 𝔊othic scholar Jos. C. Wendell; Wendell and Burgess spoke with JOHN RUMSEY.";
        List<Tag> tags = tagger.tag(text);

        assertThat(tags).isNotEmpty();
        int previousEnd = 0;
        for (Tag t : tags) {
            assertThat(t.type()).isEqualTo(Tag.Kind.PERSON);
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.confidence()).isBetween(0.0, 1.0);
            assertThat(t.citation()).isNull();
            previousEnd = t.end();
        }
        assertThat(tags).extracting(Tag::value).contains("Jos. C. Wendell", "Winnie Davis");
    }

    @Test
    void emptyAndBlankTextsHaveNoTags() {
        assertThat(tagger.tag("")).isEmpty();
        assertThat(tagger.tag(" \n\t ")).isEmpty();
        assertThat(tagger.tag(null)).isEmpty();
    }

    @Test
    void sameTextGivesSameTagsWhateverWasTaggedBefore() {
        String text = "Capt. Johnson of the schooner Mary arrived from Boston; Johnson reports fair weather.";
        List<Tag> first = tagger.tag(text);
        tagger.tag(SampleText.newspaper(50));

        assertThat(tagger.tag(text)).isEqualTo(first);
    }

    private static Optional<Tag> find(List<Tag> tags, String text) {
        return tags.stream().filter(t -> t.text().equals(text)).findFirst();
    }
}
