package org.annals.enrich.citations;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of personal names from a given position: "Romero, C., Paunesku, D., &amp; Dweck, C.",
 * "D. Georgakopoulos, M. Rusinkiewicz, and A. Sheth", "Pérez-Higueras JJ, Arias A".
 * Later names must share the shape of the first (or follow "and"), so "H. Fischer, Centre Pompidou"
 * stops after the first name.
 */
final class AuthorListParser {

    /** Between two names: ", ", "; ", ", and ", " & ", ", ... ", or only a space after initials ("Bedford, H. Petticrew, M."). */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[,;]++\\s*(?:(?:and|&|und|et|y)\\s+|(?:\\.\\.\\.|…)\\s*)?\\*?|\\s+(?:and|und|et|y|e)\\s+|\\s*&\\s*|(?<=\\.)\\s+");
    /** A role after a name: "(Eds.)", "(Producers)", "(Director)". */
    private static final Pattern ROLE = Pattern.compile("\\s*\\*?\\s*\\(\\p{L}{2,12}\\.?\\)|\\s?\\*");
    private static final Pattern ET_AL = Pattern.compile(",?\\s+(?:et\\.?\\s+al\\.?|and\\s+others|u\\.\\s?a\\.)");
    private static final Pattern EDITOR_MARK = Pattern.compile(
            ",?\\s*(?:\\((?:[Ee]ds?|[Hh]rsg|[Cc]omps?|[Ee]ditors?)\\.?\\)|(?:[Ee]ds?\\.|[Ee]ditors?\\b|[Hh]rsg\\.))");
    private static final Pattern YEAR_AHEAD = Pattern.compile("[\\s,.]*\\(?(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\b");
    /** "Homer. The Iliad …": a one-word author closed by a period, then a capitalised title. */
    private static final Pattern SENTENCE_AHEAD = Pattern.compile("\\.\\s+[\"“«]?\\p{Lu}");
    private static final int MAX_NAMES = 60;

    Optional<AuthorList> parse(CharSequence text, int from, int limit) {
        int pos = from;
        int names = 0;
        int end = from;
        NameForm first = null;
        boolean afterAnd = false;
        boolean semicolon = false;
        boolean onlySurnames = true;
        boolean etAl = false;
        int endBeforeLast = from;
        boolean lastAfterComma = false;
        Matcher sep = SEPARATOR.matcher(text).region(from, limit);
        while (names < MAX_NAMES) {
            NameMatch m = matchName(text, pos, limit, first, afterAnd, names == 0 || semicolon);
            if (m == null) {
                break;
            }
            if (first == null) {
                first = m.form;
            }
            onlySurnames &= m.form == NameForm.SURNAME_ONLY;
            endBeforeLast = end;
            lastAfterComma = names > 0 && !afterAnd;
            names++;
            end = m.end;
            Matcher role = ROLE.matcher(text).region(end, limit);
            if (role.lookingAt()) {
                end = role.end();
            }
            Matcher etal = ET_AL.matcher(text).region(end, limit);
            if (etal.lookingAt()) {
                end = etal.end();
                etAl = true;
                break;
            }
            sep.region(end, limit);
            if (!sep.lookingAt() || sep.end() == end) {
                break;
            }
            String s = sep.group();
            semicolon = s.contains(";");
            afterAnd = semicolon || s.contains("and") || s.contains("&") || s.trim().matches("(?:,\\s*)?(?:und|et|y|e)");
            pos = sep.end();
        }
        if (names == 0) {
            return Optional.empty();
        }
        // "Benedict Anderson, Imagined Communities (1991)": in given-name-first lists the last author comes
        // after "and"; a last "name" after a bare comma and not closing the list with a period is a title.
        if (names >= 2 && first == NameForm.GIVEN_SURNAME && lastAfterComma && !etAl && !followedByPeriod(text, end, limit)) {
            names--;
            end = endBeforeLast;
        }
        Matcher ed = EDITOR_MARK.matcher(text).region(end, limit);
        if (ed.lookingAt()) {
            end = ed.end();
        }
        // Bare surnames ("Marx and Engels", "ANQUETIN, FREYERMUTH") only count when a year or "et al."
        // confirms them, or a lone one closes with a period before a title.
        if (onlySurnames && !etAl && !YEAR_AHEAD.matcher(text).region(end, limit).lookingAt()
                && !(names == 1 && SENTENCE_AHEAD.matcher(text).region(end, limit).lookingAt())) {
            return Optional.empty();
        }
        int k = end;
        while (k < limit && text.charAt(k) == ' ') {
            k++;
        }
        boolean comma = k < limit && text.charAt(k) == ',';
        return Optional.of(new AuthorList(from, end, names, first, comma));
    }

    private static boolean followedByPeriod(CharSequence text, int end, int limit) {
        return end < limit && text.charAt(end) == '.' || end > 0 && text.charAt(end - 1) == '.';
    }

    private record NameMatch(NameForm form, int end) {
    }

    /** The longest name of an allowed shape at {@code pos}. */
    private static NameMatch matchName(CharSequence text, int pos, int limit, NameForm first, boolean afterAnd, boolean isFirst) {
        NameMatch best = null;
        for (NameForm form : NameForm.values()) {
            if (!allowed(first, form, afterAnd, isFirst)) {
                continue;
            }
            Matcher m = form.pattern.matcher(text).region(pos, limit);
            if (m.lookingAt() && (best == null || m.end() > best.end) && NameWords.plausibleName(text, pos, m.end())) {
                best = new NameMatch(form, m.end());
            }
        }
        return best;
    }

    /** Which name shapes may follow the first one in the same list (after a semicolon, any). */
    private static boolean allowed(NameForm first, NameForm next, boolean afterAnd, boolean isFirst) {
        if (isFirst) {
            return true;
        }
        return switch (first) {
            case SURNAME_INITIALS, SURNAME_GIVEN, CAPITALS_GIVEN -> next == NameForm.SURNAME_INITIALS
                    || next == NameForm.INITIALS_SURNAME || next == NameForm.SURNAME_BARE_INITIALS
                    || (afterAnd && (next == NameForm.GIVEN_SURNAME || next == NameForm.SURNAME_GIVEN || next == NameForm.CAPITALS_GIVEN));
            case INITIALS_SURNAME -> next == NameForm.INITIALS_SURNAME || (afterAnd && next == NameForm.GIVEN_SURNAME);
            case GIVEN_SURNAME -> next == NameForm.GIVEN_SURNAME || next == NameForm.INITIALS_SURNAME;
            case SURNAME_BARE_INITIALS -> next == NameForm.SURNAME_BARE_INITIALS;
            case SURNAME_ONLY -> next == NameForm.SURNAME_ONLY;
        };
    }
}
