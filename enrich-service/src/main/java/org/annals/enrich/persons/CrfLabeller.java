package org.annals.enrich.persons;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Stanford CoreNLP's 3-class CRF (person, location, organisation), run sentence by sentence on
 * PTB tokens. No POS tagger, no SUTime, no fine-grained NER: the CRF needs none of them.
 *
 * <p>Thread-safe: the classifier's inference keeps its state per call (CoreNLP itself shares one
 * classifier between NER threads; PersonTaggerLoadTest checks concurrent calls), and we stop
 * the only shared mutable set ({@code knownLCWords}) from growing, which also keeps results
 * independent of what was tagged before.
 */
final class CrfLabeller {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Longer runs without a sentence end (lists of names, tables) are cut here; CRF cost is linear anyway. */
    private static final int MAX_SENTENCE_TOKENS = 150;

    /** Function words that open sentences; never names. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
            "in", "on", "at", "for", "but", "and", "or", "if", "when", "as", "after", "before", "with", "by", "from",
            "to", "of", "its", "his", "her", "their", "our", "my", "some", "all", "no", "not", "so", "then", "while",
            "although", "since", "because", "what", "which", "who", "how", "why", "where", "yes", "also", "however",
            "thus", "here", "now", "each", "every", "many", "most", "such", "both", "only", "even", "is", "was",
            "are", "were", "be", "do", "did", "does", "has", "had", "have", "will", "would", "should", "could",
            "may", "can", "one", "during", "under", "over", "until", "upon", "about", "against", "between");

    private static final String TOKENIZER_OPTIONS = "tokenizeNLs,invertible=false,untokenizable=noneKeep";

    private final CRFClassifier<CoreLabel> crf;
    private final TokenizerFactory<CoreLabel> tokenizers =
            PTBTokenizer.factory(new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);

    CrfLabeller() {
        Properties props = new Properties();
        props.setProperty("maxAdditionalKnownLCWords", "0");
        try {
            crf = CRFClassifier.getClassifier(MODEL, props);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the CoreNLP NER model " + MODEL
                    + " (is stanford-corenlp:models on the class path?)", e);
        }
    }

    /** Whether a lower-case word is an ordinary word of the CRF's training text (so capitalised it may just start a sentence). */
    boolean isOrdinaryWord(String lowerCase) {
        return crf.getKnownLCWords().contains(lowerCase);
    }

    LabelledTokens label(String text) {
        LabelledTokens out = new LabelledTokens();
        List<CoreLabel> sentence = new ArrayList<>();
        boolean lineJustEnded = false;
        Iterator<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(text));
        while (tokens.hasNext()) {
            CoreLabel token = tokens.next();
            if (PTBTokenizer.getNewlineToken().equals(token.word())) {
                if (lineJustEnded) {
                    flush(sentence, out); // a blank line ends a paragraph
                }
                lineJustEnded = true;
                continue;
            }
            lineJustEnded = false;
            sentence.add(token);
            if (endsSentence(token.word()) || sentence.size() >= MAX_SENTENCE_TOKENS) {
                flush(sentence, out);
            }
        }
        flush(sentence, out);
        return out;
    }

    private static boolean endsSentence(String word) {
        return word.equals(".") || word.equals("?") || word.equals("!");
    }

    private void flush(List<CoreLabel> sentence, LabelledTokens out) {
        if (sentence.isEmpty()) {
            return;
        }
        if (!worthClassifying(sentence)) {
            for (CoreLabel t : sentence) {
                out.add(t.beginPosition(), t.endPosition(), EntityLabel.O, 1.0);
            }
        } else {
            List<CoreLabel> labelled = crf.classifySentence(sentence);
            for (int i = 0; i < sentence.size(); i++) {
                CoreLabel source = sentence.get(i);
                CoreLabel result = labelled.get(i);
                Double p = result.get(CoreAnnotations.AnswerProbAnnotation.class);
                out.add(source.beginPosition(), source.endPosition(),
                        EntityLabel.of(result.get(CoreAnnotations.AnswerAnnotation.class)), p == null ? 1.0 : p);
            }
        }
        sentence.clear();
    }

    /**
     * Names are capitalised: a sentence holds none if no word is, or if the only capitalised word
     * is its first and a function word ("The", "It", "When"). Skipping those saves CRF time.
     */
    private static boolean worthClassifying(List<CoreLabel> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            String w = sentence.get(i).word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && (i > 0 || !SENTENCE_OPENERS.contains(w.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }
}
