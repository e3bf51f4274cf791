package org.annals.enrich.dates;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of the grammar, the words a match can start with, and how to read the match.
 * A reading may return null to turn the match down when its context shows it is not a date
 * ("page 1921").
 *
 * @param starters lower-case first words of a match; {@link #DIGIT} stands for any number
 */
record DateRule(String name, Pattern pattern, Set<String> starters, Reading reading, double confidence) {

    /** The starter that stands for a token of digits. */
    static final String DIGIT = "#";

    @FunctionalInterface
    interface Reading {
        DateExpression read(Matcher match, CharSequence text);
    }

    static DateRule of(String name, double confidence, Set<String> starters, String regex, Reading reading) {
        return new DateRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), starters, reading, confidence);
    }
}
