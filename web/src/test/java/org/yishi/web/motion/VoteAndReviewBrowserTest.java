package org.yishi.web.motion;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.PublishAgenda;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.StartItem;
import org.yishi.web.HeadlessChromium;
import org.yishi.web.RunningApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household vote and a review round in headless Chromium, on the demo community: the moderator opens the vote from
 * the console on the running item, two household representatives vote on phone-sized screens (one tap and a
 * confirmation, one of them changing their mind), the projector shows the result with the rule applied, and the
 * decision it became goes round the review: the committee sends it, the party secretary returns it with comments,
 * the committee revises and resends it, she approves, and it is published; a follow-up action already due shows as
 * overdue on the community's home, and a resident rates how it was carried out. Needs Debian's chromium and
 * chromium-driver; without them the test fails, it does not skip.
 */
// A fresh application: MockMvc's csrf() in the tests that share the cached one swaps the CSRF filter's token
// repository of that application, and a real browser then never gets its XSRF-TOKEN cookie.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class VoteAndReviewBrowserTest extends RunningApplication {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private static final PersonId MODERATOR = new PersonId("demo-moderator");
    private static final PersonId COMMITTEE = new PersonId("demo-committee01");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    Clock clock;

    private final HeadlessChromium browsers = new HeadlessChromium();

    @BeforeEach
    void chromiumIsInstalled() {
        HeadlessChromium.requireInstalled();
    }

    @AfterEach
    void closeTheBrowsers() {
        browsers.quitAll();
    }

    /** A deliberation day under way on the square-dancing proposal, as the live session test leaves one. */
    private String sessionUnderWay() {
        SessionId session = new SessionId(UUID.randomUUID().toString());
        AgendaItemId item = new AgendaItemId(UUID.randomUUID().toString());
        commands.sendAndWait(new ScheduleSession(session, JINYUAN, SessionKind.DELIBERATION_DAY, "六月党群议事日",
                                                 clock.instant().plusSeconds(3600), "社区活动室", Format.HYBRID,
                                                 MODERATOR, Set.of(), "135792", 120, false, COMMITTEE,
                                                 clock.instant()));
        commands.sendAndWait(new AddAgendaItem(session, item, new ProposalId("demo-square-dancing"), "晚上广场舞音乐太吵",
                                               30, 0, COMMITTEE, clock.instant()));
        commands.sendAndWait(new PublishAgenda(session, COMMITTEE, clock.instant()));
        commands.sendAndWait(new OpenSession(session, MODERATOR, clock.instant()));
        commands.sendAndWait(new StartItem(session, item, MODERATOR, clock.instant()));
        return session.value();
    }

    @Test
    void residentsVoteOnTheirPhonesAndTheDecisionGoesRoundTheReview() {
        String sessionId = sessionUnderWay();
        WebDriver staff = browsers.open(1280, 1000);
        WebDriver first = browsers.open(390, 844);
        WebDriver second = browsers.open(390, 844);

        signIn(staff, "moderator");
        staff.get(url("/sessions/" + sessionId));
        reloadUntil(staff, By.cssSelector("#board[data-session]"));
        live(staff);
        wait(staff).until(text(By.cssSelector("[data-role=current-item]"), "晚上广场舞音乐太吵"));

        for (WebDriver[] phone : new WebDriver[][]{{first}, {second}}) {
            WebDriver browser = phone[0];
            signIn(browser, browser == first ? "resident01" : "resident03");
            browser.get(url("/sessions/" + sessionId + "/phone"));
            reloadUntil(browser, By.cssSelector("#board[data-session]"));
            live(browser);
            click(browser, "check-in-online");
            wait(browser).until(attribute(By.cssSelector("[data-role=me-state]"), "data-checked-in", "true"));
        }
        wait(staff).until(text(By.cssSelector("[data-role=attendees]"), "2"));

        // the moderator opens a household vote on the running item
        staff.findElement(By.cssSelector("#open-vote summary")).click();
        staff.findElement(By.id("vote-question")).sendKeys("广场舞每晚九点前结束，音量不超过60分贝");
        staff.findElement(By.cssSelector("input[name=vote-unit][value=HOUSEHOLD]")).click();
        click(staff, "open-vote");
        wait(staff).until(attribute(By.cssSelector("[data-section=vote] [data-role=vote-status]"), "data-status",
                                    "OPEN"));

        // the phones see it on the live board and go to it in one tap
        for (WebDriver phone : List.of(first, second)) {
            wait(phone).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-role=vote-link]"))).click();
            wait(phone).until(ExpectedConditions.urlMatches("/motions/[^/?#]+$"));
            wait(phone).until(attribute(By.cssSelector("[data-role=my-vote]"), "data-voted", "false"));
            assertThat(phone.findElement(By.cssSelector(".vote-rules")).getText()).contains("一户一票");
        }
        String motionId = idIn(first.getCurrentUrl(), "/motions/([^/?#]+)$");

        vote(first, "NO");
        assertThat(first.findElement(By.cssSelector("[data-role=my-vote]")).getText()).contains("您已投票：反对");
        vote(first, "YES");
        vote(second, "YES");
        wait(staff).until(text(By.cssSelector("[data-section=vote] [data-role=turnout]"), "2"));
        assertThat(staff.findElements(By.cssSelector("[data-section=vote] [data-role^=count-]"))).isEmpty();

        String console = staff.getWindowHandle();
        staff.switchTo().newWindow(WindowType.TAB).get(url("/sessions/" + sessionId + "/board"));
        live(staff);
        String projector = staff.getWindowHandle();
        staff.switchTo().window(console);
        click(staff, "close-vote");
        wait(staff).until(attribute(By.cssSelector("[data-section=vote] [data-role=vote-outcome]"), "data-outcome",
                                    "PASSED"));
        staff.switchTo().window(projector);
        wait(staff).until(attribute(By.cssSelector("[data-section=vote] [data-role=vote-outcome]"), "data-outcome",
                                    "PASSED"));
        assertThat(staff.findElement(By.cssSelector("[data-section=vote] [data-role=count-YES]")).getText())
                .isEqualTo("2");
        assertThat(staff.findElement(By.cssSelector("[data-section=vote] [data-role=vote-rule]")).getText())
                .contains("适用规则");
        // the phone that voted shows the result once the vote is closed
        wait(first).until(attribute(By.cssSelector("[data-role=my-vote]"), "data-status", "CLOSED"));
        wait(first).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-role=result] [data-role=vote-outcome]")));
        screenshots(staff, console, projector, first);

        // the decision goes round the review: committee, party secretary, committee, party secretary
        String decision = "/decisions/motion-" + motionId;
        signOut(staff);
        signIn(staff, "committee01");
        staff.get(url(decision));
        reloadUntil(staff, By.cssSelector("form#submit"));
        assertThat(staff.findElement(By.cssSelector("[data-role=provenance-proposal]")).getText())
                .contains("晚上广场舞音乐太吵");
        staff.findElement(By.id("submit-note")).sendKeys("请书记审核");
        staff.findElement(By.cssSelector("form#submit button[type=submit]")).click();
        reloadUntil(staff, By.cssSelector("#decision[data-status=UNDER_REVIEW]"));

        signOut(second);
        signIn(second, "secretary");
        second.get(url("/communities/jinyuan/review"));
        reloadUntil(second, By.cssSelector("[data-role=review-queue] a[href='" + decision + "']"));
        second.findElement(By.cssSelector("[data-role=review-queue] a[href='" + decision + "']")).click();
        reloadUntil(second, By.cssSelector("form#return"));
        assertThat(second.findElements(By.cssSelector("form#revise"))).isEmpty();
        second.findElement(By.id("return-comments")).sendKeys("请写明由谁每晚巡查");
        second.findElement(By.cssSelector("form#return button[type=submit]")).click();
        reloadUntil(second, By.cssSelector("#decision[data-status=RETURNED]"));

        staff.get(url(decision));
        reloadUntil(staff, By.cssSelector("#decision[data-status=RETURNED]"));
        assertThat(staff.findElement(By.cssSelector("[data-round='1'] [data-role=comments]")).getText())
                .contains("请写明由谁每晚巡查");
        WebElement text = staff.findElement(By.id("revise-text"));
        text.sendKeys("由物业每晚九点巡查，社区志愿者协助。");
        staff.findElement(By.id("revise-reason")).sendKeys("按审核意见写明巡查人");
        staff.findElement(By.cssSelector("form#revise button[type=submit]")).click();
        reloadUntil(staff, By.xpath("//*[@data-role='text'][contains(., '由物业每晚九点巡查')]"));
        staff.findElement(By.cssSelector("form#submit button[type=submit]")).click();
        reloadUntil(staff, By.cssSelector("#decision[data-status=UNDER_REVIEW]"));

        second.get(url(decision));
        reloadUntil(second, By.cssSelector("form#approve"));
        second.findElement(By.cssSelector("form#approve button[type=submit]")).click();
        reloadUntil(second, By.cssSelector("#decision[data-status=APPROVED]"));

        staff.get(url(decision));
        reloadUntil(staff, By.cssSelector("form#publish"));
        staff.findElement(By.cssSelector("form#publish input[value=PUBLIC]")).click();
        staff.findElement(By.cssSelector("form#publish button[type=submit]")).click();
        reloadUntil(staff, By.cssSelector("#decision[data-status=PUBLISHED]"));
        assertThat(staff.findElements(By.cssSelector("[data-role=rounds] [data-verdict]")))
                .extracting(element -> element.getDomAttribute("data-verdict"))
                .containsExactly("RETURNED", "APPROVED");

        // a follow-up action, already due, shows as overdue on the community's home; a resident rates the result
        staff.findElement(By.cssSelector("#add-action summary")).click();
        staff.findElement(By.id("action-description")).sendKeys("每晚九点巡查广场音量");
        staff.findElement(By.id("action-responsible")).sendKeys("物业公司");
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        ((JavascriptExecutor) staff).executeScript("document.getElementById('action-due').value = arguments[0]",
                                                   yesterday);
        staff.findElement(By.cssSelector("#add-action button[type=submit]")).click();
        reloadUntil(staff, By.cssSelector("[data-role=actions] [data-role=overdue]"));
        staff.get(url("/communities/jinyuan"));
        reloadUntil(staff, By.xpath("//*[@data-role='overdue-actions']//*[contains(., '每晚九点巡查广场音量')]"));

        first.get(url(decision));
        reloadUntil(first, By.cssSelector("form#rate"));
        first.findElement(By.cssSelector("form#rate label.star:nth-of-type(4)")).click();
        first.findElement(By.cssSelector("form#rate button[type=submit]")).click();
        reloadUntil(first, By.cssSelector("[data-role=my-rating]"));
        assertThat(first.findElement(By.cssSelector("[data-role=rating-count]")).getText()).isEqualTo("1");
        save(staff, "home-overdue.png");
        save(first, "decision-rated.png");
    }

    /** One tap on the option, then the confirmation; waits until the phone shows the ballot recorded. */
    private static void vote(WebDriver phone, String option) {
        wait(phone).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-option='" + option + "']"))).click();
        wait(phone).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-role=confirm]")));
        click(phone, "confirm");
        wait(phone).until(attribute(By.cssSelector("[data-role=my-vote]"), "data-option", option));
    }

    private static void screenshots(WebDriver staff, String console, String projector, WebDriver phone) {
        staff.switchTo().window(console);
        save(staff, "console-vote.png");
        staff.switchTo().window(projector);
        save(staff, "projector-vote.png");
        save(phone, "phone-ballot.png");
        staff.switchTo().window(console);
    }

    /** For a person reviewing the pages' look: target/vote-screenshots/*.png. */
    private static void save(WebDriver browser, String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "vote-screenshots"));
            Files.write(directory.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(url("/signin"));
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("yishi2026");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    private static void signOut(WebDriver browser) {
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header a[href='/signin']")));
    }

    /** Reloads the page until the element is there: the views follow the stored events by a moment. */
    private static void reloadUntil(WebDriver browser, By element) {
        withTheRefusal(new WebDriverWait(browser, PATIENCE, Duration.ofMillis(500)), browser).until(driver -> {
            if (!driver.findElements(element).isEmpty()) {
                return true;
            }
            try {
                driver.navigate().refresh();
            } catch (WebDriverException navigationAborted) {
                // the page navigated by itself meanwhile (a form's redirect, a refresh after saving): look again
                return false;
            }
            return !driver.findElements(element).isEmpty();
        });
    }

    private static void live(WebDriver browser) {
        wait(browser).until(attribute(By.id("board"), "data-live", "live"));
    }

    private static void click(WebDriver browser, String action) {
        wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-action='" + action + "']"))).click();
    }

    private static WebDriverWait wait(WebDriver browser) {
        return withTheRefusal(new WebDriverWait(browser, PATIENCE), browser);
    }

    /** A refused command shows its message on the page; a wait that times out says what it was. */
    private static WebDriverWait withTheRefusal(WebDriverWait wait, WebDriver browser) {
        wait.withMessage(() -> browser.getCurrentUrl() + " shows " + browser.findElements(
                By.cssSelector("[data-role=error]:not([hidden]), p.error")).stream().map(WebElement::getText).toList()
                               + ": " + browser.findElement(By.tagName("main")).getText().replace('\n', ' ')
                               + ", console " + browser.manage().logs().get(LogType.BROWSER).getAll());
        return wait;
    }

    private static ExpectedCondition<Boolean> text(By element, String expected) {
        return ExpectedConditions.textToBe(element, expected);
    }

    private static ExpectedCondition<Boolean> attribute(By element, String name, String expected) {
        return ExpectedConditions.attributeToBe(element, name, expected);
    }

    private static String idIn(String url, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(url);
        assertThat(matcher.find()).as(url).isTrue();
        return matcher.group(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
