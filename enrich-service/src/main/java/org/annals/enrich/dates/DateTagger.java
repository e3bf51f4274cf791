package org.annals.enrich.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.events.Tag;
import org.annals.events.Tag.Kind;

/**
 * Finds date expressions in text and gives each an EDTF value (DESIGN §3): absolute dates
 * in words and numbers, years, ranges, decades, centuries, seasons, quarters, and relative
 * expressions resolved against a reference date.
 *
 * <p>The pipeline: {@link DateGrammar} proposes candidate mentions, {@link MentionSelector}
 * keeps the longest non-overlapping ones, {@link PrefixAttacher} adds qualifiers ("early",
 * "circa"), {@link RangeJoiner} joins ranges, and {@link DateResolver} computes the values.
 *
 * <p>Thread-safe: the grammar is immutable and each call builds its own resolver.
 */
public final class DateTagger {

    public static final String NAME = "annals-dates";
    public static final String VERSION = "1.1.0";

    private final DateGrammar grammar;

    public DateTagger(DateTaggerSettings settings) {
        this.grammar = new DateGrammar(settings == null ? DateTaggerSettings.DEFAULT : settings);
    }

    public DateTagger() {
        this(DateTaggerSettings.DEFAULT);
    }

    /**
     * The DATE tags of {@code text}, sorted by start and non-overlapping.
     *
     * @param referenceDate the date relative expressions count from (the document's own
     *                      date); null leaves them without a value
     */
    public List<Tag> tag(String text, LocalDate referenceDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = MentionSelector.select(grammar.scan(text));
        mentions = PrefixAttacher.attach(text, mentions);
        mentions = RangeJoiner.join(text, mentions);
        DateResolver resolver = new DateResolver(text, referenceDate);
        List<Tag> tags = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (referenceDate == null && isPresentDeictic(m.expression())) {
                continue; // "today", "now" with nothing to count from are not dates (issue #3)
            }
            String value = resolver.edtf(m);
            double confidence = value == null ? Math.min(m.confidence(), 0.6) : m.confidence();
            tags.add(new Tag(Kind.DATE, m.start(), m.end(), text.substring(m.start(), m.end()), value, confidence, null));
        }
        return tags;
    }

    /** "today", "tonight", "now": the present day of whoever wrote the text. */
    private static boolean isPresentDeictic(DateExpression e) {
        return e instanceof DateExpression.Shift s && s.amount() != null && s.amount() == 0
                && s.unit() == java.time.temporal.ChronoUnit.DAYS && !s.fromFocus();
    }
}
