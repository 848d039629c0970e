package org.urbaninnovation.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The web interface in a real Chromium (Debian's chromium and chromium-driver, headless) through
 * the gateway of the packaged platform (ports shifted by 7000, its own state): every user's path
 * from the issue, in order, on one platform start. Every page visited is scanned by axe-core (no
 * serious or critical violation) and photographed at desktop and phone width under
 * target/browser-screenshots. Without Chromium the class is skipped and says why, except under
 * CI=true, where a missing browser is a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserIT {

    private static final int OFFSET = 7_000;
    private static final String GATEWAY = "http://localhost:" + (8080 + OFFSET);
    private static final String HAIKOU_DRAFT = "33333333-0000-4000-8000-000000000102";
    private static final String OPEN_CYCLE = "55555555-0000-4000-8000-000000000007";
    private static final Path SHOTS = Path.of("target", "browser-screenshots");
    private static Path state;
    private static WebDriver browser;
    private static int shot;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        Path driver = Path.of("/usr/bin/chromedriver");
        boolean present = chromium != null && Files.isExecutable(driver);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and no Chromium: apt-get install -y chromium chromium-driver fonts-noto-cjk");
        }
        Assumptions.assumeTrue(present, "No Chromium here: the browser tests are skipped. "
                + "Install it with: apt-get install -y chromium chromium-driver fonts-noto-cjk");
        Files.createDirectories(SHOTS);
        state = Files.createTempDirectory("web-it");
        Result up = platform("up");
        assertEquals(0, up.code(), up.output());
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"), "--window-size=1280,900", "--lang=en");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (state != null) {
            platform("down");
        }
    }

    @Test
    @Order(1)
    void aSearchForBeeEaterLeadsToHaikouAndItsChartFrom26ToMoreThan80() {
        open("/");
        check("search");
        WebElement q = browser.findElement(By.cssSelector("input[type=search][name=q]"));
        q.sendKeys("bee-eater", Keys.ENTER);
        waitFor(By.cssSelector(".cards .card"));
        check("search-results");
        browser.findElement(By.partialLinkText("Haikou's Wuyuan River")).click();
        WebElement figure = waitFor(By.cssSelector("figure[data-indicator=bee_eater_population]"));
        waitFor(By.cssSelector("figure[data-indicator=bee_eater_population] canvas"));
        List<String> figures = figure.findElements(By.cssSelector("td.figure")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("26", "more than 80"), figures);
        check("initiative");
        browser.findElement(By.linkText("Haikou")).click();
        waitFor(By.cssSelector("dl.data"));
        check("city");
    }

    @Test
    @Order(2)
    void theDashboardDrawsImprovementByThemeAndAnIndicatorsSeries() {
        open("/dashboard");
        waitFor(By.cssSelector("#by-theme canvas"));
        new Select(browser.findElement(By.id("indicator"))).selectByValue("bee_eater_population");
        browser.findElement(By.cssSelector("#indicator ~ button")).click();
        waitFor(By.cssSelector("#series canvas"));
        assertTrue(browser.findElement(By.linkText("Download the series as CSV")).getAttribute("href").contains("format=csv"));
        check("dashboard");
    }

    @Test
    @Order(3)
    void anonymousVisitorsOfTheDesksAreSentToSignIn() {
        for (String desk : List.of("/workspace", "/jury", "/secretariat")) {
            open(desk);
            assertTrue(browser.getCurrentUrl().contains("/sign-in?next="), browser.getCurrentUrl());
        }
        check("sign-in");
    }

    @Test
    @Order(4)
    void aCityDraftsOverTwoSessionsSeesTheWordLimitAddsAClaimAndSubmits() {
        signIn("city-haikou");
        check("workspace");
        open("/workspace/submissions/" + HAIKOU_DRAFT + "?step=description");
        type(By.id("section-background"), "Sand mining left steep walls along the Wuyuan River, where the birds nest.");
        awaitSaved();
        browser.navigate().refresh();
        assertEquals("Sand mining left steep walls along the Wuyuan River, where the birds nest.",
                browser.findElement(By.id("section-background")).getAttribute("value"));
        signOut();
        signIn("city-haikou");
        open("/workspace/submissions/" + HAIKOU_DRAFT + "?step=description");
        assertEquals("Sand mining left steep walls along the Wuyuan River, where the birds nest.",
                browser.findElement(By.id("section-background")).getAttribute("value"));

        type(By.id("section-keyMeasures"), "word ".repeat(1001).trim());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("words-keyMeasures")).getAttribute("class")
                .contains("over"));
        assertEquals("1001 of 1000 words", browser.findElement(By.id("words-keyMeasures")).getText());
        check("workspace-description");
        open("/workspace/submissions/" + HAIKOU_DRAFT + "?step=review");
        submit(By.id("submit"));
        assertTrue(waitFor(By.id("gaps")).getText().contains("sections.keyMeasures: has 1001 words; the limit is 1000"),
                browser.findElement(By.id("gaps")).getText());
        check("workspace-review-gaps");

        open("/workspace/submissions/" + HAIKOU_DRAFT + "?step=description");
        type(By.id("section-keyMeasures"), "A protection area, volunteer patrols and nature education along the river.");
        type(By.id("section-innovativeAspects"), "Mining scars become a breeding ground that the city protects.");
        type(By.id("section-outcomes"), "The birds increased from 26 to more than 80.");
        submit(By.id("save"));
        waitFor(By.id("entry-form"));

        open("/workspace/submissions/" + HAIKOU_DRAFT + "?step=claims");
        type(By.id("c1-indicator"), "Blue-tailed bee-eaters");
        type(By.id("c1-unit"), "birds");
        new Select(browser.findElement(By.id("c1-direction"))).selectByValue("higher_is_better");
        type(By.id("c1-baseline-value"), "26");
        type(By.id("c1-baseline-period"), "2018");
        type(By.id("c1-result-value"), "80");
        new Select(browser.findElement(By.id("c1-result-qualifier"))).selectByValue("more_than");
        type(By.id("c1-result-period"), "2023");
        type(By.id("c1-evidence"), "Bird counts of the protection area");
        submit(By.id("save"));
        waitFor(By.id("claim-1"));
        assertEquals("26", browser.findElement(By.id("c1-baseline-value")).getAttribute("value"));
        check("workspace-claims");
    }

    @Test
    @Order(5)
    void theContactsStepIsFilledAndSavedWithTheKeyboardAlone() {
        open("/workspace/submissions/" + HAIKOU_DRAFT + "?step=contacts");
        browser.findElement(By.tagName("body")).click();
        tabUntil("k1-name");
        active().sendKeys("Wang Fang");
        active().sendKeys(Keys.TAB);
        assertEquals("k1-role", active().getAttribute("id"));
        active().sendKeys("Award contact", Keys.TAB);
        assertEquals("k1-email", active().getAttribute("id"));
        active().sendKeys("award@haikou.example.org");
        tabUntil("save");
        active().sendKeys(Keys.ENTER);
        waitFor(By.id("k1-name"));
        assertEquals("award@haikou.example.org", browser.findElement(By.id("k1-email")).getAttribute("value"));
        check("workspace-contacts");
    }

    @Test
    @Order(6)
    void aSecondTabsStaleSaveIsRefusedWithTheCompareMessage() {
        String first = browser.getWindowHandle();
        open("/workspace/submissions/" + HAIKOU_DRAFT + "?step=description");
        ((JavascriptExecutor) browser).executeScript("window.open(arguments[0])", GATEWAY + "/workspace/submissions/" + HAIKOU_DRAFT
                + "?step=description");
        String second = browser.getWindowHandles().stream().filter(h -> !h.equals(first)).findFirst().orElseThrow();
        browser.switchTo().window(second);
        waitFor(By.id("section-lessons"));
        type(By.id("section-lessons"), "Start with one river bank.");
        awaitSaved();
        browser.close();
        browser.switchTo().window(first);
        type(By.id("section-implementation"), "Written in the first tab, which read an older version.");
        WebElement conflict = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("conflict")));
        assertTrue(conflict.getText().contains("changed elsewhere"), conflict.getText());
        browser.findElement(By.cssSelector("[data-compare]")).click();
        WebElement compare = waitFor(By.cssSelector("#compare:not([hidden])"));
        assertTrue(compare.getText().contains("Start with one river bank."), compare.getText());
        check("workspace-conflict");
        open("/workspace/submissions/" + HAIKOU_DRAFT + "?step=review");
        submit(By.id("submit"));
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector(".meta")).getText().contains("Submitted"), browser.getPageSource());
        check("workspace-submitted");
        signOut();
    }

    @Test
    @Order(7)
    void aTitleThatIsAScriptIsRefusedAndShownBackAsTextThatRunsNothing() {
        signIn("city-xianning");
        open("/workspace");
        type(By.id("new-title"), "<script>alert(1)</script> Night buses");
        submit(By.cssSelector("form[action='/workspace/submissions'] button[type=submit]"));
        // The platform stores plain text only: the refusal names the field, the text comes back as typed.
        WebElement refusal = waitFor(By.cssSelector("[role=alert]"));
        assertTrue(refusal.getText().contains("title"), refusal.getText());
        assertEquals("<script>alert(1)</script> Night buses", browser.findElement(By.id("new-title")).getAttribute("value"));
        assertFalse(browser.findElements(By.tagName("script")).stream().anyMatch(e -> e.getAttribute("innerHTML").contains("alert(1)")),
                "the title is text, not an element");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        check("workspace-script-title");
        signOut();
    }

    @Test
    @Order(8)
    void theSecretariatScreensAndAutoAssigns() {
        signIn("admin");
        check("secretariat");
        open("/secretariat/cycles/" + OPEN_CYCLE);
        submit(By.id("next-phase"));
        assertEquals("screening", waitFor(By.id("phase")).getText());
        submit(By.id("next-phase"));
        assertTrue(waitFor(By.id("problem")).getText().contains("not screened"), browser.findElement(By.id("problem")).getText());
        check("secretariat-unmet");
        type(By.id("reason-" + HAIKOU_DRAFT), "Complete and within the award's scope.");
        submit(By.id("screen-" + HAIKOU_DRAFT));
        submit(By.id("auto-preview"));
        assertTrue(waitFor(By.id("plan")).getText().contains("Preview: 3 new assignments"), browser.findElement(By.id("plan")).getText());
        check("secretariat-preview");
        submit(By.id("auto-apply"));
        waitFor(By.cssSelector(".notice"));
        submit(By.id("next-phase"));
        assertEquals("review", waitFor(By.id("phase")).getText());
        signOut();
    }

    @Test
    @Order(9)
    void jurorsScoreAndFileAndTheLastSeesTheOthers() {
        int[][] scores = { { 8, 7, 9, 8 }, { 6, 6, 6, 6 }, { 10, 9, 8, 9 } };
        List<String> jurors = List.of("juror-kenya", "juror-brazil", "juror-germany");
        for (int j = 0; j < jurors.size(); j++) {
            signIn(jurors.get(j));
            if (j == 0) {
                check("jury");
            }
            browser.findElement(By.partialLinkText("Wuyuan River Breeding Grounds")).click();
            List<String> criteria = List.of("innovation", "effectiveness", "replicability", "significance");
            for (int c = 0; c < criteria.size(); c++) {
                new Select(waitFor(By.id("score-" + criteria.get(c)))).selectByValue(Integer.toString(scores[j][c]));
            }
            type(By.id("comment"), "Scored by " + jurors.get(j) + ".");
            if (j == 2) {
                check("jury-review");
            }
            submit(By.id("file-review"));
            waitFor(By.cssSelector(".notice"));
            if (j == 2) {
                assertEquals(4, browser.findElements(By.cssSelector("#others tr")).size(), browser.getPageSource());
                check("jury-filed");
            }
            signOut();
        }
    }

    @Test
    @Order(10)
    void theSecretariatRanksDecidesAndPublishes() {
        signIn("admin");
        open("/secretariat/cycles/" + OPEN_CYCLE);
        submit(By.id("next-phase"));
        assertEquals("deliberation", waitFor(By.id("phase")).getText());
        open("/secretariat/cycles/" + OPEN_CYCLE + "/ranking");
        WebElement row = waitFor(By.cssSelector("#ranking tbody tr"));
        assertTrue(row.getText().contains("7.667"), row.getText());
        check("ranking");
        type(By.id("rationale-" + HAIKOU_DRAFT), "Ranked first; a habitat any river city can protect.");
        submit(By.id("decide-" + HAIKOU_DRAFT));
        open("/secretariat/cycles/" + OPEN_CYCLE);
        submit(By.id("next-phase"));
        assertEquals("decided", waitFor(By.id("phase")).getText());
        submit(By.id("next-phase"));
        assertEquals("published", waitFor(By.id("phase")).getText());
        open("/secretariat/audit?entityType=decision");
        assertTrue(waitFor(By.id("audit")).getText().contains("decision"), browser.findElement(By.id("audit")).getText());
        check("audit");
        signOut();
    }

    /**
     * The winner reaches the catalogue and the metrics through their consumers of
     * {@code initiative.awarded} (the award-flow work): until those exist, the scenario is skipped
     * and says so; once they do, it must pass.
     */
    @Test
    @Order(11)
    void theWinnerAppearsInPublicSearchWithItsOutcomeChart() throws Exception {
        boolean found = false;
        for (int attempt = 0; attempt < 30 && !found; attempt++) {
            open("/?q=" + java.net.URLEncoder.encode("\"Wuyuan River Breeding Grounds\"", "UTF-8"));
            found = !browser.findElements(By.partialLinkText("Wuyuan River Breeding Grounds")).isEmpty();
            if (!found) {
                Thread.sleep(1000);
            }
        }
        assertTrue(found, "The published winner is not in the public search");
        browser.findElement(By.partialLinkText("Wuyuan River Breeding Grounds")).click();
        // The metrics read the award's feed on their own schedule: the chart may come a poll after the search.
        String page = browser.getCurrentUrl();
        boolean chart = false;
        for (int attempt = 0; attempt < 30 && !chart; attempt++) {
            chart = !browser.findElements(By.cssSelector("figure.outcome")).isEmpty();
            if (!chart) {
                Thread.sleep(1000);
                browser.navigate().to(page);
            }
        }
        assertTrue(chart, "The winner's page shows no outcome chart");
        waitFor(By.cssSelector("figure.outcome canvas"));
        check("winner");
    }

    // --- helpers

    private static void open(String path) {
        browser.get(GATEWAY + path);
    }

    private static void signIn(String user) {
        open("/sign-in");
        submit(By.id("sign-in-" + user));
    }

    private static void signOut() {
        submit(By.cssSelector("form[action='/sign-out'] button"));
    }

    /**
     * Clicks a button that posts a form and waits until the answer's page has replaced this one. A
     * click that failed because the page's script replaced the button is tried again; one that
     * failed because the page itself went away was posted, and clicking the button of the page that
     * came (the same id, say "next phase") would post a second time.
     */
    private static void submit(By button) {
        for (int attempt = 1;; attempt++) {
            WebElement page = browser.findElement(By.tagName("html"));
            try {
                new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(button)).click();
            } catch (org.openqa.selenium.WebDriverException e) {
                boolean posted = Boolean.TRUE.equals(ExpectedConditions.stalenessOf(page).apply(browser));
                if (!posted && (attempt == 5 || !replacedMeanwhile(e))) {
                    throw e;
                }
                if (!posted) {
                    pause(200);
                    continue;
                }
            }
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
            return;
        }
    }

    private static void type(By field, String text) {
        retrying(() -> {
            WebElement element = waitFor(field);
            element.clear();
            element.sendKeys(text);
        });
    }

    /**
     * An action on elements that the page's script may replace meanwhile (an autosave's answer, a
     * page still loading): a node that left the document is looked up again, a few times.
     */
    private static void retrying(Runnable action) {
        for (int attempt = 1;; attempt++) {
            try {
                action.run();
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 5 || !replacedMeanwhile(e)) {
                    throw e;
                }
            }
            pause(200);
        }
    }

    /** Whether the action failed on a node the page's script had just replaced. */
    private static boolean replacedMeanwhile(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitSaved() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "Saved.".equals(d.findElement(By.id("save-status")).getText()));
    }

    private static WebElement active() {
        return browser.switchTo().activeElement();
    }

    private static void tabUntil(String id) {
        for (int i = 0; i < 200 && !id.equals(active().getAttribute("id")); i++) {
            active().sendKeys(Keys.TAB);
        }
        assertEquals(id, active().getAttribute("id"));
    }

    private static WebElement waitFor(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    /** axe-core on the page as it stands (no serious or critical violation), then a desktop and a phone screenshot. */
    private static void check(String name) {
        Results results = new AxeBuilder().analyze(browser);
        List<String> bad = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                bad.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList());
            }
        }
        shot++;
        try {
            for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                Files.write(SHOTS.resolve(String.format("%02d-%s-%s.png", shot, name, size.width < 500 ? "phone" : "desktop")), png);
            }
            browser.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(List.of(), bad, name + ": axe-core found serious or critical violations");
    }

    private record Result(int code, String output) {
    }

    private static Result platform(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dplatform.home=" + System.getProperty("platform.home"), "-jar", System.getProperty("launcher.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PLATFORM_PORT_OFFSET", Integer.toString(OFFSET));
        builder.environment().put("PLATFORM_STATE_DIR", state.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        return new Result(process.exitValue(), output);
    }
}
