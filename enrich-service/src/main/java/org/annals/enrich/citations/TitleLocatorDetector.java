package org.annals.enrich.citations;

import java.util.List;
import java.util.regex.Matcher;
import org.annals.events.Tag;

/**
 * A work named with a place inside it: "CAPITAL Volume II, chapter 18, page 358", "Capital, vol. 1, p. 23".
 * A locator alone ("page 358", "Chapter 11") is not enough; the title right before it must be in capitals
 * or capitalised, and the chain must have two parts unless the title is in capitals.
 */
final class TitleLocatorDetector implements InlineDetector {

    private static final int MAX_TITLE_WORDS = 8;

    @Override
    public void detect(CharSequence text, int start, int end, List<Candidate> out) {
        Matcher chain = Locators.CHAIN.matcher(text).region(start, end);
        while (chain.find()) {
            int parts = Locators.parts(chain.group());
            int titleEnd = chain.start();
            while (titleEnd > start && (text.charAt(titleEnd - 1) == ' ' || text.charAt(titleEnd - 1) == ',')) {
                titleEnd--;
            }
            int titleStart = titleStart(text, start, titleEnd);
            if (titleStart < 0) {
                continue;
            }
            String title = text.subSequence(titleStart, titleEnd).toString();
            boolean capitals = title.equals(title.toUpperCase()) && title.chars().filter(Character::isLetter).count() >= 3;
            if (parts < 2 && !capitals) {
                continue;
            }
            out.add(new Candidate(titleStart, chain.end(), capitals ? 0.8 : 0.65,
                    new Tag.Citation(null, title, chain.group(), null, null, Boolean.FALSE)));
        }
    }

    /** Start of the capitalised words ending at {@code end} (not a sentence's first word alone), or -1. */
    private static int titleStart(CharSequence text, int lineStart, int end) {
        int first = -1;
        int words = 0;
        int i = end;
        while (i > lineStart && words < MAX_TITLE_WORDS) {
            int w = i;
            while (w > lineStart && !Character.isWhitespace(text.charAt(w - 1))) {
                w--;
            }
            if (w == i) {
                break;
            }
            String word = text.subSequence(w, i).toString();
            boolean joiner = words > 0 && (word.equals("of") || word.equals("the") || word.equals("and"));
            if (!joiner && !(Character.isUpperCase(word.charAt(0)) && word.matches("[\\p{L}'’-]+"))) {
                break;
            }
            if (!joiner) {
                first = w;
            }
            words++;
            i = w - 1;
        }
        if (first < 0) {
            return -1;
        }
        // a single capitalised word opening a sentence is no title ("In chapter 3, page 5 …")
        int before = first - 1;
        while (before >= lineStart && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        boolean opensSentence = before < lineStart || ".!?".indexOf(text.charAt(before)) >= 0;
        String firstWord = text.subSequence(first, end).toString();
        if (opensSentence && !firstWord.contains(" ") && !firstWord.equals(firstWord.toUpperCase())) {
            return -1;
        }
        return first;
    }
}
