package org.yishi.web.session;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yishi.command.api.community.PersonId;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.signin.Credentials;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives sessions of a {@link TestCommunity} through the REST API as its people (王委员 schedules and chairs), and
 * signs people in over HTTP for a WebSocket handshake.
 */
public final class SessionDriver {

    private final MockMvc mvc;
    private final TestCommunity community;

    public SessionDriver(MockMvc mvc, TestCommunity community) {
        this.mvc = mvc;
        this.community = community;
    }

    public ResultActions as(PersonId person, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(user(community.user(person))).with(csrf()));
    }

    /** Posts as the person and expects the command to be stored. */
    public void done(PersonId person, String path, String json) throws Exception {
        as(person, post(path), json).andExpect(status().is2xxSuccessful());
    }

    /** 王委员 schedules a hybrid deliberation day he moderates, and waits until its board can be read. */
    public Scheduled schedule(boolean publicBoard) throws Exception {
        String body = as(community.wang, post("/api/communities/" + community.id + "/sessions"), """
                {"kind":"DELIBERATION_DAY","title":"六月党群议事日","startsAt":"2026-06-06T01:00:00Z","place":"社区活动室",
                 "format":"HYBRID","moderatorId":"%s","invitedGroups":[],"speakingSeconds":120,"publicBoard":%s}"""
                .formatted(community.wang.value(), publicBoard))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Scheduled scheduled = new Scheduled(JsonPath.read(body, "$.sessionId"), JsonPath.read(body, "$.joinCode"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> as(community.wang, get("/api/sessions/" + scheduled.sessionId() + "/board"), null)
                        .andExpect(status().isOk()));
        return scheduled;
    }

    public String addItem(String sessionId, String title) throws Exception {
        String body = as(community.wang, post("/api/sessions/" + sessionId + "/agenda"), """
                {"title":"%s","plannedMinutes":20}""".formatted(title))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.itemId");
    }

    public void checkInOnline(String sessionId, PersonId person) throws Exception {
        done(person, "/api/sessions/" + sessionId + "/check-in", "{}");
    }

    /** The board's position once it has caught up with every command sent so far (the last stored event). */
    public long boardPosition(String sessionId) throws Exception {
        String body = as(community.wang, get("/api/sessions/" + sessionId + "/board"), null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.position")).longValue();
    }

    /** Waits until the board shows {@code items} agenda items and {@code attendees} checked in. */
    public void awaitBoard(String sessionId, int items, int attendees) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> as(community.wang, get("/api/sessions/" + sessionId + "/board"), null)
                        .andExpect(jsonPath("$.sections.agenda.items.length()").value(items))
                        .andExpect(jsonPath("$.sections.presence.attendees").value(attendees)));
    }

    /** Waits until the member directory knows everyone, so that rights can be checked on the read side. */
    public void awaitMembers(QueryGateway queries) {
        await().atMost(Duration.ofSeconds(20)).until(
                () -> queries.query(new FindMembers(community.id.value()), MemberDirectory.class).join().members()
                             .size() == 7);
    }

    public record Scheduled(String sessionId, String joinCode) {
    }

    /**
     * Signs {@code person} in with the sign-in form over HTTP and returns the session cookie for a WebSocket
     * handshake. Gives them a password first: the test community's accounts have none.
     */
    public static String signIn(int port, PersonId person, Credentials credentials, PasswordEncoder passwords)
            throws Exception {
        credentials.save(new Credentials.Credential(person.value(), person, person.value(),
                                                    passwords.encode("live-test-password")));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI signin = URI.create("http://localhost:" + port + "/signin");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(signin).GET().build(),
                                              HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                               .matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        String form = "username=" + URLEncoder.encode(person.value(), StandardCharsets.UTF_8)
                      + "&password=live-test-password&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = http.send(
                HttpRequest.newBuilder(signin).header("Content-Type", "application/x-www-form-urlencoded")
                           .header("Cookie", String.join("; ", cookies(page)))
                           .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (signedIn.headers().firstValue("Location").orElse("signin?error").contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + person);
        }
        return cookies(signedIn).stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                                .orElseThrow(() -> new IllegalStateException("No session cookie"));
    }

    private static List<String> cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(header -> header.split(";", 2)[0]).toList();
    }
}
