package org.annals.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless, as the browser tests see them. Both binaries are
 * named, so Selenium Manager never tries to download a browser (there is no network in CI). A
 * test that needs them fails in CI when they are missing and is skipped elsewhere, saying why.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** With -Dannals.screenshots.docs=true the screenshots also replace those the README links to. */
    static final Path DOCS_SCREENSHOTS = Path.of("..", "docs", "screenshots");

    private HeadlessChromium() {
    }

    static void assumeInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String reason = "No " + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
                + ": install the browser tests' Chromium with apt-get install chromium chromium-driver (.ci/run does)";
        if (System.getenv("CI") != null) {
            Assertions.fail(reason + "; CI must run the browser tests");
        }
        Assumptions.abort(reason);
    }

    static ChromeDriver start(int width, int height) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-GB", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** Saves what the browser shows as target/screenshots/NAME.png (and into docs/ when asked). */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            if (Boolean.getBoolean("annals.screenshots.docs")) {
                Files.createDirectories(DOCS_SCREENSHOTS);
                Files.copy(file, DOCS_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save screenshot " + name, e);
        }
    }
}
