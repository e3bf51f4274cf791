package org.annals.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Turns a text into the files archivists upload: HTML pages, plain text, typeset PDFs, Word
 * documents, and scanned pages (PNG, TIFF, image-only PDF). Paragraphs are separated by blank
 * lines; line breaks inside a paragraph are treated as spaces.
 */
public final class Corpus {

    /**
     * An archival finding-aid style text with the things the enrichment stage tags: dates in
     * several forms, a person named in full and then by surname, and a parenthetical citation.
     * ASCII punctuation only, so OCR output can be compared character by character.
     */
    public static final String ARCHIVAL_TEXT = """
            The folder described here holds the correspondence of the Petrograd district \
            committee for the years 1919 to 1922. Most of the letters are carbon copies on thin \
            paper; a few are handwritten drafts with corrections in pencil. The clerk who kept \
            the register numbered every item and noted the date of receipt in the margin.

            The earliest substantial letter is dated September, 1920. It reports a dispute over \
            the allocation of paper and ink to the local reading rooms and asks the committee to \
            settle the matter before the winter. A second hand has added that the request was \
            discussed and deferred.

            On 16 March 1921 Alexandra Kollontai addressed the district meeting on the position \
            of working women in the trade unions. The secretary summarised her speech in two \
            pages. Kollontai argued that the unions should keep their own elected bodies, and \
            she quoted a recent pamphlet (Lenin, The Party Crisis) to show how sharp the \
            disagreement had become.

            Later items are shorter and more routine: lists of delegates, receipts for printed \
            material and requests for travel permits. Several refer back to the March meeting, \
            but none records a vote on the questions it raised.

            Historians of the 1920s have used this folder to trace how local committees handled \
            the debates of the period. The paper is brittle at the edges and the ink on pages 14 \
            and 15 has faded; readers are asked to use the digital copies wherever possible.
            """;

    private static final float PDF_FONT_SIZE = 12f;
    private static final float PDF_LEADING = 14.5f;
    private static final float PDF_MARGIN = 72f;

    private Corpus() {
    }

    /** The paragraphs of {@code text}: split on blank lines, inner whitespace collapsed. */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\n\\s*\\n"))
                .map(TextMetrics::normaliseWhitespace)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    /** A UTF-8 HTML page; the title goes only into {@code <title>}, the body is the text. */
    public static byte[] html(String title, String text) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n</head>\n<body>\n");
        for (String paragraph : paragraphs(text)) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] plainText(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A typeset PDF with a text layer: US Letter, Times-Roman 12 pt (a Standard 14 font, so only
     * WinAnsi characters), word-wrapped across as many pages as needed.
     */
    public static byte[] pdf(String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDRectangle pageSize = PDRectangle.LETTER;
        float width = pageSize.getWidth() - 2 * PDF_MARGIN;
        int linesPerPage = (int) ((pageSize.getHeight() - 2 * PDF_MARGIN) / PDF_LEADING);
        try (PDDocument document = new PDDocument()) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs(text)) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.addAll(wrap(paragraph, font, width));
            }
            for (int start = 0; start < Math.max(1, lines.size()); start += linesPerPage) {
                PDPage page = new PDPage(pageSize);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, PDF_FONT_SIZE);
                    content.setLeading(PDF_LEADING);
                    content.newLineAtOffset(PDF_MARGIN, pageSize.getHeight() - PDF_MARGIN - PDF_FONT_SIZE);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + linesPerPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document (OOXML), one paragraph per paragraph of the text. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs(text)) {
                XWPFRun run = document.createParagraph().createRun();
                run.setFontFamily("Times New Roman");
                run.setFontSize(12);
                run.setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page scanned at 300 dpi as a greyscale PNG (2550 x 3300 px).
     *
     * @throws IllegalArgumentException if the text needs more than one page; use
     *     {@link #scanTiff} or {@link #imagePdf} for longer texts
     */
    public static byte[] scanPng(String text, ScanOptions options) {
        List<BufferedImage> pages = ScannedPages.render(text, options);
        if (pages.size() > 1) {
            throw new IllegalArgumentException("Text needs " + pages.size() + " pages; a PNG holds one. Use scanTiff or imagePdf.");
        }
        return ScannedPages.png(pages.get(0));
    }

    /** Pages scanned at 300 dpi as one multi-page greyscale TIFF. */
    public static byte[] scanTiff(String text, ScanOptions options) {
        return ScannedPages.tiff(ScannedPages.render(text, options));
    }

    /** A clean scan as a PDF: each page only an image, no text layer, as from a scanner. */
    public static byte[] imagePdf(String text) {
        return imagePdf(text, ScanOptions.CLEAN);
    }

    public static byte[] imagePdf(String text, ScanOptions options) {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage image : ScannedPages.render(text, options)) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                PDImageXObject scan = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(scan, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String paragraph, PDType1Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * PDF_FONT_SIZE > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
