package org.annals.enrich.citations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Places inside a work: "Volume II, chapter 18, page 358", "vol. 3, p. 12", "§ 4", "pp. 35-50". */
final class Locators {

    private static final String PART = "(?:[Vv]olume|[Vv]ol\\.|[Bb]ook|[Pp]art|[Cc]hapter|[Cc]h\\.|[Cc]hap\\.|[Ss]ection|[Ss]ect?\\.|§|"
            + "[Pp]ages?|pp?\\.|[Ll]ines?|ll?\\.|[Vv]erses?|[Aa]rticle|[Aa]rt\\.|[Pp]aragraph|[Pp]ara\\.|[Ff]ol\\.|[Ff]olio)"
            + "\\s?(?:[\\dIVXLCivxlc]{1,7}+[a-z]?(?:\\s?[-–]\\s?\\d{1,5}+)?)(?![\\p{L}\\d])";
    private static final Pattern ONE = Pattern.compile(PART);
    /** One or more locator parts separated by commas or spaces. */
    static final Pattern CHAIN = Pattern.compile(PART + "(?:,?\\s" + PART + "){0,5}+");

    private Locators() {
    }

    /** How many parts a matched chain holds. */
    static int parts(CharSequence chain) {
        int n = 0;
        Matcher m = ONE.matcher(chain);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
