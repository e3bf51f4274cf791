package org.annals.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scans are only useful fixtures if an OCR engine can read them. */
class OcrTest {

    @TempDir
    Path dir;

    @Test
    void tesseractReadsTheCleanScan() throws Exception {
        Tesseract.assumeInstalled();
        Path page = Files.write(dir.resolve("page.png"), Corpus.scanPng(Corpus.ARCHIVAL_TEXT, ScanOptions.CLEAN));

        String text = Tesseract.ocr(page);

        assertThat(TextMetrics.characterErrorRate(Corpus.ARCHIVAL_TEXT, text))
                .as("character error rate of:%n%s", text)
                .isLessThan(0.02);
    }
}
