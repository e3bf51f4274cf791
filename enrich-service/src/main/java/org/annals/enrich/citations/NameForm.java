package org.annals.enrich.citations;

import java.util.regex.Pattern;

/**
 * The written shapes a personal name takes in references, each as an anchored pattern.
 * Every pattern ends with a look-ahead for what may follow a name in a list (comma, period,
 * "and", a parenthesis, ...), so a run of title words is not mistaken for a name.
 * Quantifiers are bounded or possessive: matching is linear in the name's length. On equally long
 * matches the earlier shape wins, so "Haddad RM" is read as surname and initials, not given name and surname.
 */
enum NameForm {
    /** "Romero, C." / "Ferren, W. R., Jr." */
    SURNAME_INITIALS(Parts.SURNAME + Parts.SUFFIX + "\\s*,\\s*" + Parts.INITIALS + Parts.SUFFIX),
    /** "Hearn, Lafcadio" / "Adams, Nicholson B." (inverted with given names; first author in MLA/Chicago) */
    SURNAME_GIVEN(Parts.SURNAME + Parts.SUFFIX + "\\s*,\\s+(?:" + Parts.INITIALS + "\\s*)?" + Parts.GIVEN + "(?:\\s+" + Parts.GIVEN + ")?(?:\\s+(?:" + Parts.INITIALS + "|\\p{Lu}(?=\\s)))?" + Parts.SUFFIX),
    /** "H. Fischer" / "W.-P. de Roever" / "J. Robert Oppenheimer" */
    INITIALS_SURNAME(Parts.INITIALS + "\\s*(?:" + Parts.GIVEN + "\\s+)?" + Parts.SURNAME + Parts.SUFFIX),
    /** Vancouver style "Peters OA" / "Kempner J.C." */
    SURNAME_BARE_INITIALS(Parts.SURNAME + "\\s+(?:\\p{Lu}{1,3}+(?:-\\p{Lu}{1,2})?(?![\\p{L}\\p{M}'’-])|(?:\\p{Lu}\\.){1,3}+(?!\\s?\\p{Lu}[\\p{Ll}\\p{M}]))"),
    /** "Marc Shapiro" / "David A. Wood" */
    GIVEN_SURNAME(Parts.GIVEN + "(?:\\s+(?:" + Parts.GIVEN + "|" + Parts.INITIALS + "|\\p{Lu}{1,2}(?=\\s))){0,2}\\s+" + Parts.SURNAME + Parts.SUFFIX),
    /** "CASSARD Jean-Christophe" (surname in capitals, given name after it) */
    CAPITALS_GIVEN("\\p{Lu}{2,}+(?:-\\p{Lu}{2,}+)?\\s+" + Parts.GIVEN + "(?:\\s+" + Parts.GIVEN + ")?(?:\\s+" + Parts.INITIALS + ")?"),
    /** A surname alone: "Lenin", "ANQUETIN" (accepted only where the context confirms it). */
    SURNAME_ONLY(Parts.SURNAME);

    /** The name inside an author list: must be followed by list punctuation, "and", a year, …. */
    final Pattern pattern;
    /** The name inside running text: must only end at a word boundary ("by Marx and Engels before …"). */
    final Pattern inText;

    NameForm(String regex) {
        this.pattern = Pattern.compile("(?:" + regex + ")(?=" + Parts.AFTER_NAME + ")");
        this.inText = Pattern.compile("(?:" + regex + ")(?![\\p{L}\\p{M}\\d-]|['’](?!s\\b))");
    }

    /** Regex building blocks, kept apart so each reads on its own. */
    static final class Parts {
        /** An apostrophe inside a name ("O'Brien"), but not a possessive "'s" ending it. */
        static final String APOSTROPHE = "['’](?=\\p{L})(?!s(?!\\p{L}))";
        /** A capitalised word of a name: letters, combining marks, inner apostrophes and hyphens. */
        static final String CAPWORD = "\\p{Lu}(?:[\\p{L}\\p{M}]|" + Parts.APOSTROPHE + ")++(?:-\\p{L}(?:[\\p{L}\\p{M}]|" + Parts.APOSTROPHE + ")*+)*+";
        /** A given name: capital then at least one lower-case letter ("Jean-Christophe", "Ce"). */
        static final String GIVEN = "\\p{Lu}(?:[\\p{Ll}\\p{M}]|" + Parts.APOSTROPHE + ")++(?:-\\p{L}[\\p{Ll}\\p{M}]++)?";
        static final String PARTICLE = "(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|dei|[Dd]i|[Dd]a|[Dd]u|[Dd]es|[Ll]a|[Ll]e|dos|das|do|ten|ter|zu|af|bin|ibn|[Aa]l|[Ee]l|[Bb]en|Mc|Mac|St\\.)";
        static final String SURNAME = "(?:" + PARTICLE + "\\s+){0,3}(?:[dDlO]['’])?" + CAPWORD;
        /** Dotted initials: "J.", "J.C.", "J. C.", "W.-P.", "M.- C." */
        static final String INITIALS = "(?:\\p{Lu}-)?\\p{Lu}\\.(?:\\s?-?\\s?\\p{Lu}\\p{Ll}?\\.){0,4}+";
        static final String SUFFIX = "(?:,?\\s+(?:Jr|Sr)\\.?|,?\\s+(?:II|III|IV)(?![\\p{L}]))?";
        /** What may follow a name inside an author list. */
        static final String AFTER_NAME = "(?<=\\.)\\s|['’]s\\s|\\s*\\*|\\s+(?:1[5-9]|20)\\d\\d(?!\\d)|\\s*[,;:.(&]|\\s*$|\\s+(?:and|und|et|y|e|with)\\s|\\s+et\\s+al|\\s+\\(";

        private Parts() {
        }
    }
}
