package org.yishi.web.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.yishi.web.HeadlessChromium;
import org.yishi.web.RunningApplication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deliberation day in three headless Chromium windows: a committee member schedules it from the accepted
 * proposals, the demo moderator runs it from the console, one resident checks in by the join code and another online, both on
 * phone-sized screens, and every page's board follows what happens. Needs Debian's chromium and chromium-driver;
 * without them the test fails, it does not skip.
 */
// A fresh application: MockMvc's csrf() in the tests that share the cached one swaps the CSRF filter's token
// repository of that application, and a real browser then never gets its XSRF-TOKEN cookie.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class LiveSessionBrowserTest extends RunningApplication {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LI_AYI = "李阿姨";   // resident03
    private static final String LIU_AYI = "刘阿姨";  // resident05

    @LocalServerPort
    int port;

    private final HeadlessChromium browsers = new HeadlessChromium();

    @BeforeEach
    void chromiumIsInstalled() {
        HeadlessChromium.requireInstalled();
    }

    @AfterEach
    void closeTheBrowsers() {
        browsers.quitAll();
    }

    @Test
    void aModeratorAndTwoResidentsRunADeliberationDayAndEveryBoardFollows() {
        WebDriver moderator = browsers.open(1280, 1000);
        WebDriver byCode = browsers.open(390, 844);
        WebDriver online = browsers.open(390, 844);

        // a committee member schedules the day from the accepted proposals, names the social worker to moderate
        // it and publishes the agenda; the moderator then runs it from the same browser
        signIn(moderator, "committee01");
        moderator.get(url("/communities/jinyuan/sessions"));
        // the demo's accepted proposals reach the proposal list a moment after the application starts
        reloadUntil(moderator, By.cssSelector("#schedule input[name=proposal][value=demo-stalls]"));
        reloadUntil(moderator, By.cssSelector("#moderatorId option[value=demo-moderator]"));
        // the demo's last month closed the session its earlier proposal went to; the list follows by a moment
        reloadUntilGone(moderator, By.cssSelector("#schedule input[name=proposal][value=demo-square-evenings]"));
        assertThat(moderator.findElement(By.cssSelector("input[name=proposal][value=demo-square-dancing]"))
                            .isSelected()).isTrue();
        new Select(moderator.findElement(By.id("moderatorId"))).selectByVisibleText("社工小林");
        moderator.findElement(By.cssSelector("#schedule button[type=submit]")).click();

        wait(moderator).until(ExpectedConditions.urlMatches("/sessions/[^/?#]+$"));
        String sessionId = sessionIdIn(moderator.getCurrentUrl());
        reloadUntil(moderator, By.cssSelector("#board[data-session]"));
        live(moderator);
        wait(moderator).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-section=agenda] li"), 2));
        click(moderator, "publish");
        wait(moderator).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-role=agenda-published]")));

        moderator.findElement(By.cssSelector("header form button[type=submit]")).click();
        // signed out only once the start page offers to sign in again; asking for /signin sooner races the redirect
        wait(moderator).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header a[href='/signin']")));
        signIn(moderator, "moderator");
        moderator.get(url("/sessions/" + sessionId));
        live(moderator);
        String joinCode = moderator.findElement(By.cssSelector("[data-role=join-code]")).getText().trim();
        assertThat(joinCode).matches("[0-9]{6}");
        click(moderator, "open");
        wait(moderator).until(text(By.cssSelector("[data-section=header] [data-role=status]"), "进行中"));

        // the first resident scans the code: sign-in first, then checked in by code, then the phone view
        byCode.get(url("/join/" + joinCode));
        signInHere(byCode, "resident03");
        wait(byCode).until(ExpectedConditions.urlToBe(url("/sessions/" + sessionId + "/phone")));
        live(byCode);
        wait(byCode).until(attribute(By.cssSelector("[data-role=me-state]"), "data-checked-in", "true"));

        signIn(online, "resident05");
        online.get(url("/sessions/" + sessionId + "/phone"));
        reloadUntil(online, By.cssSelector("#board[data-session]"));
        live(online);
        click(online, "check-in-online");
        wait(online).until(attribute(By.cssSelector("[data-role=me-state]"), "data-checked-in", "true"));

        // the projector, in a tab of the moderator's browser
        String console = moderator.getWindowHandle();
        moderator.switchTo().newWindow(WindowType.TAB).get(url("/sessions/" + sessionId + "/board"));
        live(moderator);
        String projector = moderator.getWindowHandle();
        assertThat(moderator.findElement(By.cssSelector(".join [data-role=join-code]")).getText()).isEqualTo(joinCode);

        for (Page page : pages(moderator, console, projector, byCode, online)) {
            page.until(text(By.cssSelector("[data-role=attendees]"), "2"));
        }

        moderator.switchTo().window(console);
        moderator.findElement(By.cssSelector("[data-section=agenda] li:first-child [data-action=start]")).click();
        for (Page page : pages(moderator, console, projector, byCode, online)) {
            page.until(text(By.cssSelector("[data-role=current-item]"), "晚上广场舞音乐太吵"));
        }

        click(byCode, "ask");
        wait(byCode).until(attribute(By.cssSelector("[data-role=me-state]"), "data-place-in-line", "1"));
        for (Page page : pages(moderator, console, projector, byCode, online)) {
            page.until(text(By.cssSelector("[data-role=waiting] li"), LI_AYI));
        }

        online.findElement(By.cssSelector("[data-stance=SUPPORT]")).click();
        online.findElement(By.id("reason")).sendKeys("限定音量，九点前结束，大家都能接受");
        wait(online).until(text(By.cssSelector("[data-role=reason-count]"), "17"));
        click(online, "position");
        wait(online).until(attribute(By.cssSelector("[data-role=me-state]"), "data-stance", "SUPPORT"));
        for (Page page : pages(moderator, console, projector, byCode, online)) {
            page.until(text(By.cssSelector("[data-role=support]"), "1"));
            page.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[data-section=reasons]"), "九点前结束"));
        }

        moderator.switchTo().window(console);
        long before = position(moderator);
        click(moderator, "give-next");
        for (Page page : pages(moderator, console, projector, byCode, online)) {
            page.until(text(By.cssSelector("[data-role=speaker]"), LI_AYI));
            page.until(driver -> !driver.findElement(By.cssSelector("[data-countdown]")).getText().isBlank());
            page.until(text(By.cssSelector("[data-role=waiting]"), "无人等候"));
        }
        moderator.switchTo().window(console);
        assertThat(position(moderator)).isGreaterThan(before);
        assertThat(byCode.findElement(By.cssSelector("[data-role=me-state]")).getText()).contains("轮到您发言了");
        assertThat(online.findElement(By.cssSelector("[data-role=speaker]")).getText()).doesNotContain(LIU_AYI);

        // a reload starts from the board kept in the tab and catches up from its position
        long seen = position(byCode);
        byCode.navigate().refresh();
        live(byCode);
        assertThat(position(byCode)).isGreaterThanOrEqualTo(seen);
        assertThat(byCode.findElement(By.cssSelector("[data-role=speaker]")).getText()).isEqualTo(LI_AYI);
        assertThat(byCode.findElement(By.cssSelector("[data-role=support]")).getText()).isEqualTo("1");

        screenshots(moderator, console, projector, byCode, online);
    }

    /** For a person reviewing the pages' look: target/session-screenshots/*.png. */
    private static void screenshots(WebDriver moderator, String console, String projector, WebDriver byCode,
                                    WebDriver online) {
        Path directory = Path.of("target", "session-screenshots");
        try {
            Files.createDirectories(directory);
            moderator.switchTo().window(console);
            save(moderator, directory.resolve("console.png"));
            moderator.switchTo().window(projector);
            save(moderator, directory.resolve("projector.png"));
            save(byCode, directory.resolve("phone-by-code.png"));
            save(online, directory.resolve("phone-online.png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void save(WebDriver browser, Path file) throws java.io.IOException {
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(
                org.openqa.selenium.OutputType.BYTES));
    }

    /** One page to watch: a browser, and the tab to switch to first when the browser has several. */
    private record Page(WebDriver driver, String window) {

        void until(ExpectedCondition<?> condition) {
            if (window != null) {
                driver.switchTo().window(window);
            }
            withTheRefusal(new WebDriverWait(driver, PATIENCE), driver).until(condition);
        }
    }

    private static List<Page> pages(WebDriver moderator, String console, String projector, WebDriver byCode,
                                    WebDriver online) {
        return List.of(new Page(moderator, console), new Page(moderator, projector), new Page(byCode, null),
                       new Page(online, null));
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(url("/signin"));
        signInHere(browser, username);
        wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    private static void signInHere(WebDriver browser, String username) {
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("yishi2026");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /** Reloads the page until the element is there: the views follow the stored events by a moment. */
    private static void reloadUntil(WebDriver browser, By element) {
        reloadUntil(browser, driver -> !driver.findElements(element).isEmpty());
    }

    /** Reloads the page until the element is no longer there. */
    private static void reloadUntilGone(WebDriver browser, By element) {
        reloadUntil(browser, driver -> driver.findElements(element).isEmpty());
    }

    private static void reloadUntil(WebDriver browser, Predicate<WebDriver> shown) {
        new WebDriverWait(browser, PATIENCE, Duration.ofMillis(500)).until(driver -> {
            if (shown.test(driver)) {
                return true;
            }
            try {
                driver.navigate().refresh();
            } catch (WebDriverException navigationAborted) {
                // the page navigated by itself meanwhile (a form's redirect, a refresh after saving): look again
                return false;
            }
            return shown.test(driver);
        });
    }

    /** Waits until the page's board is connected and caught up. */
    private static void live(WebDriver browser) {
        wait(browser).until(attribute(By.id("board"), "data-live", "live"));
    }

    private static void click(WebDriver browser, String action) {
        WebElement button = wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-action='" + action + "']")));
        button.click();
    }

    private static long position(WebDriver browser) {
        return Long.parseLong(browser.findElement(By.id("board")).getDomAttribute("data-position"));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return withTheRefusal(new WebDriverWait(browser, PATIENCE), browser);
    }

    /** A refused command shows its message on the page; a wait that times out says what it was. */
    private static WebDriverWait withTheRefusal(WebDriverWait wait, WebDriver browser) {
        wait.withMessage(() -> browser.getCurrentUrl() + " shows " + browser.findElements(
                By.cssSelector("[data-role=error]:not([hidden])")).stream().map(WebElement::getText).toList()
                               + ", board " + browser.findElements(By.id("board")).stream().map(
                board -> board.getDomAttribute("data-live") + " at " + board.getDomAttribute("data-position") + ": "
                         + board.getText().replace('\n', ' ')).toList()
                               + ", cookies " + browser.manage().getCookies()
                               + ", console " + browser.manage().logs().get(LogType.BROWSER).getAll());
        return wait;
    }

    private static ExpectedCondition<Boolean> text(By element, String expected) {
        return ExpectedConditions.textToBe(element, expected);
    }

    private static ExpectedCondition<Boolean> attribute(By element, String name, String expected) {
        return ExpectedConditions.attributeToBe(element, name, expected);
    }

    private static String sessionIdIn(String url) {
        Matcher matcher = Pattern.compile("/sessions/([^/?#]+)$").matcher(url);
        assertThat(matcher.find()).as(url).isTrue();
        return matcher.group(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
