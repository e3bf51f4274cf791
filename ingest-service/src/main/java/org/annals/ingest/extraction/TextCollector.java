package org.annals.ingest.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the plain text of a parse, up to a limit. Tesseract runs with hOCR output so
 * that each recognised word arrives with its confidence ({@code x_wconf}); inside an
 * {@code ocr_page} only the words are taken, joined by spaces, with line and paragraph
 * breaks from the hOCR structure. Everything else is Tika's ordinary XHTML text.
 */
final class TextCollector extends DefaultHandler {

    private static final Pattern WORD_CONFIDENCE = Pattern.compile("x_wconf\\s+(\\d+)");

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private final int maxOcrPages;
    private int ocrDepth; // > 0 while inside an hOCR page
    private boolean inWord;
    private int ocrPages;
    private long ocrWords;
    private double confidenceSum;

    TextCollector(int maxChars, int maxOcrPages) {
        this.maxChars = maxChars;
        this.maxOcrPages = maxOcrPages;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String cls = atts.getValue("class");
        if ("ocr_page".equals(cls)) {
            if (ocrPages >= maxOcrPages) {
                throw new OcrPageLimitException(maxOcrPages);
            }
            ocrPages++;
            separate("\n\n");
        }
        if (ocrDepth > 0 || "ocr_page".equals(cls)) {
            ocrDepth++;
        }
        if ("ocrx_word".equals(cls)) {
            inWord = true;
            separate(" ");
            Matcher m = WORD_CONFIDENCE.matcher(String.valueOf(atts.getValue("title")));
            if (m.find()) {
                ocrWords++;
                confidenceSum += Integer.parseInt(m.group(1));
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (ocrDepth > 0) {
            ocrDepth--;
        }
        if (inWord) {
            inWord = false;
            return;
        }
        if (ocrDepth > 0) {
            // hOCR structure: a line ends in a newline, a paragraph (or block) in a blank line
            String tag = localName.isEmpty() ? qName : localName;
            if ("span".equals(tag)) {
                separate("\n");
            } else if ("p".equals(tag) || "div".equals(tag)) {
                separate("\n\n");
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (ocrDepth > 0 && !inWord) {
            return; // layout whitespace of the hOCR document
        }
        append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (ocrDepth == 0) {
            append(ch, start, length);
        }
    }

    private void append(char[] ch, int start, int length) throws SAXException {
        if (text.length() + length > maxChars) {
            throw new TextLimitException(maxChars);
        }
        text.append(ch, start, length);
    }

    /** Ensures the text ends with the given separator (or a stronger one) unless it is empty. */
    private void separate(String separator) {
        if (text.isEmpty()) {
            return;
        }
        char last = text.charAt(text.length() - 1);
        if (separator.equals(" ")) {
            if (!Character.isWhitespace(last)) {
                text.append(' ');
            }
            return;
        }
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        if (separator.equals("\n")) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        } else if (!text.isEmpty()) {
            boolean oneNewline = text.charAt(text.length() - 1) == '\n';
            boolean twoNewlines = oneNewline && text.length() > 1 && text.charAt(text.length() - 2) == '\n';
            if (!twoNewlines) {
                text.append(oneNewline ? "\n" : "\n\n");
            }
        }
    }

    String text() {
        return text.toString();
    }

    int ocrPages() {
        return ocrPages;
    }

    /** Mean word confidence on Tesseract's 0–100 scale, or null when no word was recognised. */
    Double meanConfidence() {
        return ocrWords == 0 ? null : Math.round(confidenceSum / ocrWords * 10) / 10.0;
    }

    /** The text grew past the configured limit. */
    static final class TextLimitException extends SAXException {
        final int limit;

        TextLimitException(int limit) {
            super("Extracted text exceeds " + limit + " characters");
            this.limit = limit;
        }
    }

    /** More pages needed OCR than the configured limit allows. */
    static final class OcrPageLimitException extends SAXException {
        final int limit;

        OcrPageLimitException(int limit) {
            super("More than " + limit + " pages need OCR");
            this.limit = limit;
        }
    }
}
