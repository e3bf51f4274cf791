package org.annals.testkit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Tesseract OCR binary as tests see it. A test that needs OCR fails in CI when tesseract is
 * missing and is skipped, with the reason shown, on a laptop without it (DESIGN §7).
 */
public final class Tesseract {

    private Tesseract() {
    }

    /** Whether an executable {@code tesseract} is on {@code PATH}. */
    public static boolean installed() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "tesseract"))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the calling test without tesseract, unless running in CI ({@code CI} set), where it fails. */
    public static void assumeInstalled() {
        if (installed()) {
            return;
        }
        String reason = "tesseract is not on PATH (Debian: apt-get install tesseract-ocr tesseract-ocr-eng)";
        if (System.getenv("CI") != null) {
            Assertions.fail(reason + "; CI must run the OCR tests");
        }
        Assumptions.abort(reason);
    }

    /** OCRs one image file with the English model and returns the text. */
    public static String ocr(Path image) {
        ProcessBuilder builder = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "eng");
        // Tesseract is ~8x slower when its OpenMP threads compete for a few cores (DESIGN §8).
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String text = readAll(process.getInputStream());
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("tesseract exited with " + exit + " on " + image + ": " + errors.join());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run tesseract", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running tesseract", e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
