/**
 * The DATE tagger of the enrich service: rules over regular expressions and {@code java.time}.
 *
 * <p>How values are written (EDTF, DESIGN §3):
 * <ul>
 *   <li>calendar dates at their precision: {@code 1921}, {@code 1921-03}, {@code 1921-03-16};
 *       a month and day with no year anywhere in reach stay without value;</li>
 *   <li>ranges as intervals: {@code 1919/1922}, {@code 1921-05-03/1921-05-05}, {@code 1920-05/1920-06};
 *       weeks as Monday–Sunday intervals, weekends as Saturday–Sunday;</li>
 *   <li>decades and centuries with unspecified digits: {@code 192X}, {@code 18XX} (the 19th century);</li>
 *   <li>seasons with the EDTF codes 21–24 ({@code 1921-21} spring 1921) and quarters with the
 *       EDTF level-2 codes 33–36 ({@code 1989-35} the third quarter), as the evaluation expects;</li>
 *   <li>parts ("early 1921", "mid-1920", "late-November", "the end of 1920") keep the value of the whole
 *       period: EDTF cannot say "early", and the whole period is true, only less precise;</li>
 *   <li>"circa 1920", "about 1920" are approximate: {@code 1920~};</li>
 *   <li>relative expressions ("yesterday", "last March", "two years ago", "Friday") are resolved
 *       against the reference date; without one they are tagged without value, except "today"
 *       and "now", which then are no date at all ("now" in a dated document is that date). Anaphoric ones ("the following year", "two years later")
 *       count from the date the text last mentioned.</li>
 * </ul>
 * Vague words ("recently", "the future", "once", "now" without a reference date) are not tagged.
 */
package org.annals.enrich.dates;
