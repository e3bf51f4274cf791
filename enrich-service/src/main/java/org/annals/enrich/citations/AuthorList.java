package org.annals.enrich.citations;

/**
 * The author (or editor) list at the head of a reference: {@code [start, end)} in the text,
 * how many names it holds, the shape of its first name, and whether a comma (rather than a
 * period or a year) follows it, which tells the title parser what ends the title.
 */
record AuthorList(int start, int end, int names, NameForm firstForm, boolean commaFollows) {
}
