package org.annals.enrich.citations;

import java.util.ArrayList;
import java.util.List;
import org.annals.events.Tag;

/**
 * Tags citations: whole bibliographic reference strings (one per line or paragraph) and, inside
 * running text, parenthetical references, attribution lines, "Title by Author", titles with
 * locators, and URLs/DOIs. Stateless after construction, so one instance serves all threads;
 * every detector works line by line with bounded patterns, so time grows linearly with the text.
 */
public final class CitationTagger {

    public static final String NAME = "annals-citations";
    public static final String VERSION = "1.0.0";

    private final ReferenceStringDetector references = new ReferenceStringDetector();
    private final List<InlineDetector> inline = List.of(
            new LinkDetector(),
            new ParentheticalDetector(),
            new AttributionDetector(),
            new ByAuthorDetector(),
            new TitleLocatorDetector());

    public CitationTagger() {
    }

    public List<Tag> tag(String text) {
        List<Candidate> found = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                List<Candidate> inside = new ArrayList<>();
                for (InlineDetector d : inline) {
                    d.detect(text, s, e, inside);
                }
                var whole = references.detect(text, s, e);
                if (whole.isPresent() && (whole.get().citation().author() != null || onlyLinks(inside))) {
                    found.add(whole.get());
                } else {
                    found.addAll(inside); // a line without an author that cites inside is prose, not an entry
                }
            }
            lineStart = lineEnd + 1;
        }
        return toTags(text, NonOverlapping.select(found));
    }

    private static boolean onlyLinks(List<Candidate> candidates) {
        return candidates.stream().allMatch(c -> c.citation().url() != null && c.citation().author() == null
                && c.citation().title() == null);
    }

    private static List<Tag> toTags(String text, List<Candidate> candidates) {
        List<Tag> tags = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            tags.add(new Tag(Tag.Kind.CITATION, c.start(), c.end(), text.substring(c.start(), c.end()), null,
                    Math.round(c.confidence() * 100) / 100.0, c.citation()));
        }
        return tags;
    }
}
