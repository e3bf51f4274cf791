package org.annals.enrich.citations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names inside running text, for the inline detectors: one name of any shape
 * ("Lenin", "Alexandra Kollontai", "Marx"), or a short list joined by commas and "and".
 */
final class PersonNames {

    private static final Pattern JOIN = Pattern.compile(",\\s+(?:and\\s+)?|\\s+(?:and|&)\\s+|\\s*&\\s*");
    private static final Pattern ET_AL = Pattern.compile(",?\\s+et\\s+al\\.?");
    private static final int MAX_NAMES = 8;

    private PersonNames() {
    }

    /** End of the longest name starting at {@code pos}, or -1. */
    static int nameEnd(CharSequence text, int pos, int limit) {
        if (pos >= limit || !Character.isUpperCase(text.charAt(pos)) && !Character.isLowerCase(text.charAt(pos))) {
            return -1;
        }
        int best = -1;
        for (NameForm form : NameForm.values()) {
            Matcher m = form.inText.matcher(text).region(pos, limit);
            if (m.lookingAt() && m.end() > best && NameWords.plausibleName(text, pos, m.end())) {
                best = m.end();
            }
        }
        return best;
    }

    /** End of a list of names ("Marx and Engels", "Smith, Jones and Brown", "Smith et al.") at {@code pos}, or -1. */
    static int listEnd(CharSequence text, int pos, int limit) {
        int end = nameEnd(text, pos, limit);
        if (end < 0) {
            return -1;
        }
        Matcher join = JOIN.matcher(text);
        for (int n = 1; n < MAX_NAMES; n++) {
            Matcher etAl = ET_AL.matcher(text).region(end, limit);
            if (etAl.lookingAt()) {
                return etAl.end();
            }
            join.region(end, limit);
            if (!join.lookingAt()) {
                break;
            }
            int next = nameEnd(text, join.end(), limit);
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end;
    }
}
