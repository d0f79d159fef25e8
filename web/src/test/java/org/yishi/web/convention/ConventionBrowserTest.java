package org.yishi.web.convention;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.convention.ApproveConvention;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.ConventionStatus;
import org.yishi.command.api.convention.PublishConvention;
import org.yishi.command.api.convention.PutConventionToVote;
import org.yishi.command.api.convention.PutOnPublicNotice;
import org.yishi.command.api.convention.SubmitConventionForReview;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.query.api.conventions.ConventionPage;
import org.yishi.query.api.conventions.FindConvention;
import org.yishi.web.HeadlessChromium;
import org.yishi.web.RunningApplication;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A convention in headless Chromium on the demo community: a committee member drafts a three-clause square convention
 * on the page; once it is in force as v1 (its notice, vote, review and publication are sent as commands here, the
 * flow test drives them through the API) she starts amending it, a resident on a phone proposes new wording for one
 * clause, and the committee member accepts it; the comparison of the draft with v1 shows the inserted characters,
 * and the text as of a moment before the acceptance still reads as v1 did. Needs Debian's chromium and
 * chromium-driver; without them the test fails, it does not skip.
 */
// A fresh application: MockMvc's csrf() in the tests that share the cached one swaps the CSRF filter's token
// repository of that application, and a real browser then never gets its XSRF-TOKEN cookie.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ConventionBrowserTest extends RunningApplication {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ZoneId COMMUNITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final PersonId COMMITTEE = new PersonId("demo-committee01");
    private static final PersonId SECRETARY = new PersonId("demo-secretary");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
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

    @Test
    void aDraftedConventionIsAmendedByAResidentAndTheDiffAndTheTextAsOfADateShowTheChange() throws Exception {
        WebDriver committee = browsers.open(1280, 1000);
        WebDriver resident = browsers.open(390, 844);
        String title = "锦苑广场公约（测试" + UUID.randomUUID().toString().substring(0, 4) + "）";

        signIn(committee, "committee01");
        committee.get(url("/communities/jinyuan/conventions"));
        // the demo community's members are loaded a moment after the application starts
        reloadUntil(committee, By.id("convention-title"));
        committee.findElement(By.id("convention-title")).sendKeys(title);
        committee.findElement(By.id("convention-preamble")).sendKeys("为维护广场秩序，居民、商户和物业共同约定如下。");
        committee.findElement(By.cssSelector("#draft-convention input[value=MERCHANT]")).click();
        committee.findElement(By.cssSelector("#draft-convention button[type=submit]")).click();
        wait(committee).until(ExpectedConditions.urlMatches("/conventions/[^/?#]+$"));
        String id = idIn(committee.getCurrentUrl(), "/conventions/([^/?#]+)$");
        List<String> clauses = List.of("广场舞每晚九点前结束。", "摊位不得占用消防通道。", "活动结束后清理场地垃圾。");
        for (int n = 1; n <= clauses.size(); n++) {
            reloadUntil(committee, By.cssSelector("form#add-clause"));
            WebElement form = committee.findElement(By.id("add-clause"));
            form.findElement(By.name("text")).sendKeys(clauses.get(n - 1));
            form.findElement(By.name("reason")).sendKeys("居民反映的问题");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            reloadUntil(committee, By.cssSelector("ol.clauses > li:nth-child(" + n + ")"));
        }
        assertThat(committee.findElements(By.cssSelector("ol.clauses [data-role=clause-text]")))
                .extracting(WebElement::getText)
                .containsExactly("第1条 广场舞每晚九点前结束。", "第2条 摊位不得占用消防通道。", "第3条 活动结束后清理场地垃圾。");
        // the list shows the draft to members
        committee.get(url("/communities/jinyuan/conventions"));
        reloadUntil(committee, By.cssSelector("[data-convention='" + id + "']"));

        inForceAsVersionOne(new ConventionId(id));

        committee.get(url("/conventions/" + id));
        reloadUntil(committee, By.cssSelector("#convention[data-status=PUBLISHED] form#amend"));
        committee.findElement(By.id("amend-reason")).sendKeys("夏季天黑晚");
        committee.findElement(By.cssSelector("form#amend button[type=submit]")).click();
        reloadUntil(committee, By.cssSelector("#convention[data-status=DRAFTING]"));

        signIn(resident, "resident01");
        resident.get(url("/conventions/" + id));
        By first = By.cssSelector("ol.clauses > li:nth-child(1)");
        reloadUntil(resident, By.cssSelector("#convention[data-status=DRAFTING] ol.clauses > li:nth-child(1) details"));
        resident.findElement(first).findElement(By.cssSelector("details > summary")).click();
        WebElement amend = resident.findElement(first).findElement(By.cssSelector("form.amend"));
        WebElement wording = amend.findElement(By.name("text"));
        wording.clear();
        wording.sendKeys("广场舞每晚九点半前结束。");
        amend.findElement(By.name("rationale")).sendKeys("夏季天黑晚，多跳半小时");
        amend.findElement(By.cssSelector("button[type=submit]")).click();
        reloadUntil(resident, By.cssSelector("ol.clauses li [data-amendment][data-status=OPEN]"));

        committee.navigate().refresh();
        reloadUntil(committee, By.cssSelector("ol.clauses li [data-amendment][data-status=OPEN] form.accept"));
        // a moment to read the draft by, before the acceptance changes it (the date field counts whole seconds)
        Thread.sleep(1_100);
        LocalDateTime beforeTheAcceptance = LocalDateTime.now(clock.withZone(COMMUNITY_ZONE))
                                                         .truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1_100);
        committee.findElement(By.cssSelector("ol.clauses li [data-amendment] form.accept button")).click();
        reloadUntil(committee, By.cssSelector("ol.clauses li [data-amendment][data-status=ACCEPTED]"));
        // the acceptance and the clause's new wording are two events, and the page may show the first alone
        reloadUntil(committee, By.xpath("//ol[@class='clauses']/li[1]//*[@data-role='clause-text']"
                                        + "[normalize-space(.)='第1条 广场舞每晚九点半前结束。']"));

        // the draft against v1: one clause changed, by the characters 半
        committee.findElement(By.cssSelector("[data-role=draft-diff]")).click();
        wait(committee).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.diff")));
        List<WebElement> changes = committee.findElements(By.cssSelector("ol.diff > li"));
        assertThat(changes).extracting(li -> li.getAttribute("data-change"))
                           .containsExactly("CHANGED", "UNCHANGED", "UNCHANGED");
        assertThat(changes.get(0).findElements(By.tagName("ins"))).extracting(WebElement::getText)
                                                                   .containsExactly("半");
        assertThat(changes.get(0).findElements(By.tagName("del"))).isEmpty();

        // the timeline slider puts each moment in the date field; its first is the drafting
        committee.get(url("/conventions/" + id));
        WebElement slider = wait(committee).until(ExpectedConditions.presenceOfElementLocated(By.id("as-of-slider")));
        ((JavascriptExecutor) committee).executeScript(
                "arguments[0].value = 0; arguments[0].dispatchEvent(new Event('input'));", slider);
        assertThat(committee.findElement(By.id("as-of-at")).getAttribute("value"))
                .isEqualTo(committee.findElement(By.cssSelector("#as-of-moments li")).getAttribute("data-at"));

        // the text as it stood before the acceptance: v1 in force, the open draft still with v1's wording
        ((JavascriptExecutor) committee).executeScript("arguments[0].value = arguments[1];",
                                                       committee.findElement(By.id("as-of-at")),
                                                       beforeTheAcceptance.toString());
        committee.findElement(By.cssSelector("form#as-of button[type=submit]")).click();
        wait(committee).until(ExpectedConditions.presenceOfElementLocated(By.id("as-of-text")));
        assertThat(committee.findElement(By.cssSelector("[data-version='1'][data-published=true] li")).getText())
                .isEqualTo("广场舞每晚九点前结束。");
        assertThat(committee.findElement(By.cssSelector("[data-version='2'][data-published=false] li")).getText())
                .isEqualTo("广场舞每晚九点前结束。");
        // and now: the draft has the accepted wording
        committee.get(url("/conventions/" + id + "/as-of"));
        assertThat(wait(committee).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-version='2'][data-published=false] li"))).getText())
                .isEqualTo("广场舞每晚九点半前结束。");
    }

    /**
     * Notice of two seconds ended by its deadline, an online vote that every verified resident of the demo community
     * carries, the review, and publication to everyone.
     */
    private void inForceAsVersionOne(ConventionId convention) {
        commands.sendAndWait(new PutOnPublicNotice(convention, Duration.ofSeconds(2), COMMITTEE, clock.instant()));
        awaitStatus(convention, ConventionStatus.NOTICE_ENDED);
        MotionId motion = convention.motion(1);
        commands.sendAndWait(new PutConventionToVote(convention, motion, VotePurpose.ADOPTION, null, null,
                                                     clock.instant().plus(Duration.ofDays(1)), Secrecy.NAMED,
                                                     COMMITTEE, clock.instant()));
        for (int n = 1; n <= 45; n++) {
            PersonId voter = new PersonId(String.format("demo-resident%02d", n));
            // the motion is opened by the convention's voting policy a moment after the command
            await().atMost(PATIENCE).ignoreExceptions().until(() -> {
                commands.sendAndWait(new CastBallot(motion, "YES", null, voter.value(), voter, clock.instant()));
                return true;
            });
        }
        commands.sendAndWait(new CloseMotion(motion, 1L, COMMITTEE, clock.instant()));
        awaitStatus(convention, ConventionStatus.ADOPTED);
        commands.sendAndWait(new SubmitConventionForReview(convention, null, COMMITTEE, clock.instant()));
        commands.sendAndWait(new ApproveConvention(convention, "同意", SECRETARY, clock.instant()));
        commands.sendAndWait(new PublishConvention(convention, LocalDate.now(clock.withZone(COMMUNITY_ZONE)),
                                                   Visibility.PUBLIC, COMMITTEE, clock.instant()));
        awaitStatus(convention, ConventionStatus.PUBLISHED);
    }

    private void awaitStatus(ConventionId convention, ConventionStatus status) {
        await().atMost(PATIENCE).until(() -> queries.query(new FindConvention(convention.value()),
                                                           ResponseTypes.optionalInstanceOf(ConventionPage.class))
                                                    .join().map(ConventionPage::status), Optional.of(status)::equals);
    }

    private void signIn(WebDriver browser, String username) {
        browser.get(url("/signin"));
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("yishi2026");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
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

    private static WebDriverWait wait(WebDriver browser) {
        return withTheRefusal(new WebDriverWait(browser, PATIENCE), browser);
    }

    /** A refused command shows its message on the page; a wait that times out says what it was. */
    private static WebDriverWait withTheRefusal(WebDriverWait wait, WebDriver browser) {
        wait.withMessage(() -> browser.getCurrentUrl() + " shows " + browser.findElements(
                By.cssSelector("p.error")).stream().map(WebElement::getText).toList()
                               + ": " + browser.findElement(By.tagName("main")).getText().replace('\n', ' ')
                               + ", console " + browser.manage().logs().get(LogType.BROWSER).getAll());
        return wait;
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
