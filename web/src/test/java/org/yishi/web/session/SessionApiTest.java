package org.yishi.web.session;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.yishi.web.RunningApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.signin.Credentials;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SessionApiTest extends RunningApplication {

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

    TestCommunity community;
    SessionDriver driver;

    @BeforeEach
    void aCommunityWhoseDirectoryIsUpToDate() {
        community = new TestCommunity(commands, credentials, users);
        driver = new SessionDriver(mvc, community);
        driver.awaitMembers(queries);
    }

    @Test
    void aScheduledSessionGetsASixDigitJoinCodeThatFindsItAndThatStaffSeeAsAScannableQrCode() throws Exception {
        SessionDriver.Scheduled session = driver.schedule(false);
        assertThat(session.joinCode()).matches("\\d{6}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> mvc.perform(get("/api/join/" + session.joinCode()))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$.sessionId").value(session.sessionId())));
        String body = driver.as(community.wang, get("/api/sessions/" + session.sessionId() + "/join-code"), null)
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.code").value(session.joinCode()))
                            .andReturn().getResponse().getContentAsString();
        String joinUrl = JsonPath.read(body, "$.joinUrl");
        assertThat(joinUrl).isEqualTo("http://localhost/join/" + session.joinCode());

        byte[] png = driver.as(community.wang, get("/api/sessions/" + session.sessionId() + "/join-code.png"), null)
                           .andExpect(status().isOk())
                           .andExpect(content().contentTypeCompatibleWith(MediaType.IMAGE_PNG))
                           .andReturn().getResponse().getContentAsByteArray();
        assertThat(scanned(png)).isEqualTo(joinUrl);
    }

    private static String scanned(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    @Test
    void aResidentSeesNeitherTheJoinCodeNorItsImage() throws Exception {
        String id = driver.schedule(false).sessionId();
        driver.as(community.zhang, get("/api/sessions/" + id + "/join-code"), null)
              .andExpect(status().isForbidden())
              .andExpect(jsonPath("$.messages['zh-CN']").isNotEmpty())
              .andExpect(jsonPath("$.messages.en", containsString("join code")));
        driver.as(community.zhang, get("/api/sessions/" + id + "/join-code.png"), null)
              .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheCommitteeSchedulesASession() throws Exception {
        driver.as(community.zhang, post("/api/communities/" + community.id + "/sessions"), """
                {"kind":"DELIBERATION_DAY","title":"我的会","startsAt":"2026-06-06T01:00:00Z","place":"家里",
                 "format":"IN_ROOM","moderatorId":"%s","speakingSeconds":120}""".formatted(community.zhang.value()))
              .andExpect(status().isForbidden())
              .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    @Test
    void aResidentChecksInWithTheRightCodeOnlyAndTheSessionListShowsTheSession() throws Exception {
        SessionDriver.Scheduled session = driver.schedule(false);
        String id = session.sessionId();
        String wrong = session.joinCode().equals("000000") ? "111111" : "000000";

        driver.as(community.zhang, post("/api/sessions/" + id + "/check-in"), "{\"code\":\"" + wrong + "\"}")
              .andExpect(status().isUnprocessableEntity())
              .andExpect(jsonPath("$.code").value("rejected"))
              .andExpect(jsonPath("$.messages.en").value("The join code is wrong"));
        driver.as(community.zhang, post("/api/sessions/" + id + "/check-in"),
                  "{\"code\":\"" + session.joinCode() + "\"}")
              .andExpect(status().isNoContent());

        driver.awaitBoard(id, 0, 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> driver.as(community.zhang, get("/api/communities/" + community.id + "/sessions"), null)
                            .andExpect(jsonPath("$.sessions[0].sessionId").value(id))
                            .andExpect(jsonPath("$.sessions[0].moderatorId").value(community.wang.value())));
    }

    @Test
    void theAgendaIsBuiltRemovedFromAndReorderedThroughTheApi() throws Exception {
        String id = driver.schedule(false).sessionId();
        String first = driver.addItem(id, "电动车充电桩");
        String second = driver.addItem(id, "楼道堆物");
        String third = driver.addItem(id, "垃圾分类");
        driver.as(community.wang, delete("/api/sessions/" + id + "/agenda/" + second), null)
              .andExpect(status().isNoContent());
        driver.as(community.wang, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                      .put("/api/sessions/" + id + "/agenda/order"),
                  "{\"order\":[\"" + third + "\",\"" + first + "\"]}")
              .andExpect(status().isNoContent());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> driver.as(community.zhang, get("/api/sessions/" + id + "/board"), null)
                            .andExpect(jsonPath("$.sections.agenda.items[0].itemId").value(third))
                            .andExpect(jsonPath("$.sections.agenda.items[1].itemId").value(first))
                            .andExpect(jsonPath("$.sections.agenda.items.length()").value(2)));
    }

    @Test
    void aBoardThatIsNotPublicIsForMembersAndAPublicOneForAnyone() throws Exception {
        String closed = driver.schedule(false).sessionId();
        String open = driver.schedule(true).sessionId();

        driver.as(community.outsider, get("/api/sessions/" + closed + "/board"), null)
              .andExpect(status().isForbidden())
              .andExpect(jsonPath("$.messages.en", containsString("Only members")));
        mvc.perform(get("/api/sessions/" + closed + "/board")).andExpect(status().isForbidden());
        mvc.perform(get("/api/sessions/" + open + "/board"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.sections.header.publicBoard").value(true));
    }

    @Test
    void theRoomSeesTheJoinCodeImageOfAPublicBoardWithoutSigningInButNotOfAnotherBoard() throws Exception {
        String closed = driver.schedule(false).sessionId();
        String open = driver.schedule(true).sessionId();

        mvc.perform(get("/api/sessions/" + closed + "/join-code.png")).andExpect(status().isForbidden());
        // the code is read from the session list, a projection of its own that may trail the board
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            byte[] png = mvc.perform(get("/api/sessions/" + open + "/join-code.png"))
                            .andExpect(status().isOk())
                            .andReturn().getResponse().getContentAsByteArray();
            assertThat(scanned(png)).contains("/join/");
        });
    }

    @Test
    void aCommandToAnUnknownSessionIsNotFoundAndAMalformedOneIsRefused() throws Exception {
        driver.as(community.wang, post("/api/sessions/no-such-session/open"), null)
              .andExpect(status().isNotFound())
              .andExpect(jsonPath("$.code").value("not-found"));
        driver.as(community.wang, get("/api/sessions/no-such-session/board"), null).andExpect(status().isNotFound());
        mvc.perform(get("/api/join/999999x")).andExpect(status().isNotFound());
        String id = driver.schedule(false).sessionId();
        driver.as(community.wang, post("/api/sessions/" + id + "/agenda"), "{\"title\":")
              .andExpect(status().isBadRequest())
              .andExpect(jsonPath("$.code").value("malformed"));
        driver.as(community.wang, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                      .put("/api/sessions/" + id + "/position"), "{\"stance\":\"MAYBE\",\"reason\":\"\"}")
              .andExpect(status().isBadRequest());
        driver.as(community.wang, post("/api/communities/" + community.id + "/sessions"), """
                {"kind":"DELIBERATION_DAY","title":"","startsAt":"2026-06-06T01:00:00Z","place":"活动室",
                 "format":"IN_ROOM","moderatorId":"%s","speakingSeconds":120}""".formatted(community.wang.value()))
              .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void aStrangerIsTurnedAwayFromTheApiButNotFromAJoinCode() throws Exception {
        mvc.perform(get("/api/sessions/any/me")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/join/123456")).andExpect(status().isNotFound())
           .andExpect(jsonPath("$.code").value(matchesPattern("not-found")));
    }
}
