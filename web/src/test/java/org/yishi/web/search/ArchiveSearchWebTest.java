package org.yishi.web.search;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yishi.command.api.community.PersonId;
import org.yishi.query.search.ArchiveSearchProjection;
import org.yishi.web.RunningApplication;
import org.yishi.web.motion.MotionDriver;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.session.SessionDriver;
import org.yishi.web.signin.Credentials;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A deliberation day recommends quieter square dancing, the decision is reviewed and published to everyone, and the
 * session closes: anyone finds the decision, only the committee the minutes; the page marks the terms and counts by
 * facet, the CSV lists the results, a malformed search is refused in both languages, and a reset of the processor
 * rebuilds the index from the events.
 */
class ArchiveSearchWebTest extends RunningApplication {

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
    EventProcessingConfiguration processing;

    TestCommunity community;
    SessionDriver sessions;
    String decision;
    String session;

    @BeforeEach
    void aRecommendationWasPublishedToEveryoneAndItsSessionClosed() throws Exception {
        community = new TestCommunity(commands, credentials, users);
        sessions = new SessionDriver(mvc, community);
        sessions.awaitMembers(queries);
        MotionDriver.Running running = new MotionDriver(sessions, community).running(List.of(community.zhang));
        session = running.sessionId();
        String base = "/api/sessions/" + session;
        sessions.done(community.wang, base + "/items/" + running.itemId() + "/close",
                      "{\"outcome\":\"RECOMMENDATION\",\"text\":\"广场舞晚上九点前结束，音量不超过六十分贝，由物业安装分贝仪\"}");
        sessions.done(community.wang, base + "/close", null);
        decision = "item-" + session + "-" + running.itemId();
        eventually(() -> read(community.wang, "/api/decisions/" + decision).andExpect(status().isOk()));
        sessions.done(community.wang, "/api/decisions/" + decision + "/submit", null);
        sessions.done(community.sun, "/api/decisions/" + decision + "/approve", null);
        eventually(() -> read(community.wang, "/api/decisions/" + decision)
                .andExpect(jsonPath("$.status").value("APPROVED")));
        sessions.done(community.wang, "/api/decisions/" + decision + "/publish", "{\"visibility\":\"PUBLIC\"}");
    }

    private String search(String query) {
        return "/api/search?community=" + community.id.value() + "&" + query;
    }

    @Test
    void anyoneFindsThePublishedDecisionAndOnlyTheCommitteeTheMinutes() throws Exception {
        eventually(() -> mvc.perform(get(search("q=广场舞 分贝仪")))
                            .andExpect(status().isOk())
                            .andExpect(jsonPath("$.total").value(1))
                            .andExpect(jsonPath("$.hits[0].documentId").value("decision:" + decision))
                            .andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>分贝仪</mark>"))));
        read(community.zhang, search("q=分贝仪"))
                .andExpect(jsonPath("$.facets.kinds[*].value", not(hasItem("MINUTES"))));
        eventually(() -> read(community.wang, search("q=分贝仪"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.facets.kinds[*].value", hasItem("MINUTES"))));
        read(community.outsider, search("q=分贝仪&kind=minutes")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void thePageMarksTheTermsCountsByFacetAndExportsTheResultsAsCsv() throws Exception {
        eventually(() -> mvc.perform(get(search("q=分贝仪"))).andExpect(jsonPath("$.total").value(1)));

        mvc.perform(get("/search").param("q", "分贝仪").param("community", community.id.value()))
           .andExpect(status().isOk())
           .andExpect(content().string(containsString("data-document=\"decision:" + decision + "\"")))
           .andExpect(content().string(containsString("<mark>分贝仪</mark>")))
           .andExpect(content().string(containsString("data-facet=\"kind:DECISION\"")))
           .andExpect(content().string(containsString("/decisions/" + decision)));
        mvc.perform(get("/search.csv").param("q", "分贝仪").param("community", community.id.value()))
           .andExpect(status().isOk())
           .andExpect(header().string("Content-Disposition", containsString("attachment")))
           .andExpect(content().contentTypeCompatibleWith("text/csv"))
           .andExpect(content().string(containsString("类型,标题,社区")))
           .andExpect(content().string(containsString("决议,")))
           .andExpect(content().string(containsString("/decisions/" + decision)));
    }

    @Test
    void aMalformedSearchIsRefusedInBothLanguages() throws Exception {
        mvc.perform(get(search("kind=rumours")).header("Accept-Language", "en"))
           .andExpect(status().isUnprocessableEntity())
           .andExpect(jsonPath("$.messages['zh-CN']").value(containsString("没有这种档案类型")))
           .andExpect(jsonPath("$.messages.en").value(containsString("No such kind")));
        mvc.perform(get(search("from=2026-06-30&to=2026-06-01")))
           .andExpect(status().isUnprocessableEntity());
        mvc.perform(get(search("size=5000"))).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/search").param("from", "yesterday"))
           .andExpect(status().isOk())
           .andExpect(content().string(containsString("起始日期格式应为 2026-05-01")));
    }

    @Test
    void resettingTheProcessorRebuildsTheIndexFromTheEvents() throws Exception {
        eventually(() -> mvc.perform(get(search("q=分贝仪"))).andExpect(jsonPath("$.total").value(1)));
        TrackingEventProcessor processor = processing
                .eventProcessor(ArchiveSearchProjection.GROUP, TrackingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        mvc.perform(get(search("q=分贝仪"))).andExpect(jsonPath("$.total").value(0));
        processor.start();

        eventually(() -> mvc.perform(get(search("q=分贝仪"))).andExpect(jsonPath("$.total").value(1)));
    }

    private ResultActions read(PersonId person, String path) throws Exception {
        return sessions.as(person, get(path), null);
    }

    private void eventually(ThrowingRunnable check) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(check::run);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
