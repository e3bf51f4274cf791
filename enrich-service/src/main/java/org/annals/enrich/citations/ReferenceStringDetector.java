package org.annals.enrich.citations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.events.Tag;

/**
 * Decides whether a whole line (or paragraph) is a bibliographic reference string — an entry of
 * a bibliography, a footnote — by weighing cues: an author list at its head, a year, pages,
 * volume/issue, container words, a place–publisher pair, a quoted title, a link. Lines that read
 * like prose (reporting verbs, money and percentages, many words) are held back.
 */
final class ReferenceStringDetector {

    static final int MAX_LENGTH = 1500;
    static final double THRESHOLD = 3.0;
    private static final int MIN_LENGTH = 15;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)");
    private static final Pattern PAREN_YEAR = Pattern.compile("\\((?:1[5-9]|20)\\d\\d[a-z]?\\)|\\(n\\.\\s?d\\.\\)");
    private static final Pattern PAGES = Pattern.compile(
            "\\bpp?\\.\\s?\\d|\\bpages?\\s\\d|\\b\\d+\\s?[-–—]\\s?\\d+\\b|\\bS\\.\\s\\d|\\b\\d+\\s?pp\\b");
    private static final Pattern VOLUME = Pattern.compile(
            "\\b[Vv]ols?\\.?\\s?\\d|\\b\\d+\\s?\\(\\d+(?:[-–]\\d+)?\\)|\\b\\d+\\s?:\\s?\\d+|\\b[Nn]o\\.\\s?\\d|\\b[Nn]r\\.?\\s\\d|\\b[Bb]d\\.\\s?\\d|\\bv\\.\\s?\\d|n°\\s?\\d");
    private static final Pattern CONTAINER = Pattern.compile(
            "\\b[Ii]n:?\\s+\\p{Lu}|\\bProc(?:eedings|\\.)|\\bJournal\\b|\\bJ\\.\\s|\\bPress\\b|\\bUniv(?:ersity|\\.)|\\b[Ee]ds?\\.|\\([Ee]ds?\\.?\\)|\\beditors?\\b"
                    + "|\\bPubl|\\bVerlag\\b|\\bTrans\\.|\\bConference\\b|\\bSymposium\\b|\\bWorkshop\\b|\\b[Rr]eport\\b|\\b[Tt]hesis\\b|\\b[Dd]issertation\\b"
                    + "|\\bRev\\.|\\bReview\\b|\\bLett\\.|\\bQuarterly\\b|\\bBulletin\\b|\\bMagazine\\b|\\bed\\.|\\bedn\\.|\\btrans\\.|\\bISBN\\b|\\bISSN\\b"
                    + "|\\b(?:Edited|Translated|Compiled|Illustrated) by\\b|\\bEditors?\\b|\\([Dd]ir\\.\\)|\\bDir\\.\\s\\p{Lu}|\\bPerf\\.|\\bPh\\.?\\s?D\\b|\\bdiss\\.|\\b[Pp]reprint\\b"
                    + "|\\bto appear\\b|\\bin (?:press|preparation)\\b|\\b[Aa]vailable (?:online|at|from)\\b|\\b[Aa]ccessed\\b|\\b[Rr]etrieved\\b"
                    + "|\\b[Tt]ech(?:nical|\\.)? [Rr]ep|\\b[Pp]ersonal communication\\b|\\b(?:\\d+(?:st|nd|rd|th)|[Rr]ev\\.|[Rr]evised) ed(?:n|ition)?\\b|\\bvols\\.|\\bunpublished\\b|\\bmanuscript\\b");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile(
            "\\p{Lu}[\\p{L}.]+(?:,? \\p{Lu}[\\p{L}.]*)?\\s?:\\s?\\p{Lu}[^,.:;]{1,60}[,.]\\s?(?:\\d{1,2}\\s)?(?:1[5-9]|20)\\d\\d");
    private static final Pattern QUOTED = Pattern.compile("[\"“«„][^\"”»“]{8,}[\"”»“]");
    /** A reference usually ends with its year, pages or a link, not with a word. */
    private static final Pattern ENDS_LIKE_REFERENCE = Pattern.compile("(?:\\d|\\b\\p{Lu}{2,}|/)[).\\]]{0,2}$");
    private static final Pattern PROSE = Pattern.compile(
            "\\b(?:said|says|told|asked|wrote|writes|according to|would|will|could|should|(?i:we|our|you|he|she|it|they|their|his|her)|has|have|had|been|was|were|is|are|did)\\b");
    /** "Emil Touma (1919–1985) was a …": life dates in a biography, not a reference. */
    private static final Pattern BIOGRAPHY = Pattern.compile("\\)\\s*,?\\s+(?:was|is|were|are|became|has|had)\\b|\\b(?:was|is) (?:an?|the)\\s");
    private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d|\\d\\s?%|\\d percent\\b|``|''");

    private final ReferenceParser parser = new ReferenceParser();

    Optional<Candidate> detect(CharSequence text, int start, int end) {
        int length = end - start;
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.empty();
        }
        CharSequence line = text.subSequence(start, end);
        boolean year = YEAR.matcher(line).find();
        boolean link = LinkFinder.mayHoldLink(line, 0, line.length()) && LinkFinder.matcher(line).find();
        if (!year && !link && !PAGES.matcher(line).find()) {
            return Optional.empty();
        }
        ParsedReference ref = parser.parse(text, start, end);
        double score = score(line, ref, year, link);
        if (score < THRESHOLD) {
            return Optional.empty();
        }
        double confidence = Math.min(0.99, 0.5 + score / 16);
        Tag.Citation citation = new Tag.Citation(ref.author(), ref.title(), ref.locator(), ref.url(), ref.year(),
                Boolean.FALSE);
        return Optional.of(new Candidate(start, end, confidence, citation));
    }

    /** Weighted evidence that {@code line} is a reference string; {@value #THRESHOLD} or more says yes. */
    double score(CharSequence line, ParsedReference ref, boolean year, boolean link) {
        double score = 0;
        if (ref.hasAuthor()) {
            score += ref.authorNames() >= 2 ? 2.5 : 2;
        } else if (ref.sameAuthorAsAbove()) {
            score += 2.5;
        } else {
            score -= 0.5; // title-first entries exist, but need more evidence than prose with a year in it
        }
        if (ref.hasAuthor() && ref.hasTitle() && !ref.leadingYear() && Character.isDigit(ref.title().charAt(0))) {
            score -= 1.5; // "Iceland Air Defense Force, 24 April 1952": a name and a date, no title
        }
        if (ref.hasAuthor() && ref.hasTitle() && Character.isLowerCase(ref.title().charAt(0))) {
            score -= 2; // "Poland, Hungary and the Czech Republic can …": a sentence goes on after a name, a title does not
        }
        if (ref.leadingYear()) {
            score += 1.5;
        }
        if (year) {
            score += 1;
        }
        if (link) {
            score += 1.5;
        }
        if (ENDS_LIKE_REFERENCE.matcher(line).find()) {
            score += 0.5;
        }
        if (ReferenceParser.CITATION_NUMBER.matcher(line).lookingAt()) {
            score += 1;
        }
        score -= count(PROSE, line);
        if (BIOGRAPHY.matcher(line).find()) {
            score -= 2;
        }
        if (MONEY.matcher(line).find()) {
            score -= 1.5;
        }
        if (countWords(line) > 90) {
            score -= 2;
        }
        // The costlier cues last, each only while it can still change the decision.
        for (Cue cue : CUES) {
            if (score >= THRESHOLD + 1 || score + cue.remaining < THRESHOLD) {
                break;
            }
            if (cue.pattern.matcher(line).find()) {
                score += cue.weight;
            }
        }
        return score;
    }

    /** A cue, its weight, and the weight of it and all cues after it. */
    private record Cue(Pattern pattern, double weight, double remaining) {
    }

    private static final List<Cue> CUES = List.of(
            new Cue(PAGES, 1, 5),
            new Cue(VOLUME, 1, 4),
            new Cue(CONTAINER, 1, 3),
            new Cue(PLACE_PUBLISHER, 1, 2),
            new Cue(QUOTED, 0.5, 1),
            new Cue(PAREN_YEAR, 0.5, 0.5));

    private static int count(Pattern p, CharSequence s) {
        int n = 0;
        var m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int countWords(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
