package org.annals.enrich.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sovereign named by title alone is a person mention in archival annotation: "the King",
 * "the Emperor", "his Majesty". Only titles that single out one person in a text qualify, and only
 * when no name or "of ..." follows (then the title belongs to that name or is a place reference).
 */
final class SovereignReferences {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:[Tt]he|THE|[Hh]is|HIS|[Hh]er|HER)\\s+(King|Queen|Emperor|Empress|Pope|Czar|Tsar|Kaiser|Sultan|Dauphin|Majesty)\\b"
                    + "(?!\\s+(?:of\\b|[\\p{Lu}]))");

    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        Mention.Origin origin = Mention.Origin.TITLE_ONLY;
        while (m.find()) {
            out.add(new Mention(m.start(), m.end(), m.start(1), m.end(1), origin.confidence, origin));
        }
        return out;
    }
}
