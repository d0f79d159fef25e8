package org.yishi.web.session;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.yishi.web.HeadlessChromium;
import org.yishi.web.RunningApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.signin.Credentials;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A resident replays a closed session in headless Chromium: the slider and the step buttons move the board, drawn by
 * the live board's renderers, through the session as it happened, and a link names a moment. The page only reads, so
 * the browser's session cookie is all it needs. Needs Debian's chromium and chromium-driver.
 */
class ReplayBrowserTest extends RunningApplication {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    Credentials credentials;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwords;

    private final HeadlessChromium browsers = new HeadlessChromium();
    TestCommunity community;
    SessionDriver sessions;
    String sessionId;

    /** 张阿姨 and 李师傅 check in online; 张阿姨 asks for the floor, speaks, and the item ends with a recommendation. */
    @BeforeEach
    void aClosedSession() throws Exception {
        HeadlessChromium.requireInstalled();
        community = new TestCommunity(commands, credentials, users);
        sessions = new SessionDriver(mvc, community);
        sessions.awaitMembers(queries);
        sessionId = sessions.schedule(false).sessionId();
        String item = sessions.addItem(sessionId, "广场舞音量");
        String base = "/api/sessions/" + sessionId;
        sessions.done(community.wang, base + "/open", null);
        sessions.checkInOnline(sessionId, community.zhang);
        sessions.checkInOnline(sessionId, community.li);
        sessions.done(community.wang, base + "/items/" + item + "/start", null);
        sessions.done(community.zhang, base + "/floor", null);
        sessions.done(community.wang, base + "/floor/give",
                      "{\"speakerId\":\"%s\"}".formatted(community.zhang.value()));
        sessions.done(community.wang, base + "/floor/end", null);
        sessions.done(community.wang, base + "/items/" + item + "/close",
                      "{\"outcome\":\"RECOMMENDATION\",\"text\":\"九点后关音乐\"}");
        sessions.done(community.wang, base + "/close", null);
        await().atMost(PATIENCE).untilAsserted(() -> sessions.as(community.wang, get(base + "/board"), null)
                .andExpect(jsonPath("$.sections.header.status").value("CLOSED")));
    }

    @AfterEach
    void closeTheBrowsers() {
        browsers.quitAll();
    }

    @Test
    void aResidentStepsThroughAClosedSessionWithTheSliderAndTheButtons() throws Exception {
        WebDriver browser = signedIn(browsers.open(1280, 1000));
        browser.get(url("/sessions/" + sessionId + "/replay"));
        WebDriverWait wait = patient(browser);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-role=controls]")));

        // the first step is the scheduling: nothing on the agenda yet
        assertThat(step(browser)).isEqualTo(0);
        assertThat(text(browser, "[data-section=header] [data-role=status]")).isEqualTo("已安排");
        assertThat(text(browser, "[data-role=step]")).startsWith("第 1 / ").contains("安排会议");

        // forward to the moment 张阿姨 has the floor
        click(browser, "next");
        wait.until(attribute("data-step", "1"));
        while (browser.findElements(By.cssSelector("[data-section=speaker] [data-role=speaker]")).stream()
                      .noneMatch(speaker -> speaker.getText().equals("张阿姨"))) {
            int before = step(browser);
            click(browser, "next");
            wait.until(attribute("data-step", String.valueOf(before + 1)));
        }
        assertThat(text(browser, "[data-role=current-item]")).isEqualTo("广场舞音量");
        assertThat(text(browser, "[data-role=attendees]")).isEqualTo("2");
        assertThat(text(browser, "[data-role=step]")).contains("开始发言");
        String moment = browser.findElement(By.id("replay")).getDomAttribute("data-position");
        assertThat(browser.getCurrentUrl()).endsWith("?position=" + moment);

        // the end: the session closed, nobody speaking
        click(browser, "last");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-section=header] [data-role=status]"), "已结束"));
        String last = browser.findElement(By.cssSelector("[data-role=slider]")).getDomProperty("max");
        assertThat(browser.findElement(By.id("replay")).getDomAttribute("data-step")).isEqualTo(last);
        assertThat(text(browser, "[data-role=speaker]")).isEqualTo("暂无发言人");

        // a link to the moment opens the replay there
        browser.get(url("/sessions/" + sessionId + "/replay?position=" + moment));
        wait.until(attribute("data-position", moment));
        assertThat(text(browser, "[data-role=speaker]")).isEqualTo("张阿姨");
    }

    private WebDriver signedIn(WebDriver browser) throws Exception {
        String cookie = SessionDriver.signIn(port, community.zhang, credentials, passwords);
        browser.get(url("/signin"));
        String[] parts = cookie.split("=", 2);
        browser.manage().addCookie(new Cookie(parts[0], parts[1]));
        return browser;
    }

    private static int step(WebDriver browser) {
        return Integer.parseInt(browser.findElement(By.id("replay")).getDomAttribute("data-step"));
    }

    private static String text(WebDriver browser, String selector) {
        return browser.findElement(By.cssSelector(selector)).getText().trim();
    }

    private static void click(WebDriver browser, String step) {
        browser.findElement(By.cssSelector("button[data-step='" + step + "']")).click();
    }

    private static ExpectedCondition<Boolean> attribute(String name, String value) {
        return ExpectedConditions.attributeToBe(By.id("replay"), name, value);
    }

    private static WebDriverWait patient(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.withMessage(() -> browser.getCurrentUrl() + " shows " + browser.findElement(By.tagName("main")).getText()
                                                                             .replace('\n', ' ')
                               + ", console " + browser.manage().logs().get(LogType.BROWSER).getAll());
        return wait;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
