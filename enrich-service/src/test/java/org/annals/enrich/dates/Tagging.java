package org.annals.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.events.Tag;

/** Short ways for the tests to run the tagger and look at what it found. */
final class Tagging {

    static final DateTagger TAGGER = new DateTagger(DateTaggerSettings.DEFAULT);
    static final LocalDate REFERENCE = LocalDate.of(1921, 3, 18); // a Friday

    private Tagging() {
    }

    static List<Tag> tags(String text) {
        return TAGGER.tag(text, REFERENCE);
    }

    /** The one tag of {@code text}, whose span must be {@code expectedSpan}. */
    static Tag single(String text, String expectedSpan, LocalDate reference) {
        List<Tag> tags = TAGGER.tag(text, reference);
        assertThat(tags).as("tags of \"%s\"", text).hasSize(1);
        Tag tag = tags.get(0);
        assertThat(tag.text()).isEqualTo(expectedSpan).isEqualTo(text.substring(tag.start(), tag.end()));
        return tag;
    }

    /** The value of the one tag of {@code text} with the default reference date. */
    static String value(String text, String expectedSpan) {
        return single(text, expectedSpan, REFERENCE).value();
    }

    /** The values of all tags, in order. */
    static List<String> values(String text, LocalDate reference) {
        return TAGGER.tag(text, reference).stream().map(Tag::value).toList();
    }

    /** The spans the tagger found, in order. */
    static List<String> spans(String text) {
        return tags(text).stream().map(Tag::text).toList();
    }
}
