package org.annals.ingest.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the machine offers for OCR: whether the {@code tesseract} binary is on the PATH, its
 * version, and whether the configured languages are installed. Checked once at start-up;
 * without it Tika would silently return empty text for scans.
 */
public record OcrEngine(boolean available, String version, List<String> languages, String problem) {

    private static final Logger LOG = LoggerFactory.getLogger(OcrEngine.class);

    public static final String INSTALL_HINT =
            "Install Tesseract OCR on the ingest service (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng)";

    public static OcrEngine detect(ExtractionSettings settings) {
        String tesseract = settings.tesseractCommand();
        String wantedLanguages = settings.ocrLanguages();
        try {
            String versionOutput = run(tesseract, "--version");
            String version = versionOutput.lines().findFirst().orElse("tesseract").trim();
            List<String> installed = run(tesseract, "--list-langs").lines()
                    .skip(1) // "List of available languages in ...:"
                    .map(String::trim)
                    .filter(l -> !l.isEmpty())
                    .toList();
            List<String> missing = Arrays.stream(wantedLanguages.split("\\+"))
                    .filter(l -> !installed.contains(l))
                    .toList();
            if (!missing.isEmpty()) {
                String problem = "Tesseract is installed but lacks the OCR language(s) " + missing
                        + "; install them (Debian/Ubuntu: apt-get install tesseract-ocr-" + missing.get(0) + ")";
                LOG.warn(problem);
                return new OcrEngine(false, version, installed, problem);
            }
            if (System.getenv("OMP_THREAD_LIMIT") == null) {
                LOG.warn("OMP_THREAD_LIMIT is not set: Tesseract runs several times slower with OpenMP threads; "
                        + "set OMP_THREAD_LIMIT=1 in the service's environment");
            }
            return new OcrEngine(true, version, installed, null);
        } catch (IOException e) {
            String problem = "Tesseract OCR is not installed, so scanned pages cannot be read. " + INSTALL_HINT + ".";
            LOG.warn(problem);
            return new OcrEngine(false, null, List.of(), problem);
        }
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            process.destroy();
        }
    }
}
