package org.annals.enrich.persons;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejoins words that OCR or typesetting broke at a line end: "Alexan¬ der", "Alexan¬\nder",
 * "Alexan-\nder", "Alexan- der". The name finder only recognises whole words, so it runs on
 * the joined copy; the offset map lets the tag still cover the original characters.
 */
final class LineBreakJoiner {

    /*
     * The not sign (¬) is the hyphen of digitised newspapers: it always means "word goes on".
     * A plain hyphen means that only when a line break or a gap follows it and the rest of the
     * word starts in lower case; before a capital ("Lombard-\nRebian") the hyphen is real, so only
     * the break is dropped.
     */
    private static final Pattern BREAK = Pattern.compile(
            "(?<=\\p{L})(?:(¬|\u00AD)[ \\t]*(?:\\r?\\n)?[ \\t]*(?=\\p{L})"
                    + "|(-)(?:[ \\t]*\\r?\\n[ \\t]*|[ \\t]+)(?=\\p{Ll})"
                    + "|(-)([ \\t]*\\r?\\n[ \\t]*)(?=\\p{Lu}))");

    NormalisedText join(String original) {
        Matcher m = BREAK.matcher(original);
        if (!m.find()) {
            return NormalisedText.identity(original);
        }
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int from = 0;
        do {
            copy(original, from, m.start(), out, origin);
            if (m.group(3) != null) {
                // a real hyphen before a capital: keep it, drop the line break
                append(out, origin, '-', m.start(3));
            }
            from = m.end();
        } while (m.find());
        copy(original, from, original.length(), out, origin);
        origin[out.length()] = original.length();
        int[] trimmed = new int[out.length() + 1];
        System.arraycopy(origin, 0, trimmed, 0, trimmed.length);
        return new NormalisedText(out.toString(), trimmed);
    }

    private static void copy(String src, int from, int to, StringBuilder out, int[] origin) {
        for (int i = from; i < to; i++) {
            append(out, origin, src.charAt(i), i);
        }
    }

    private static void append(StringBuilder out, int[] origin, char c, int originalIndex) {
        origin[out.length()] = originalIndex;
        out.append(c);
    }
}
