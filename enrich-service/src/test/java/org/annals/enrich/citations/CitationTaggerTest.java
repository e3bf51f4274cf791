package org.annals.enrich.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.events.Tag;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CitationTaggerTest {

    private final CitationTagger tagger = new CitationTagger();

    private Tag only(String text) {
        List<Tag> tags = tagger.tag(text);
        assertThat(tags).hasSize(1);
        Tag t = tags.get(0);
        assertThat(t.type()).isEqualTo(Tag.Kind.CITATION);
        assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
        assertThat(t.confidence()).isBetween(0.0, 1.0);
        return t;
    }

    @Nested
    class Parenthetical {

        @Test
        void nameAndTitle() {
            String text = "The unions had to be won over (Lenin, The Party Crisis) before the congress.";
            Tag t = only(text);
            assertThat(t.text()).isEqualTo("(Lenin, The Party Crisis)");
            assertThat(t.citation().author()).isEqualTo("Lenin");
            assertThat(t.citation().title()).isEqualTo("The Party Crisis");
            assertThat(t.citation().quoted()).isFalse();
        }

        @Test
        void quotedIn() {
            String text = "He called it a bureaucratic deformation (quoted in Carmen Sirianni's Workers' Control and "
                    + "Socialist Democracy: The Soviet Experience).";
            Tag t = only(text);
            assertThat(t.text()).startsWith("(quoted in").endsWith("Experience)");
            assertThat(t.citation().author()).isEqualTo("Carmen Sirianni");
            assertThat(t.citation().title()).isEqualTo("Workers' Control and Socialist Democracy: The Soviet Experience");
            assertThat(t.citation().quoted()).isTrue();
        }

        @Test
        void authorYearWithPage() {
            Tag t = only("Wages fell sharply that winter (Hobsbawm 1962, p. 44).");
            assertThat(t.text()).isEqualTo("(Hobsbawm 1962, p. 44)");
            assertThat(t.citation().author()).isEqualTo("Hobsbawm");
            assertThat(t.citation().year()).isEqualTo("1962");
            assertThat(t.citation().locator()).isEqualTo("p. 44");
        }

        @Test
        void severalAuthorsAndEtAl() {
            Tag t = only("The point is disputed (see Carr and Davies 1969; Deutscher et al. 1954).");
            assertThat(t.citation().author()).isEqualTo("Carr and Davies");
            assertThat(t.citation().year()).isEqualTo("1969");
        }

        @Test
        void ordinaryParenthesesAreNotCitations() {
            assertThat(tagger.tag("The details follow (see below) and the union grew (1,500 members) after the strike (in 1921).")).isEmpty();
            assertThat(tagger.tag("The delegates met in Omaha (Nebraska) and later in Kansas City (Kansas City, Missouri).")).isEmpty();
            assertThat(tagger.tag("Senator Hale (R-Maine) objected (he said so twice).")).isEmpty();
        }
    }

    @Nested
    class Attribution {

        @Test
        void dashNameTitleAfterQuotation() {
            String text = "\"The workers themselves must run industry.\"\n– Alexandra Kollontai, The Workers' Opposition\n";
            Tag t = only(text);
            assertThat(t.text()).isEqualTo("– Alexandra Kollontai, The Workers' Opposition");
            assertThat(t.citation().author()).isEqualTo("Alexandra Kollontai");
            assertThat(t.citation().title()).isEqualTo("The Workers' Opposition");
        }

        @Test
        void dashAndNameOnSameLineAsQuote() {
            Tag t = only("“Freedom is always freedom for the one who thinks differently.” — Rosa Luxemburg");
            assertThat(t.text()).isEqualTo("— Rosa Luxemburg");
            assertThat(t.citation().author()).isEqualTo("Rosa Luxemburg");
        }

        @Test
        void dashAloneInProseIsNotAttribution() {
            assertThat(tagger.tag("The vote was close – Martin Smith abstained.\n- Minutes of the meeting\n")).isEmpty();
        }
    }

    @Nested
    class TitleByAuthor {

        @Test
        void titleByNames() {
            Tag t = only("Every member had read the Communist Manifesto by Marx and Engels before joining.");
            assertThat(t.text()).isEqualTo("the Communist Manifesto by Marx and Engels");
            assertThat(t.citation().title()).isEqualTo("Communist Manifesto");
            assertThat(t.citation().author()).isEqualTo("Marx and Engels");
        }

        @Test
        void actionsOfBodiesAreNotWorks() {
            assertThat(tagger.tag("The bill was opposed by the Senate Finance Committee by Friday.")).isEmpty();
            assertThat(tagger.tag("The decision was announced by President Harding in the spring.")).isEmpty();
            assertThat(tagger.tag("He was struck by Thomas Walker's car.")).isEmpty();
        }
    }

    @Nested
    class TitleWithLocator {

        @Test
        void capitalsTitleWithVolumeChapterPage() {
            Tag t = only("Marx returns to the point in CAPITAL Volume II, chapter 18, page 358 where he treats money capital.");
            assertThat(t.text()).isEqualTo("CAPITAL Volume II, chapter 18, page 358");
            assertThat(t.citation().title()).isEqualTo("CAPITAL");
            assertThat(t.citation().locator()).isEqualTo("Volume II, chapter 18, page 358");
        }

        @Test
        void locatorsAloneAreNotCitations() {
            assertThat(tagger.tag("The company filed for Chapter 11 protection and the story ran on page 358.")).isEmpty();
        }
    }

    @Nested
    class Links {

        @Test
        void urlInProse() {
            Tag t = only("The minutes are online at https://archive.example.org/minutes/1921.html.");
            assertThat(t.text()).isEqualTo("https://archive.example.org/minutes/1921.html");
            assertThat(t.citation().url()).isEqualTo("https://archive.example.org/minutes/1921.html");
        }

        @Test
        void doi() {
            Tag t = only("See doi:10.1234/annals.5678 for the dataset.");
            assertThat(t.citation().url()).isEqualTo("doi:10.1234/annals.5678");
        }
    }

    @Nested
    class ReferenceStrings {

        @Test
        void bibliographyLinesAreTaggedWhole() {
            String bib = "References\n\n"
                    + "Okafor, N. E., & Lindqvist, B. (2016). Tidal archives and the memory of ports. Maritime History Review, 28(2), 114–139.\n"
                    + "[4] T. Marsh and K. Oyelaran, \"Sparse indexing of scanned ledgers,\" in Proc. Int. Conf. Document Analysis, 2011, pp. 201–209.\n"
                    + "Brandt, Helena. The Salt Roads of Lower Saxony. Hamburg: Ostsee Verlag, 1988.\n";
            List<Tag> tags = tagger.tag(bib);
            assertThat(tags).hasSize(3);
            for (Tag t : tags) {
                assertThat(t.text()).isEqualTo(bib.substring(t.start(), t.end()));
                assertThat(bib.charAt(t.end())).isEqualTo('\n');
            }
            assertThat(tags.get(0).citation().author()).isEqualTo("Okafor, N. E., & Lindqvist, B.");
            assertThat(tags.get(0).citation().year()).isEqualTo("2016");
            assertThat(tags.get(1).citation().title()).isEqualTo("Sparse indexing of scanned ledgers");
            assertThat(tags.get(2).citation().title()).isEqualTo("The Salt Roads of Lower Saxony");
        }

        @Test
        void referenceWithUrlCarriesIt() {
            Tag t = only("Ferreira, L. (2019). Notes on river trade. Retrieved from https://example.net/river/notes.pdf");
            assertThat(t.citation().url()).isEqualTo("https://example.net/river/notes.pdf");
            assertThat(t.citation().year()).isEqualTo("2019");
        }

        @Test
        void newsProseIsNotAReference() {
            assertThat(tagger.tag("Shares of Halvorsen Corp. fell 3% to $41.50 on Tuesday, a day after the company said "
                    + "its 1998 earnings would miss forecasts, analysts said.")).isEmpty();
            assertThat(tagger.tag("Maria Delgado (1921-1998) was a Chilean poet and a founder of the teachers' union.")).isEmpty();
            assertThat(tagger.tag("The strike began in 1921.")).isEmpty();
            assertThat(tagger.tag("Alexandra Kollontai")).isEmpty();
        }
    }

    @Test
    void tagsAreSortedAndDisjoint() {
        String text = "Compare (Lenin, The Party Crisis) with https://example.org/a and (Trotsky 1923, p. 7).\n"
                + "Smith, J. (2001). A history of the docks. London: Harbour Press.\n";
        List<Tag> tags = tagger.tag(text);
        assertThat(tags).hasSize(4);
        for (int i = 1; i < tags.size(); i++) {
            assertThat(tags.get(i).start()).isGreaterThanOrEqualTo(tags.get(i - 1).end());
        }
    }

    @Test
    void supplementaryCharactersKeepUtf16Offsets() {
        String text = "𝔄𝔫𝔫𝔞𝔩𝔰 (Lenin, The Party Crisis)";
        Tag t = only(text);
        assertThat(t.start()).isEqualTo(text.indexOf('('));
    }

    @Test
    void emptyAndBlankTexts() {
        assertThat(tagger.tag("")).isEmpty();
        assertThat(tagger.tag("\n\n   \n")).isEmpty();
    }

    @Test
    void fiveMegabytesWithoutRunningOutOfMemory() {
        StringBuilder b = new StringBuilder(5_200_000);
        String para = "The conference of 1921 opened with a long report on the trade unions (Lenin, The Party Crisis), "
                + "and the delegates argued late into the night about control of industry (see below). ";
        String ref = "Okafor, N. E. (2016). Tidal archives and the memory of ports. Maritime History Review, 28(2), 114–139.\n";
        while (b.length() < 5_000_000) {
            b.append(para).append(para).append('\n').append(ref);
        }
        // one huge line as well: nothing may scale worse than linearly on it
        b.append("(".repeat(50_000)).append("x ".repeat(100_000)).append('\n');
        List<Tag> tags = tagger.tag(b.toString());
        assertThat(tags).isNotEmpty();
        assertThat(tags).allSatisfy(t -> assertThat(t.end()).isGreaterThan(t.start()));
    }
}
