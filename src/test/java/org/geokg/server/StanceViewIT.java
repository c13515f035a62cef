package org.geokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.geokg.input.ArticleReader;
import org.geokg.store.ArticleLoader;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The stance view in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) driven by Selenium over a server holding the three examples. It
 * searches "Huawei" as a user would, checks who stands where on the drawn network, clicks an edge
 * for its evidence, and saves a screenshot to {@code target/stance-view.png}; with
 * {@code -Dgeokg.screenshot=docs/stance-view.png} it refreshes the one the README shows.
 *
 * <p>Chromium is found at {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, or where the
 * system properties {@code geokg.chromium} and {@code geokg.chromedriver} say. When it is missing
 * the test fails in CI ({@code CI=true}; {@code .ci/run} installs it) and is skipped elsewhere with
 * the command that installs it, so the README's test command also passes on a machine without it.
 */
class StanceViewIT {
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path SCREENSHOT = Path.of(System.getProperty("geokg.screenshot", "target/stance-view.png"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path profile;

    private static GeoStore store;
    private static GeoServer server;
    private static ChromeDriverService service;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Path chromium = Path.of(System.getProperty("geokg.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("geokg.chromedriver", "/usr/bin/chromedriver"));
        if (!"true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(driver),
                    "no Chromium here: apt-get install chromium chromium-driver to run the browser test");
        }
        assertThat(Files.isExecutable(chromium)).as("Chromium at %s (apt-get install chromium chromium-driver)", chromium).isTrue();
        assertThat(Files.isExecutable(driver)).as("ChromeDriver at %s (apt-get install chromium-driver)", driver).isTrue();

        store = GeoStore.inMemory();
        ArticleLoader loader = new ArticleLoader(store);
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList())
                loader.load(ArticleReader.read(f));
        }
        server = GeoServer.start(store.datasetGraph(), ServerOptions.builder().port(0).build());

        // The driver is given explicitly, so Selenium Manager never goes to the network for one.
        service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1360,860", "--hide-scrollbars");
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (service != null)
            service.stop();
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void searchingHuaweiShowsWhoOpposesItAndTheSentenceBehindAnEdge() throws IOException {
        browser.get(server.viewURL());
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
        search.sendKeys("Huawei");
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#suggestions li[data-name='Huawei']")));
        suggestion.click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "#/network/Huawei"));

        // the seed's holders, on the side they took
        assertThat(holdersOnSide("against")).contains("United States", "Mike Pompeo", "Australia", "Japan", "New Zealand",
                "Central Intelligence Agency", "United States Department of Commerce");
        assertThat(holdersOnSide("for")).contains("Germany").doesNotContain("United States", "Mike Pompeo", "Australia");
        // the drawn graph: one edge per position, coloured by its polarity; holders shaped by their type
        List<List<Object>> edges = script("return window.stanceView.cy.edges().map(e => "
                + "[e.source().data('label'), e.data('polarity'), e.data('kind'), e.style('line-color')])");
        assertThat(edges).extracting(e -> e.get(0), e -> e.get(1))
                .contains(tuple("United States", "negative"), tuple("Mike Pompeo", "negative"), tuple("Australia", "negative"),
                        tuple("Germany", "positive"))
                .doesNotContain(tuple("Australia", "positive"), tuple("Germany", "negative"));
        assertThat(edges).filteredOn(e -> e.get(1).equals("negative")).extracting(e -> e.get(3)).containsOnly("rgb(192,57,43)");
        assertThat(edges).filteredOn(e -> e.get(0).equals("Australia")).extracting(e -> e.get(2)).containsExactly("SANCTION");
        Map<String, Object> shapes = script("return Object.fromEntries(window.stanceView.cy.nodes('.holder')"
                + ".map(n => [n.data('label'), n.style('shape')]))");
        assertThat(shapes).containsEntry("Mike Pompeo", "ellipse").containsEntry("United States", "round-rectangle");

        // a click on Australia's edge, where the browser draws it, opens the evidence
        // Edges may cross; pick a point of the edge where Cytoscape's own hit test finds that edge.
        List<Number> at = script("const cy = window.stanceView.cy;"
                + " const e = cy.edges().filter(x => x.source().data('label') === 'Australia')[0];"
                + " const s = e.renderedSourceEndpoint(), m = e.renderedMidpoint(), z = cy.zoom(), p = cy.pan();"
                + " for (let i = 1; i < 20; i++) {"
                + "   const x = s.x + (m.x - s.x) * i / 20, y = s.y + (m.y - s.y) * i / 20;"
                + "   const hit = cy.renderer().findNearestElement((x - p.x) / z, (y - p.y) / z, true, false);"
                + "   if (hit && hit.id() === e.id()) return [x, y];"
                + " }"
                + " return [];");
        assertThat(at).as("a point of Australia's edge that Cytoscape's hit test finds").hasSize(2);
        WebElement canvas = browser.findElement(By.id("cy"));
        new Actions(browser).moveToElement(canvas, at.get(0).intValue() - canvas.getSize().getWidth() / 2,
                at.get(1).intValue() - canvas.getSize().getHeight() / 2).click().perform();
        WebElement evidence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
        assertThat(evidence.getText()).contains("Australia", "SANCTION", "Huawei", "Sputnik");
        assertThat(evidence.findElement(By.cssSelector("blockquote.sentence")).getText()).contains("excluded Huawei from government contracts");
        assertThat(evidence.findElement(By.cssSelector("mark.cue")).getText()).isEqualTo("excluded");

        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(SCREENSHOT)).isPositive();
    }

    @Test
    void filtersByKindAndDateRedrawTheNetwork() {
        browser.get(server.viewURL() + "#/network/Huawei");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "#/network/Huawei"));
        assertThat(holdersOnSide("against")).contains("Australia", "United States Department of Commerce");

        browser.findElement(By.cssSelector("#kind-filter input[value='SANCTION']")).click();
        List<String> kinds = script("return window.stanceView.cy.edges().map(e => e.data('kind'))");
        assertThat(kinds).isNotEmpty().doesNotContain("SANCTION");
        assertThat(holdersOnSide("against")).contains("Mike Pompeo").doesNotContain("Australia", "Japan", "New Zealand");

        browser.findElement(By.cssSelector("#kind-filter input[value='SANCTION']")).click();
        script("const from = document.getElementById('date-from'); from.value = '2019-06-01';"
                + " from.dispatchEvent(new Event('change')); return null;");
        assertThat(holdersOnSide("against")).contains("Australia").doesNotContain("United States Department of Commerce");
    }

    @Test
    void aHoldersTimelineTowardTheTargetMarksAReversal() {
        browser.get(server.viewURL() + "#/network/Nord%20Stream%202");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "#/network/Nord%20Stream%202"));
        browser.findElement(By.cssSelector("li.holder[data-holder='Germany'] button.holder-link")).click();
        WebElement timeline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline ol.timeline li:nth-child(2)")));
        List<String> polarities = browser.findElements(By.cssSelector("#timeline ol.timeline li")).stream()
                .map(li -> li.getAttribute("data-polarity")).toList();
        assertThat(polarities).containsExactly("positive", "negative");
        assertThat(timeline.getText()).contains("reversal: was positive");
    }

    @Test
    void theActorPageShowsIdentityAndPositionsAimedAtIt() {
        browser.get(server.viewURL() + "#/actor/Mike%20Pompeo");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "#/actor/Mike%20Pompeo"));
        String identity = browser.findElement(By.id("actor-identity")).getText();
        assertThat(identity).contains("Person", "United States", "Q473239", "Secretary of State");
        assertThat(browser.findElement(By.cssSelector("#actor-identity a[href='https://www.wikidata.org/wiki/Q473239']")).isDisplayed()).isTrue();
        List<WebElement> groups = browser.findElements(By.cssSelector("#actor-positions .group[data-kind='OPPOSE'][data-polarity='negative']"));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.getText()).contains("Huawei", "access and control"));
        assertThat(browser.findElements(By.cssSelector("#actor-positions mark.cue"))).isNotEmpty();
    }

    private static List<String> holdersOnSide(String side) {
        return browser.findElements(By.cssSelector("#sides li.holder[data-side='" + side + "']")).stream()
                .map(li -> li.getAttribute("data-holder")).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T script(String js) {
        return (T) ((JavascriptExecutor) browser).executeScript(js);
    }
}
