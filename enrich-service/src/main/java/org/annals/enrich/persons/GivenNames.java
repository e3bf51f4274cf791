package org.annals.enrich.persons;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * First names: the list CoreNLP ships for its coreference system (US census first names, in the
 * models jar we already depend on), plus the abbreviations of old registers ("Wm.", "Jas.", "Benj.").
 */
final class GivenNames {

    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private static final Set<String> ABBREVIATIONS = Set.of(
            "wm", "jas", "jos", "chas", "thos", "geo", "benj", "saml", "robt", "richd", "edw", "danl", "jno", "alex",
            "fred", "hy", "nathl", "jona", "abm", "theo", "ed", "wd", "jere", "isr", "zach", "eliz", "margt", "cath");

    private final Set<String> names;

    GivenNames() {
        names = new HashSet<>();
        try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " (stanford-corenlp:models)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    names.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Flora", "Wm." */
    boolean isGivenName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            return ABBREVIATIONS.contains(w.substring(0, w.length() - 1));
        }
        return names.contains(w) || ABBREVIATIONS.contains(w);
    }
}
