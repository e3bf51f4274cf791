package org.annals.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.testkit.Corpus;
import org.annals.testkit.HostileSources;
import org.annals.testkit.ScanOptions;
import org.annals.testkit.Tesseract;
import org.annals.testkit.TextMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing in a child JVM: good files come back as they would in-process (OCR confidence and
 * language included); a file that exhausts the child's heap or its time fails naming the
 * limit, leaves no tesseract behind, and the next file is read by a fresh child.
 */
class IsolatedParserTest {

    private static final String TEXT = Corpus.ARCHIVAL_TEXT;

    @TempDir
    Path dir;

    private IsolatedParser parser;

    @BeforeAll
    static void needsTesseract() {
        Tesseract.assumeInstalled();
    }

    @AfterEach
    void stopChildren() {
        if (parser != null) {
            parser.close();
        }
    }

    @Test
    void aChildReadsTextScansAndLanguageAsTheServiceWould() throws IOException {
        parser = new IsolatedParser(ExtractionSettings.DEFAULTS);

        Extraction.Extracted html = extracted("letter.html", Corpus.html("A letter", TEXT));
        assertThat(TextMetrics.normaliseWhitespace(html.text())).isEqualTo(TextMetrics.normaliseWhitespace(TEXT));
        assertThat(html.language()).isEqualTo("en");
        assertThat(html.mediaType()).isEqualTo("text/html");

        Extraction.Extracted scan = extracted("page.png", Corpus.scanPng(TEXT, ScanOptions.CLEAN));
        assertThat(scan.ocr().used()).isTrue();
        assertThat(scan.ocr().meanConfidence()).isBetween(80.0, 100.0);
        assertThat(scan.ocrPages()).isEqualTo(1);
        assertThat(TextMetrics.characterErrorRate(TEXT, scan.text())).isLessThan(0.02);
        assertThat(parser.childrenStarted()).as("one child serves file after file").isEqualTo(1);
    }

    @Test
    void aFileThatExhaustsTheChildHeapFailsNamingTheLimitAndTheNextFileIsRead() throws IOException {
        // A plain text far longer than the child's heap, with the text limit out of the way.
        ExtractionSettings small = ExtractionSettings.DEFAULTS.withLimits(Duration.ofSeconds(120), Integer.MAX_VALUE - 16,
                256 * ExtractionSettings.MB);
        parser = new IsolatedParser(small);
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, HostileSources.longText(200L * 1024 * 1024));

        Extraction result = parser.extract(huge, "huge.txt", null);

        assertThat(result).isInstanceOf(Extraction.Failed.class);
        Extraction.Failed failed = (Extraction.Failed) result;
        assertThat(failed.errorClass()).isEqualTo("OutOfMemory");
        assertThat(failed.reason()).contains("256 MB memory limit", "annals.ingest.extraction.child-heap");
        Files.delete(huge);

        Extraction.Extracted next = extracted("after.txt", Corpus.plainText("Minutes of 16 March 1921."));
        assertThat(next.text()).isEqualTo("Minutes of 16 March 1921.");
        assertThat(parser.childrenStarted()).as("the dead child was replaced").isEqualTo(2);
    }

    @Test
    void aTimeoutDuringOcrKillsTheChildAndItsTesseractProcesses() throws Exception {
        ExtractionSettings quick = ExtractionSettings.DEFAULTS.withLimits(Duration.ofSeconds(4), 10_000_000,
                ExtractionSettings.DEFAULTS.childHeapBytes());
        parser = new IsolatedParser(quick);
        extracted("warm.txt", Corpus.plainText("The child is started before the clock runs.")); // start-up is not parsing time
        Path scan = write("long-scan.pdf", Corpus.imagePdf((TEXT + "\n\n").repeat(6)));

        Set<ProcessHandle> tesseractsSeen = ConcurrentHashMap.newKeySet();
        CompletableFuture<Extraction> parse = CompletableFuture.supplyAsync(
                () -> parser.extract(scan, "long-scan.pdf", null));
        while (!parse.isDone()) {
            ProcessHandle.current().descendants().filter(IsolatedParserTest::isTesseract).forEach(tesseractsSeen::add);
            Thread.sleep(20);
        }
        Extraction result = parse.get();

        assertThat(result).isInstanceOf(Extraction.Failed.class);
        Extraction.Failed failed = (Extraction.Failed) result;
        assertThat(failed.errorClass()).isEqualTo("Timeout");
        assertThat(failed.reason()).contains("4 s", "annals.ingest.extraction.timeout");
        assertThat(tesseractsSeen).as("OCR was running when the timeout struck").isNotEmpty();
        for (ProcessHandle tesseract : tesseractsSeen) {
            tesseract.onExit().get(); // killed, not left to finish its page: returns at once
            assertThat(tesseract.isAlive()).isFalse();
        }
        assertThat(ProcessHandle.allProcesses().filter(IsolatedParserTest::isTesseract)
                .filter(p -> tesseractsSeen.stream().anyMatch(seen -> seen.pid() == p.pid()))).isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(IsolatedParserTest::isTesseract)).isEmpty();

        Extraction.Extracted next = extracted("after.html", Corpus.html("After", "Minutes of 16 March 1921."));
        assertThat(next.text()).contains("16 March 1921");
        assertThat(parser.childrenStarted()).isEqualTo(2);
    }

    @Test
    void anExternalEntityNeverReadsALocalFile() throws IOException {
        parser = new IsolatedParser(ExtractionSettings.DEFAULTS);
        String secret = "CANARY-" + java.util.UUID.randomUUID();
        Path canary = Files.writeString(dir.resolve("canary.txt"), secret, StandardCharsets.UTF_8);

        for (var file : java.util.Map.of(
                "note.xml", HostileSources.xxe(canary),
                "dtd.xml", HostileSources.xxeParameterEntity(canary),
                "map.svg", HostileSources.xxeSvg(canary),
                "minutes.docx", HostileSources.xxeDocx(canary)).entrySet()) {
            Extraction result = parser.extract(write(file.getKey(), file.getValue()), file.getKey(), null);
            assertThat(String.valueOf(result)).as(file.getKey()).doesNotContain(secret);
        }
    }

    @Test
    void limitsOnNestingAndEntitiesNameWhatWasHit() throws IOException {
        parser = new IsolatedParser(ExtractionSettings.DEFAULTS);

        Extraction.Failed chain = failed("chain.zip", HostileSources.zipChain(40, "The innermost note."));
        assertThat(chain.reason()).contains("annals.ingest.extraction.max-embedded-depth");

        Extraction.Failed many = failed("register.zip", HostileSources.zipOfManyFiles(1500));
        assertThat(many.reason()).contains("annals.ingest.extraction.max-embedded-count");

        Extraction.Failed laughs = failed("lolz.xml", HostileSources.billionLaughs());
        assertThat(laughs.errorClass()).isEqualTo("EntityExpansion");

        Extraction.Failed bomb = failed("bomb.zip", HostileSources.textZipBomb(1, 500L * 1024 * 1024));
        assertThat(bomb.errorClass()).isIn("SuspectedZipBomb", "TextLimit");
        assertThat(parser.childrenStarted()).isEqualTo(1);
    }

    @Test
    void absurdPagesAndImagesFailWithAShortReason() throws IOException {
        parser = new IsolatedParser(ExtractionSettings.DEFAULTS);

        Extraction.Failed giant = failed("giant.pdf", HostileSources.giantPagePdf(14_400));
        assertThat(giant.reason()).doesNotContain("(0 bytes)").endsWith(".");

        Extraction.Failed png = failed("huge.png", HostileSources.pngClaimingSize(100_000, 100_000));
        assertThat(png.reason()).contains("Tesseract could not decode the image").doesNotContain("\n");
    }

    private static boolean isTesseract(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/tesseract") || c.equals("tesseract")).orElse(false);
    }

    private Extraction.Extracted extracted(String name, byte[] bytes) throws IOException {
        Extraction result = parser.extract(write(name, bytes), name, null);
        assertThat(result).as(name + ": " + result).isInstanceOf(Extraction.Extracted.class);
        return (Extraction.Extracted) result;
    }

    private Extraction.Failed failed(String name, byte[] bytes) throws IOException {
        Extraction result = parser.extract(write(name, bytes), name, null);
        assertThat(result).as(name + ": " + result).isInstanceOf(Extraction.Failed.class);
        return (Extraction.Failed) result;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
