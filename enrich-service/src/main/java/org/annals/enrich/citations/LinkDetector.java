package org.annals.enrich.citations;

import java.util.List;
import java.util.regex.Matcher;
import org.annals.events.Tag;

/** A URL or DOI standing in running text is a citation of its own. */
final class LinkDetector implements InlineDetector {

    @Override
    public void detect(CharSequence text, int start, int end, List<Candidate> out) {
        if (!LinkFinder.mayHoldLink(text, start, end)) {
            return;
        }
        Matcher m = LinkFinder.matcher(text).region(start, end);
        while (m.find()) {
            LinkFinder.Link link = LinkFinder.toLink(text, m.start(), m.end());
            if (link.end() - link.start() < 8) {
                continue;
            }
            out.add(new Candidate(link.start(), link.end(), 0.95,
                    new Tag.Citation(null, null, null, link.url(), null, Boolean.FALSE)));
        }
    }
}
