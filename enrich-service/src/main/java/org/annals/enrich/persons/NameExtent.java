package org.annals.enrich.persons;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes names whose edges the CRF cut off: a first name before a middle initial ("Flora |C.
 * Lucas"), an abbreviated first name ("Wm. |W. Cowper"), and the particles of continental
 * surnames after it ("Count Charles Palfy| d’Erdody", "Mr. Van| der Noot").
 */
final class NameExtent {

    private static final Set<String> PARTICLES = Set.of(
            "de", "van", "von", "der", "den", "la", "le", "du", "di", "da", "del", "della", "dos", "das", "ten", "ter", "y");

    /** A word right before {@code end}, separated from it by blanks only. */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}'’]*\\.?)[ \\t]*\\n?[ \\t]*$");

    /** Particles and an elided "d’" before a capitalised word, right after the name. */
    private static final Pattern PARTICLES_AFTER = Pattern.compile(
            "^(?:[ \\t]*\\n?[ \\t]*(?:[a-z]{1,5}))*[ \\t]*\\n?[ \\t]*(?:[dD][’'])?\\p{Lu}\\p{L}*(?:['’]\\p{Lu}\\p{L}*)?");

    private final GivenNames givenNames;
    private final TitleGrammar titles;

    NameExtent(GivenNames givenNames, TitleGrammar titles) {
        this.givenNames = givenNames;
        this.titles = titles;
    }

    Mention complete(String text, Mention m) {
        int nameStart = extendLeft(text, m.nameStart(), m.nameEnd());
        int nameEnd = extendRight(text, m.nameEnd());
        if (nameStart == m.nameStart() && nameEnd == m.nameEnd()) {
            return m;
        }
        return m.withName(nameStart, nameEnd);
    }

    private int extendLeft(String text, int nameStart, int nameEnd) {
        Matcher w = WORD_BEFORE.matcher(text).region(Math.max(0, nameStart - 40), nameStart);
        if (!w.find()) {
            return nameStart;
        }
        String word = w.group(1);
        if (PARTICLES.contains(word) && w.start(1) > 0) {
            // "Madame de |Staël": the particle belongs to the surname when a title or a name precedes it
            Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, w.start(1) - 40), w.start(1));
            if (before.find() && Character.isUpperCase(before.group(1).charAt(0))) {
                return w.start(1);
            }
            return nameStart;
        }
        if (!Character.isUpperCase(word.charAt(0)) || titles.isTitle(word)) {
            return nameStart;
        }
        boolean abbreviated = word.endsWith(".") && givenNames.isGivenName(word);
        boolean beforeInitial = isInitialAt(text, nameStart, nameEnd) && !word.endsWith(".") && givenNames.isGivenName(word);
        return abbreviated || beforeInitial ? w.start(1) : nameStart;
    }

    /** The name starts with an initial: "C. Lucas". */
    private static boolean isInitialAt(String text, int start, int end) {
        return start + 1 < end && Character.isUpperCase(text.charAt(start)) && text.charAt(start + 1) == '.';
    }

    private static int extendRight(String text, int nameEnd) {
        int limit = Math.min(text.length(), nameEnd + 40);
        Matcher m = PARTICLES_AFTER.matcher(text).region(nameEnd, limit);
        if (!m.lookingAt() || m.end() == nameEnd) {
            return nameEnd;
        }
        // every lower-case word on the way must be a particle ("of" or "and" end the name)
        String between = text.substring(nameEnd, m.end());
        boolean sawParticle = between.matches("(?s).*[dD][’'].*");
        for (String part : between.trim().split("\\s+")) {
            if (!part.isEmpty() && Character.isLowerCase(part.charAt(0)) && !part.matches("[dD][’'].*")) {
                if (!PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
                    return nameEnd;
                }
                sawParticle = true;
            }
        }
        return sawParticle ? m.end() : nameEnd;
    }
}
