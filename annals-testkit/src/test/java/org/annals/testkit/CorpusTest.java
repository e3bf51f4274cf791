package org.annals.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class CorpusTest {

    private static final String TEXT = Corpus.ARCHIVAL_TEXT;
    private static final String LONG_TEXT = String.join("\n\n", TEXT, TEXT, TEXT, TEXT);

    @Test
    void archivalTextHasWhatTheTaggersLookFor() {
        assertThat(Corpus.paragraphs(TEXT)).hasSizeBetween(4, 5);
        assertThat(TEXT.split("\\s+").length).isBetween(220, 320);
        assertThat(TEXT).contains("16 March 1921", "September, 1920", "the 1920s", "Alexandra Kollontai",
                " Kollontai argued", "(Lenin, The Party Crisis)");
        assertThat(TEXT.chars().allMatch(c -> c < 128)).as("ASCII only").isTrue();
    }

    @Test
    void htmlHasOneEscapedParagraphPerParagraph() {
        String html = new String(Corpus.html("Minutes <draft> & notes", "Tom & \"Jerry\"\n<b>\n\nSecond"), StandardCharsets.UTF_8);
        assertThat(html).contains("<meta charset=\"utf-8\">")
                .contains("<title>Minutes &lt;draft&gt; &amp; notes</title>")
                .contains("<p>Tom &amp; &quot;Jerry&quot; &lt;b&gt;</p>\n<p>Second</p>");
        String archival = new String(Corpus.html("Folder 7", TEXT), StandardCharsets.UTF_8);
        assertThat(archival.split("<p>", -1)).hasSize(Corpus.paragraphs(TEXT).size() + 1);
    }

    @Test
    void plainTextIsTheTextInUtf8() {
        assertThat(new String(Corpus.plainText("Kollontai, 1921 \u2013 Petrograd"), StandardCharsets.UTF_8))
                .isEqualTo("Kollontai, 1921 \u2013 Petrograd");
    }

    @Test
    void pdfHasATextLayerWithTheText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Corpus.pdf(TEXT))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(TextMetrics.normaliseWhitespace(new PDFTextStripper().getText(pdf)))
                    .isEqualTo(TextMetrics.normaliseWhitespace(TEXT));
        }
    }

    @Test
    void longPdfWrapsOntoFurtherPages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Corpus.pdf(LONG_TEXT))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(TextMetrics.normaliseWhitespace(new PDFTextStripper().getText(pdf)))
                    .isEqualTo(TextMetrics.normaliseWhitespace(LONG_TEXT));
        }
    }

    @Test
    void docxReopensWithOneParagraphEach() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Corpus.docx(TEXT)))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).isEqualTo(Corpus.paragraphs(TEXT));
        }
    }

    @Test
    void pngIsAGreyLetterPageAt300Dpi() throws IOException {
        byte[] png = Corpus.scanPng(TEXT, ScanOptions.CLEAN);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(2550);
        assertThat(image.getHeight()).isEqualTo(3300);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(darkPixels(image)).as("ink on the page").isGreaterThan(10_000);
        assertThat(dotsPerInch(png, 0)).isCloseTo(300, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void tiffHoldsEveryPageAt300Dpi() throws IOException {
        byte[] tiff = Corpus.scanTiff(LONG_TEXT, ScanOptions.CLEAN);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getFormatName()).isEqualToIgnoringCase("tif");
            assertThat(reader.getNumImages(true)).isGreaterThan(1);
            BufferedImage first = reader.read(0);
            assertThat(first.getWidth()).isEqualTo(2550);
            assertThat(first.getHeight()).isEqualTo(3300);
            assertThat(darkPixels(first)).isGreaterThan(10_000);
        }
        assertThat(dotsPerInch(tiff, 0)).isCloseTo(300, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void scanOptionsAreDeterministicAndChangeThePage() throws IOException {
        ScanOptions rough = new ScanOptions(1.5, 0.01, 42);
        byte[] once = Corpus.scanPng(TEXT, rough);
        assertThat(Corpus.scanPng(TEXT, rough)).isEqualTo(once);
        BufferedImage clean = ImageIO.read(new ByteArrayInputStream(Corpus.scanPng(TEXT, ScanOptions.CLEAN)));
        BufferedImage noisy = ImageIO.read(new ByteArrayInputStream(once));
        assertThat(darkPixels(noisy)).isGreaterThan(darkPixels(clean) + 30_000);
    }

    @Test
    void pngRefusesTextLongerThanAPage() {
        assertThatThrownBy(() -> Corpus.scanPng(LONG_TEXT, ScanOptions.CLEAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scanTiff");
    }

    @Test
    void imagePdfHasPagesButNoText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Corpus.imagePdf(TEXT))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).hasSize(1);
            assertThat(new PDFTextStripper().getText(pdf)).isBlank();
        }
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRaster().getSample(x, y, 0) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static double dotsPerInch(byte[] image, int index) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(index)
                    .getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            IIOMetadataNode size = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
            return 25.4 / Double.parseDouble(size.getAttribute("value"));
        }
    }
}
