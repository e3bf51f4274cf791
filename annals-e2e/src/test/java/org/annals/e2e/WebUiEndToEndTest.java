package org.annals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.access.Role;
import org.annals.events.TopicNames;
import org.annals.local.ServiceProcess;
import org.annals.testkit.Corpus;
import org.annals.testkit.PackagedServices;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI as people use it: the packaged ingest, enrich and store services and annals-web,
 * each its own process, driven through headless Chromium. Each test asserts what is on the
 * screen (texts, the classes of highlighted tags, statuses) and saves a screenshot to
 * target/screenshots. The tests build on each other (uploads first), hence the order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiEndToEndTest {

    private static final Duration PIPELINE = Duration.ofMinutes(3);
    private static final Duration PAGE = Duration.ofSeconds(20);
    /** A second document with other people and dates, so filters have something to leave out. */
    private static final String DICKENS_TEXT = """
            A letter of 14 July 1850 from Charles Dickens to his publisher asks for the proofs of the \
            next number. Dickens adds that the printer has been slow since the spring.
            """;

    @TempDir
    static Path data;

    private final List<ServiceProcess> services = new ArrayList<>();
    private ServiceProcess web;
    private ChromeDriver browser;
    private String folderDocument;
    private String letterDocument;

    @BeforeAll
    void startTheStackAndTheBrowser() {
        HeadlessChromium.assumeInstalled();
        TopicNames topics = TestBroker.freshTopics();
        for (String name : List.of("ingest", "enrich", "store")) {
            services.add(PackagedServices.start(name, topics, data, Map.of()));
        }
        web = PackagedServices.startWeb(data, services.get(0), services.get(1), services.get(2));
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterAll
    void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.stop();
        }
        services.forEach(ServiceProcess::stop);
    }

    @Test
    @Order(1)
    void anArchivistUploadsTwoFilesAndWatchesBothReachRecorded() throws IOException {
        signIn(TestTokens.of("anna", Role.ARCHIVIST));
        assertThat(browser.findElement(By.id("who")).getText()).contains("anna", "archivist");
        open("/upload.html");
        Path folder = write("petrograd-folder.txt", Corpus.ARCHIVAL_TEXT);
        Path letter = write("dickens-letter.txt", DICKENS_TEXT);
        WebElement collection = browser.findElement(By.id("collection"));
        collection.clear();
        collection.sendKeys("petrograd");
        // Picking many files at once: chromedriver takes them newline-separated.
        browser.findElement(By.id("files")).sendKeys(folder + "\n" + letter);
        assertThat(browser.findElement(By.id("chosen")).getText()).contains("2 files chosen");
        browser.findElement(By.id("start-upload")).click();

        new WebDriverWait(browser, PIPELINE).until(d -> d.findElements(By.cssSelector("#uploads > li[data-status='RECORDED']")).size() == 2
                || !d.findElements(By.cssSelector("#uploads > li[data-status='FAILED']")).isEmpty());
        List<WebElement> rows = browser.findElements(By.cssSelector("#uploads > li"));
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.getAttribute("data-status")).as(row.getText()).isEqualTo("RECORDED");
            assertThat(row.findElements(By.cssSelector(".steps li.done"))).hasSize(4);
            assertThat(row.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
        });
        assertThat(browser.findElement(By.id("upload-summary")).getText()).contains("2 recorded", "0 failed");
        folderDocument = documentIdOf("petrograd-folder.txt");
        letterDocument = documentIdOf("dickens-letter.txt");
        browser.executeScript("document.getElementById('dublin-core').closest('details').open = true;"
                + "document.getElementById('start-upload').scrollIntoView()");
        HeadlessChromium.screenshot(browser, "upload");
    }

    @Test
    @Order(2)
    void aDocumentShowsItsTagsHighlightedByKind() {
        open("/document.html?id=" + folderDocument);
        WebElement text = waitFor(By.cssSelector("#text mark"));
        assertThat(text).isNotNull();
        WebElement person = browser.findElement(By.cssSelector("#text mark.tag-person[data-value='Alexandra Kollontai']"));
        assertThat(person.getText()).contains("Kollontai");
        WebElement date = browser.findElement(By.cssSelector("#text mark.tag-date[data-value='1921-03-16']"));
        assertThat(date.getText()).contains("16 March 1921");
        WebElement citation = browser.findElement(By.cssSelector("#text mark.tag-citation"));
        assertThat(citation.getText()).contains("Lenin");
        assertThat(browser.findElement(By.id("citations")).getText()).contains("author", "Lenin");
        assertThat(browser.findElements(By.cssSelector(".legend mark"))).extracting(WebElement::getText)
                .contains("Date", "Person", "Citation");

        // A person shows every mention: "Alexandra Kollontai" and the later bare "Kollontai".
        person.sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("selection")).getText())
                .isEqualTo("Alexandra Kollontai: 2 mentions highlighted in the text.");
        assertThat(browser.findElements(By.cssSelector("#text mark.tag-person.selected"))).hasSize(2);

        assertThat(browser.findElement(By.id("source-link")).getText()).contains("petrograd-folder.txt");
        assertThat(browser.findElement(By.id("chain-state")).getAttribute("data-valid")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#timeline > li"))).extracting(e -> e.getAttribute("data-type"))
                .containsSubsequence("annals.source.received.v1", "annals.text.extracted.v1",
                        "annals.text.enriched.v1", "annals.edition.recorded.v1");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("by anna");
        HeadlessChromium.screenshot(browser, "document");
    }

    @Test
    @Order(3)
    void searchByPersonAndByDateRange() {
        open("/?person=Kollontai");
        assertThat(resultTitles()).containsExactly(folderDocument);
        open("/?person=Dickens");
        assertThat(resultTitles()).containsExactly(letterDocument);

        open("/");
        waitFor(By.cssSelector("#results table"));
        browser.findElement(By.id("dateFrom")).sendKeys("1921-03-01");
        browser.findElement(By.id("dateTo")).sendKeys("1921-03-31");
        browser.findElement(By.cssSelector("#search button[type='submit']")).click();
        new WebDriverWait(browser, PAGE).until(ExpectedConditions.urlContains("dateFrom=1921-03-01"));
        assertThat(resultTitles()).containsExactly(folderDocument);
        assertThat(browser.findElement(By.id("results-status")).getText()).isEqualTo("1 document match.");

        open("/?dateFrom=1850&dateTo=1850");
        assertThat(resultTitles()).containsExactly(letterDocument);
        HeadlessChromium.screenshot(browser, "documents");
    }

    @Test
    @Order(4)
    void theKeyboardReachesTheSearchBoxAndEnterSearches() {
        open("/");
        waitFor(By.cssSelector("#results table"));
        // From a fresh page the focus is on the document itself, as after a click on nothing.
        String active = "";
        for (int tab = 0; tab < 20 && !active.equals("q"); tab++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            active = browser.switchTo().activeElement().getAttribute("id");
        }
        assertThat(active).as("Tab reaches the search box").isEqualTo("q");
        browser.switchTo().activeElement().sendKeys("Kollontai", Keys.ENTER);
        new WebDriverWait(browser, PAGE).until(ExpectedConditions.urlContains("q="));
        assertThat(resultTitles()).contains(folderDocument).doesNotContain(letterDocument);
    }

    @Test
    @Order(5)
    void aSecondEditionShowsWhatChanged() throws IOException {
        open("/document.html?id=" + folderDocument);
        waitFor(By.linkText("Upload a new edition of this document")).click();
        new WebDriverWait(browser, PAGE).until(ExpectedConditions.attributeToBe(By.id("documentId"), "value", folderDocument));
        Path revised = write("petrograd-folder.txt",
                Corpus.ARCHIVAL_TEXT + "\nA note added in 1923 records that the folder was rebound.\n");
        browser.findElement(By.id("files")).sendKeys(revised.toString());
        browser.findElement(By.id("start-upload")).click();
        WebElement row = new WebDriverWait(browser, PIPELINE).until(d -> d.findElements(By.cssSelector("#uploads > li")).stream()
                .filter(r -> "RECORDED".equals(r.getAttribute("data-status")) || "FAILED".equals(r.getAttribute("data-status")))
                .findFirst().orElse(null));
        assertThat(row.getAttribute("data-status")).as(row.getText()).isEqualTo("RECORDED");
        assertThat(row.getText()).contains("open edition 2 of " + folderDocument);

        row.findElement(By.tagName("a")).click();
        waitFor(By.cssSelector("#editions tbody tr"));
        assertThat(browser.findElements(By.cssSelector("#editions tbody tr"))).hasSize(2)
                .allSatisfy(tr -> assertThat(tr.getText()).contains("anna"));
        assertThat(new Select(browser.findElement(By.id("diff-from"))).getFirstSelectedOption().getText()).isEqualTo("Edition 1");
        assertThat(new Select(browser.findElement(By.id("diff-to"))).getFirstSelectedOption().getText()).isEqualTo("Edition 2");
        browser.findElement(By.cssSelector("#compare button[type='submit']")).click();
        WebElement added = waitFor(By.cssSelector("#diff .diff ins"));
        assertThat(added.getText()).contains("rebound");
        assertThat(browser.findElements(By.cssSelector("#diff .diff del"))).isEmpty();
        assertThat(browser.findElement(By.id("diff-summary")).getText()).startsWith("Edition 1 → 2:").contains("words added, 0 removed");
        browser.executeScript("document.querySelector('#diff .diff ins').scrollIntoView({block: 'center'})");
        HeadlessChromium.screenshot(browser, "editions-diff");
    }

    @Test
    @Order(6)
    void anOperatorReplaysTheProjectionsAndSeesItFinish() {
        signIn(TestTokens.of("oscar", Role.OPERATOR));
        open("/operator.html");
        new WebDriverWait(browser, PAGE).until(d -> d.findElements(By.cssSelector("#health-table tbody tr")).size() == 4);
        assertThat(browser.findElements(By.cssSelector("#health-table tbody tr"))).extracting(WebElement::getText)
                .allSatisfy(line -> assertThat(line).contains("UP"));
        assertThat(waitFor(By.id("lag-total")).getText()).contains("not yet consumed in total");
        assertThat(browser.findElement(By.id("lag-table")).getText()).contains("Group", "Topic", "Lag");

        new Select(browser.findElement(By.id("mode"))).selectByValue("projections");
        browser.findElement(By.cssSelector("#replay-form button[type='submit']")).click();
        WebElement job = finished("#replay-job .job");
        assertThat(job.getAttribute("data-state")).as(job.getText()).isEqualTo("SUCCEEDED");
        assertThat(job.getText()).contains("replay projections", "SUCCEEDED");
        new WebDriverWait(browser, PAGE).until(d -> d.findElement(By.id("replay-jobs")).getText().contains("oscar"));

        browser.findElement(By.id("start-verify")).click();
        WebElement verification = finished("#verify-job .job");
        assertThat(verification.getText()).contains("SUCCEEDED", "No mismatches");
        browser.executeScript("document.getElementById('replay-heading').scrollIntoView()");
        HeadlessChromium.screenshot(browser, "operator");
    }

    @Test
    @Order(7)
    void aReaderSeesNeitherTheUploadNorTheOperatorPages() {
        signIn(TestTokens.of("rita", Role.READER));
        assertThat(browser.findElements(By.cssSelector("#site-header nav a"))).extracting(WebElement::getText)
                .containsExactly("Documents");

        open("/upload.html");
        assertThat(waitFor(By.id("refusal")).getText()).isEqualTo(
                "Your role (reader) may not upload documents (uploading needs the archivist or operator role).");
        assertThat(waitFor(By.id("refusal-detail")).getText()).contains("role may not do this");
        assertThat(browser.findElements(By.id("upload-form"))).isEmpty();
        HeadlessChromium.screenshot(browser, "reader-refused");

        open("/operator.html");
        assertThat(waitFor(By.id("refusal")).getText()).startsWith("Your role (reader) may not replay");
        waitFor(By.id("refusal-detail"));
        assertThat(browser.findElements(By.id("replay-form"))).isEmpty();

        // Reading is still allowed.
        open("/document.html?id=" + letterDocument);
        assertThat(waitFor(By.cssSelector("#text mark.tag-person")).getAttribute("data-value")).isEqualTo("Charles Dickens");
        assertThat(browser.findElements(By.linkText("Upload a new edition of this document"))).isEmpty();
    }

    @Test
    @Order(8)
    void aNarrowWindowStacksThePage() {
        browser.manage().window().setSize(new Dimension(420, 900));
        try {
            open("/?collection=petrograd");
            waitFor(By.cssSelector("#results table"));
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling at 420 px").isLessThanOrEqualTo(0L);
            assertThat(browser.findElement(By.id("collections")).getText()).contains("petrograd (2)");
            HeadlessChromium.screenshot(browser, "narrow-documents");
            open("/document.html?id=" + folderDocument);
            waitFor(By.cssSelector("#text mark"));
            HeadlessChromium.screenshot(browser, "narrow-document");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A job's box once it is no longer RUNNING (the page redraws it every second meanwhile). */
    private WebElement finished(String selector) {
        return new WebDriverWait(browser, PIPELINE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(selector + ":not([data-state='RUNNING'])")).stream()
                        .findFirst().orElse(null));
    }

    private void signIn(String token) {
        open("/signin.html");
        WebElement field = browser.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        browser.findElement(By.cssSelector("#signin-form button[type='submit']")).click();
        new WebDriverWait(browser, PAGE).until(ExpectedConditions.urlMatches(".*/(\\?.*)?$"));
        waitFor(By.id("who"));
    }

    private void open(String path) {
        browser.get(web.spec().url() + path);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PAGE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The document ids in the results table, once the search has answered. */
    private List<String> resultTitles() {
        new WebDriverWait(browser, PAGE).until(d -> {
            String status = d.findElement(By.id("results-status")).getText();
            return !status.isEmpty() && !status.equals("Searching…");
        });
        List<String> ids = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector("#results tbody td:first-child a"))) {
            String href = link.getAttribute("href");
            ids.add(href.substring(href.indexOf("id=") + 3));
        }
        return ids;
    }

    private String documentIdOf(String filename) {
        return browser.findElement(By.cssSelector("#uploads > li[data-file='" + filename + "']")).getAttribute("data-document-id");
    }

    private Path write(String filename, String text) throws IOException {
        Path dir = Files.createTempDirectory(data, "upload");
        return Files.writeString(dir.resolve(filename), text, StandardCharsets.UTF_8);
    }
}
