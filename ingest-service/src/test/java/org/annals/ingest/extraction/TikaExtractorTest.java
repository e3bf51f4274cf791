package org.annals.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.annals.testkit.Corpus;
import org.annals.testkit.ScanOptions;
import org.annals.testkit.Tesseract;
import org.annals.testkit.TextMetrics;
import org.annals.ingest.BrokenSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Tika and real Tesseract on sources the test kit generates; no broker involved. */
class TikaExtractorTest {

    private static final String TEXT = Corpus.ARCHIVAL_TEXT;
    private static TikaExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTika() {
        Tesseract.assumeInstalled();
        ExtractionSettings settings = ExtractionSettings.DEFAULTS;
        extractor = new TikaExtractor(settings, OcrEngine.detect(settings));
    }

    @Test
    void bornDigitalFormatsGiveTheirTextExactly() throws IOException {
        record Case(String file, byte[] bytes, String mediaType) { }
        for (Case c : new Case[] {
                new Case("letter.html", Corpus.html("A letter", TEXT), "text/html"),
                new Case("letter.pdf", Corpus.pdf(TEXT), "application/pdf"),
                new Case("letter.docx", Corpus.docx(TEXT),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                new Case("letter.txt", Corpus.plainText(TEXT), "text/plain")}) {
            Extraction.Extracted x = extracted(c.file(), c.bytes());

            assertThat(x.mediaType()).as(c.file()).isEqualTo(c.mediaType());
            assertThat(TextMetrics.normaliseWhitespace(x.text())).as(c.file())
                    .isEqualTo(TextMetrics.normaliseWhitespace(TEXT));
            assertThat(x.ocr().used()).as(c.file()).isFalse();
            assertThat(x.language()).as(c.file()).isEqualTo("en");
        }
    }

    @Test
    void aCleanScanIsReadByOcrWithItsConfidence() throws IOException {
        Extraction.Extracted x = extracted("page.png", Corpus.scanPng(TEXT, ScanOptions.CLEAN));

        assertThat(x.mediaType()).isEqualTo("image/png");
        assertThat(x.ocr().used()).isTrue();
        assertThat(x.ocr().meanConfidence()).isBetween(80.0, 100.0);
        assertThat(x.ocrPages()).isEqualTo(1);
        assertThat(TextMetrics.characterErrorRate(TEXT, x.text())).isLessThan(0.02);
    }

    @Test
    void anImageOnlyPdfIsReadPageByPage() throws IOException {
        Extraction.Extracted x = extracted("scan.pdf", Corpus.imagePdf(TEXT));

        assertThat(x.mediaType()).isEqualTo("application/pdf");
        assertThat(x.ocr().used()).isTrue();
        assertThat(x.pages()).isEqualTo(x.ocrPages());
        assertThat(TextMetrics.characterErrorRate(TEXT, x.text())).isLessThan(0.02);
    }

    @Test
    void brokenFilesFailWithAReasonAPersonCanActOn() throws IOException {
        byte[] truncated = BrokenSources.truncated(Corpus.pdf(TEXT), 0.33);
        byte[] garbage = BrokenSources.noise(4096, 7);

        assertThat(failed("truncated.pdf", truncated).reason()).contains("damaged or truncated", "Upload an intact copy");
        assertThat(failed("secret.pdf", BrokenSources.encryptedPdf()).reason()).contains("password-protected");
        assertThat(failed("mystery.bin", garbage).reason()).contains("could not be recognised");
        assertThat(failed("empty.txt", new byte[0]).reason()).contains("empty");
        assertThat(failed("blank.png", Corpus.scanPng("", ScanOptions.CLEAN)).reason()).contains("No text could be recognised");
    }

    @Test
    void textBeyondTheLimitFailsNamingTheLimit() throws IOException {
        ExtractionSettings small = ExtractionSettings.DEFAULTS.withLimits(Duration.ofSeconds(60), 100,
                ExtractionSettings.DEFAULTS.childHeapBytes());
        TikaExtractor limited = new TikaExtractor(small, OcrEngine.detect(small));

        Path file = write("long.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        Extraction result = limited.extract(file, "long.txt", null);

        assertThat(result).isInstanceOf(Extraction.Failed.class);
        assertThat(((Extraction.Failed) result).reason()).contains("100 characters", "max-text-chars");
    }

    @Test
    void withoutTesseractAScanFailsSayingHowToInstallOcr() throws IOException {
        ExtractionSettings noOcr = ExtractionSettings.DEFAULTS.withTesseractPath("/nonexistent");
        OcrEngine missing = OcrEngine.detect(noOcr);
        TikaExtractor blind = new TikaExtractor(noOcr, missing);

        assertThat(missing.available()).isFalse();
        Path png = write("page.png", Corpus.scanPng(TEXT, ScanOptions.CLEAN));
        Extraction.Failed f = (Extraction.Failed) blind.extract(png, "page.png", null);
        assertThat(f.reason()).contains("apt-get install tesseract-ocr");
        assertThat(f.retriable()).isTrue();

        Path scanPdf = write("scan.pdf", Corpus.imagePdf(TEXT));
        Extraction.Failed p = (Extraction.Failed) blind.extract(scanPdf, "scan.pdf", null);
        assertThat(p.reason()).contains("OCR is unavailable", "apt-get install tesseract-ocr");
    }

    private Extraction.Extracted extracted(String name, byte[] bytes) throws IOException {
        Extraction result = extractor.extract(write(name, bytes), name, null);
        assertThat(result).as(name + ": " + result).isInstanceOf(Extraction.Extracted.class);
        return (Extraction.Extracted) result;
    }

    private Extraction.Failed failed(String name, byte[] bytes) throws IOException {
        Extraction result = extractor.extract(write(name, bytes), name, null);
        assertThat(result).as(name + ": " + result).isInstanceOf(Extraction.Failed.class);
        return (Extraction.Failed) result;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
