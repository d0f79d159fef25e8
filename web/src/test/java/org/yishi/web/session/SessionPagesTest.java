package org.yishi.web.session;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.RecordPosition;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.Stance;
import org.yishi.command.api.session.StartItem;
import org.yishi.web.RunningApplication;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The session pages as the demo community sees them: a deliberation day scheduled from the accepted proposals, with
 * two residents checked in and one position recorded on the running item.
 */
class SessionPagesTest extends RunningApplication {

    private static final PersonId COMMITTEE = new PersonId("demo-committee01");
    private static final PersonId MODERATOR = new PersonId("demo-moderator");
    private static final PersonId RESIDENT = new PersonId("demo-resident03");
    private static final PersonId NEIGHBOUR = new PersonId("demo-resident05");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CommandGateway commands;

    private final String sessionId = UUID.randomUUID().toString();
    private final String joinCode = String.valueOf(100000 + Math.abs(sessionId.hashCode() % 900000));

    @BeforeEach
    void aDeliberationDayIsUnderWay() {
        SessionId session = new SessionId(sessionId);
        Instant now = Instant.now();
        commands.sendAndWait(new ScheduleSession(session, new CommunityId("jinyuan"), SessionKind.DELIBERATION_DAY,
                                                 "锦苑广场党群议事日", now.plusSeconds(3600), "社区党群服务中心",
                                                 Format.HYBRID, MODERATOR, Set.of(StakeholderGroup.MERCHANT),
                                                 joinCode, 180, false, COMMITTEE, now));
        AgendaItemId noise = new AgendaItemId(UUID.randomUUID().toString());
        // the demo's proposals are accepted while the application starts; their acceptance may still be on its way
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> commands.sendAndWait(
                new AddAgendaItem(session, noise, new ProposalId("demo-square-dancing"), "晚上广场舞音乐太吵", 30,
                                  180, COMMITTEE, now)));
        commands.sendAndWait(new OpenSession(session, MODERATOR, now));
        commands.sendAndWait(new CheckIn(session, RESIDENT, CheckInMethod.CODE, joinCode, RESIDENT, now));
        commands.sendAndWait(new CheckIn(session, NEIGHBOUR, CheckInMethod.ONLINE, null, NEIGHBOUR, now));
        commands.sendAndWait(new StartItem(session, noise, MODERATOR, now));
        commands.sendAndWait(new RecordPosition(session, Stance.CONCERN, "九点以后要安静", NEIGHBOUR, now));
    }

    @Test
    void theConsoleShowsTheModeratorTheJoinCodeAndTheMembersToCheckIn() throws Exception {
        // the join code comes from the session list's projection, the names from the member directory's
        String console = page(get("/sessions/" + sessionId), "moderator", joinCode, "物业何经理");
        assertThat(console).contains("锦苑广场党群议事日").contains(joinCode).contains("join-code.png")
                           .contains("id=\"check-in-person\"").contains("物业何经理").contains("晚上广场舞音乐太吵");
    }

    @Test
    void aResidentSeesTheConsoleWithoutTheJoinCodeOrTheMemberDirectory() throws Exception {
        String console = page(get("/sessions/" + sessionId), "resident03", "data-position");
        assertThat(console).doesNotContain(joinCode).doesNotContain("id=\"check-in-person\"")
                           .doesNotContain("物业何经理").contains("只有主持人、议事委员和管理员可以操作主持台");
    }

    @Test
    void theProjectorBoardIsInChineseFirstAndShowsTheCodeToStaffOnlyWhileTheBoardIsNotPublic() throws Exception {
        String forStaff = page(get("/sessions/" + sessionId + "/board"), "moderator", joinCode);
        assertThat(forStaff).contains("当前议题").contains(joinCode).contains("/api/sessions/" + sessionId
                                                                                 + "/join-code.png");
        String forResident = page(get("/sessions/" + sessionId + "/board"), "resident03", "data-position");
        assertThat(forResident).contains("当前议题").doesNotContain(joinCode);
        String inEnglish = page(get("/sessions/" + sessionId + "/board?lang=en"), "resident03", "data-position");
        assertThat(inEnglish).contains("Current item");
    }

    @Test
    void anAnonymousViewerOfAPrivateBoardIsSentToSignIn() throws Exception {
        page(get("/sessions/" + sessionId + "/board"), "resident03", "data-position");
        mvc.perform(get("/sessions/" + sessionId + "/board")).andExpect(status().is3xxRedirection())
           .andExpect(redirectedUrlPattern("**/signin"));
    }

    @Test
    void thePhoneViewCarriesTheResidentsOwnState() throws Exception {
        // the resident's own state comes from the participation projection, which may follow the board's a moment later
        String phone = page(get("/sessions/" + sessionId + "/phone"), "resident05",
                            "&quot;method&quot;:&quot;ONLINE&quot;");
        assertThat(phone).contains("&quot;checkedIn&quot;:true").contains("&quot;method&quot;:&quot;ONLINE&quot;")
                         .contains("data-stance=\"SUPPORT\"").contains("maxlength=\"200\"");
    }

    @Test
    void theSessionListOffersTheScheduleFormWithTheAcceptedProposalsToACommitteeMemberOnly() throws Exception {
        String forCommittee = page(get("/communities/jinyuan/sessions"), "committee01", "锦苑广场党群议事日");
        assertThat(forCommittee).contains("id=\"schedule\"").contains("value=\"demo-square-dancing\"")
                                .contains("value=\"demo-stalls\"").doesNotContain("value=\"demo-pets\"");
        String forResident = page(get("/communities/jinyuan/sessions"), "resident03", "锦苑广场党群议事日");
        assertThat(forResident).doesNotContain("id=\"schedule\"");
    }

    @Test
    void theMinutesListTheAttendanceAndTheItemWithItsPositions() throws Exception {
        String minutes = page(get("/sessions/" + sessionId + "/minutes"), "resident03", "九点以后要安静");
        assertThat(minutes).contains("会议纪要").contains("李阿姨").contains("刘阿姨").contains("晚上广场舞音乐太吵")
                           .contains("有顾虑").contains("/css/board.css").contains("window.print()");
        String inEnglish = page(get("/sessions/" + sessionId + "/minutes?lang=en"), "resident03", "九点以后要安静");
        assertThat(inEnglish).contains("Minutes").contains("concern");
    }

    @Test
    void aJoinCodeLeadsToItsSessionAndAnUnknownOneSaysSo() throws Exception {
        String joining = page(get("/join/" + joinCode), "resident07", sessionId);
        assertThat(joining).contains("data-code=\"" + joinCode + "\"");
        String unknown = page(get("/join/000000"), "resident07", "没有找到这个签到码");
        assertThat(unknown).contains("name=\"code\"");
        mvc.perform(get("/join").param("code", " " + joinCode + " ").with(user(users.loadUserByUsername("resident07"))))
           .andExpect(redirectedUrl("/join/" + joinCode));
    }

    @Test
    void theStompClientIsServedWithoutItsVersionInThePath() throws Exception {
        String script = mvc.perform(get("/webjars/stomp__stompjs/bundles/stomp.umd.min.js"))
                           .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(script).contains("StompJs");
    }

    /** The page as the person sees it once the views have caught up with what it must show. */
    /** Reads the page until it shows everything expected: each part comes from a projection of its own. */
    private String page(MockHttpServletRequestBuilder request, String username, String... expected) {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            body[0] = mvc.perform(request.with(user(users.loadUserByUsername(username))))
                         .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body[0]).contains(expected);
        });
        return body[0];
    }
}
