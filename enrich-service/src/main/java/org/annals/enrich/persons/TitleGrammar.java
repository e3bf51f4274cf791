package org.annals.enrich.persons;

import java.util.Locale;
import java.util.Set;

/**
 * Titles and roles that a text attaches to a name ("Capt. Kepling", "Hon. Peter Sylvester",
 * "Rev. Dr. Read", "Mr. and Mrs. Smith", "John Voisht, Esq."). Archival annotation (HIPE)
 * puts them inside the mention's span; they are never part of the person's name (the value).
 * Matching ignores case because OCR and old typesetting write "capt." and "hon." too.
 */
final class TitleGrammar {

    /**
     * Honorifics that announce a name: a capitalised word after one of these is a person
     * even when the statistical model missed it ("Mr. Bigelow", "Capt. Orne").
     */
    private static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "messrs", "mme", "mlle", "mm", "madam", "madame", "dr", "prof", "rev", "revd",
            "hon", "capt", "col", "gen", "lieut", "lt", "maj", "sgt", "cpl", "adm", "gov", "govr", "sen", "supt",
            "sir", "dame", "judge", "comrade", "captain", "colonel", "lieutenant", "sergeant", "ensign",
            "professor", "doctor", "senator", "governor", "bishop", "archbishop", "cardinal", "rabbi", "herr", "frau",
            "monsieur", "mons", "citizen", "messieurs");

    /** Nobility and royalty: before a capitalised word these announce a name even if it is an ordinary word ("Lord Coke"). */
    private static final Set<String> NOBILITY = Set.of(
            "king", "queen", "prince", "princess", "duke", "duchess", "count", "countess", "baron", "baroness",
            "earl", "marquis", "marquess", "viscount", "lord", "lady", "emperor", "empress", "czar", "tsar", "kaiser");

    /** Further ranks and offices that belong in the span when they stand right before a name. */
    private static final Set<String> RANKS = Set.of(
            "pope", "saint", "president", "vice-president", "general", "major", "admiral", "commodore", "commander",
            "corporal", "private", "marshal", "sheriff", "constable", "inspector", "warden", "mayor", "alderman",
            "deacon", "elder", "father", "brother", "sister", "abbe", "abbé", "chief", "justice",
            "secretary", "ambassador", "minister", "chancellor", "premier", "attorney", "solicitor", "representative",
            "congressman", "congresswoman", "assemblyman", "councilman", "commissioner", "superintendent",
            "policeman", "master", "leader", "chairman", "editor", "chaplain", "pastor", "speaker");

    /** Roles that signatures and lists put after the name and a comma ("W. G. Daughtry, Secretary."). */
    private static final Set<String> ROLES_AFTER = Set.of(
            "president", "chairman", "secretary", "treasurer", "clerk", "clk", "agent", "deputy", "auditor",
            "sheriff", "jailor", "jailer", "trustee", "cashier", "editor", "moderator", "attorney", "governor",
            "mayor", "speaker", "recorder", "register", "commissioner", "superintendent", "proprietor", "sec", "secy",
            "treas", "pres");

    /** Titles written abbreviated; only these may carry a period ("sister." ends a sentence, "Capt." does not). */
    private static final Set<String> ABBREVIATED = Set.of(
            "mr", "mrs", "ms", "messrs", "mme", "mlle", "mm", "dr", "prof", "rev", "revd", "hon", "capt", "col",
            "gen", "lieut", "lt", "maj", "sgt", "cpl", "adm", "gov", "govr", "sen", "supt", "mons",
            "esq", "esqs", "jr", "sr", "jun", "st", "pres", "insp", "sec", "secy", "treas", "clk");

    /** After the name: "Esq." is a courtesy, not a name; "Jr."/"Sr." are part of the name. */
    private static final Set<String> COURTESIES_AFTER = Set.of("esq", "esqs", "esquire");

    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "sen", "jun");

    boolean isHonorific(String word) {
        return HONORIFICS.contains(key(word));
    }

    boolean isTitle(String word) {
        String k = key(word);
        return HONORIFICS.contains(k) || NOBILITY.contains(k) || RANKS.contains(k);
    }

    boolean isNobility(String word) {
        return NOBILITY.contains(key(word));
    }

    boolean isCourtesyAfter(String word) {
        return COURTESIES_AFTER.contains(key(word));
    }

    boolean isGeneration(String word) {
        return GENERATIONS.contains(key(word));
    }

    /**
     * Where the span of a name starting at {@code nameStart} begins once the titles written
     * right before it are included: "Rev. Dr. |Read" → before "Rev.", "Mr. and Mrs. |Smith" →
     * before "Mr.". Titles must be separated from each other and the name by blanks only.
     */
    int titleStart(String text, int nameStart) {
        int start = nameStart;
        while (true) {
            Word prev = wordBefore(text, start);
            if (prev == null) {
                return start;
            }
            if (isTitle(prev.text(text))) {
                start = prev.start;
                continue;
            }
            if (prev.text(text).equalsIgnoreCase("and") && start < nameStart) {
                // "Mr. and Mrs. Smith": a pair of titles shares the name
                Word before = wordBefore(text, prev.start);
                if (before != null && isTitle(before.text(text))) {
                    start = before.start;
                    continue;
                }
            }
            return start;
        }
    }

    /**
     * Where the span of a name ending at {@code nameEnd} ends once an "Esq." or "Jr." after it is
     * included ("John Voisht, Esq."), or a role closing a signature ("W. G. Daughtry, Secretary.").
     */
    int courtesyEnd(String text, int nameEnd) {
        int i = nameEnd;
        boolean comma = i < text.length() && text.charAt(i) == ',';
        if (comma) {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || (comma && text.charAt(i) == '\n'))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i) {
            return nameEnd;
        }
        String word = text.substring(i, j);
        if (comma && ROLES_AFTER.contains(word.toLowerCase(Locale.ROOT)) && closesSignature(text, j)) {
            return j < text.length() && text.charAt(j) == '.' && ABBREVIATED.contains(word.toLowerCase(Locale.ROOT)) ? j + 1 : j;
        }
        if (!isCourtesyAfter(word) && !isGeneration(word)) {
            return nameEnd;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return nameEnd;
        }
        return j < text.length() && text.charAt(j) == '.' ? j + 1 : j;
    }

    /** A role closes a signature when the line, sentence or list item ends right after it. */
    private static boolean closesSignature(String text, int j) {
        return j >= text.length() || text.charAt(j) == '.' || text.charAt(j) == ',' || text.charAt(j) == '\n'
                || text.charAt(j) == ';';
    }

    /** The word (letters, inner hyphens, an optional final period) that ends right before {@code pos}, skipping blanks. */
    private static Word wordBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == pos && pos > 0) {
            return null; // no blank between: not a separate word
        }
        int end = i;
        if (i > 0 && text.charAt(i - 1) == '.') {
            i--;
        }
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        if (i == end || (i == end - 1 && text.charAt(i) == '.')) {
            return null;
        }
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return null;
        }
        return new Word(i, end);
    }

    private record Word(int start, int end) {
        String text(String s) {
            return s.substring(start, end);
        }
    }

    /** The lookup form of a word: lower case, without the period of an abbreviation; a period after a full word spoils it. */
    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith(".")) {
            return w;
        }
        String stem = w.substring(0, w.length() - 1);
        return ABBREVIATED.contains(stem) ? stem : w;
    }
}
