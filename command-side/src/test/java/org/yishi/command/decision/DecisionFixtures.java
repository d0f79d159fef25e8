package org.yishi.command.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The people, the decision and the moments the decision tests share: the square noise vote of 锦苑. */
final class DecisionFixtures {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final CommunityId HUAYUAN = new CommunityId("huayuan");

    static final PersonId ZHOU = new PersonId("zhou");           // committee member of 锦苑
    static final PersonId WU = new PersonId("wu");               // party secretary of 锦苑
    static final PersonId CHEN = new PersonId("chen");           // party secretary and committee director of 锦苑
    static final PersonId LI = new PersonId("li");               // verified resident of 锦苑
    static final PersonId WANG = new PersonId("wang");           // resident of 锦苑, not yet verified
    static final PersonId PROPERTY = new PersonId("property");   // the property company's representative in 锦苑
    static final PersonId QIAN = new PersonId("qian");           // committee member of 华苑
    static final PersonId SUN = new PersonId("sun");             // party secretary of 华苑
    static final PersonId ZHAO = new PersonId("zhao");           // verified resident of 华苑

    static final MotionId MOTION = new MotionId("square-hours");
    static final SessionId SESSION = new SessionId("day-0315");
    static final AgendaItemId ITEM = new AgendaItemId("noise");
    static final ProposalId PROPOSAL = new ProposalId("square-noise");
    static final DecisionId DECISION = DecisionId.ofMotion(MOTION);
    static final ActionId PATROL = new ActionId("patrol");

    static final String TITLE = "广场舞活动时间限定为晚上七点至九点";
    static final String RESULT = "表决通过：赞成 14 票，反对 3 票，弃权 1 票。";
    static final String TEXT = "广场舞活动每日19:00至21:00进行，音响音量不超过60分贝，由广场治理监督小组每日巡查。";
    static final String COMMENTS = "请写明音量如何测量、由谁负责巡查，并与物业服务合同衔接。";
    static final String REVISED_TEXT = TEXT + "音量由物业每日用分贝仪测量并公示。";
    static final String REASON = "按审核意见补充了音量测量和公示办法";

    static final Instant AT = Instant.parse("2026-03-15T08:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    private DecisionFixtures() {
    }

    static Instant at(int minutes) {
        return AT.plusSeconds(60L * minutes);
    }

    static KnownCommunities communities() {
        return new KnownCommunities().member(JINYUAN, ZHOU, false, Role.COMMITTEE_MEMBER)
                                     .member(JINYUAN, WU, false, Role.PARTY_SECRETARY)
                                     .member(JINYUAN, CHEN, false, Role.PARTY_SECRETARY, Role.COMMITTEE_MEMBER)
                                     .member(JINYUAN, LI, true, Role.RESIDENT, Role.HOUSEHOLD_REPRESENTATIVE)
                                     .member(JINYUAN, WANG, false, Role.RESIDENT)
                                     .member(JINYUAN, PROPERTY, false, Role.STAKEHOLDER_REPRESENTATIVE)
                                     .member(HUAYUAN, QIAN, false, Role.COMMITTEE_MEMBER)
                                     .member(HUAYUAN, SUN, false, Role.PARTY_SECRETARY)
                                     .member(HUAYUAN, ZHAO, true, Role.RESIDENT);
    }

    static AggregateTestFixture<Decision> fixture() {
        AggregateTestFixture<Decision> fixture = new AggregateTestFixture<>(Decision.class);
        KnownCommunities communities = communities();
        fixture.registerInjectableResource(communities);
        return fixture;
    }

    static DecisionRecorded recorded() {
        return recorded(TITLE, RESULT);
    }

    static DecisionRecorded recorded(String title, String text) {
        return new DecisionRecorded(DECISION, JINYUAN, DecisionSource.MOTION, title, text, PROPOSAL, SESSION, ITEM,
                                    MOTION, ZHOU, AT);
    }

    static DecisionRevised drafted() {
        return new DecisionRevised(DECISION, 0, TITLE, TEXT, null, ZHOU, at(10));
    }

    static DecisionSubmittedForReview submitted(int round, String text) {
        return new DecisionSubmittedForReview(DECISION, round, TITLE, text, null, ZHOU, at(20 * round));
    }

    static DecisionReturned returned(int round) {
        return new DecisionReturned(DECISION, round, COMMENTS, WU, at(20 * round + 5));
    }

    static DecisionRevised revised(int round) {
        return new DecisionRevised(DECISION, round, TITLE, REVISED_TEXT, REASON, ZHOU, at(20 * round + 10));
    }

    /** Drafted and under review in round 1. */
    static List<Object> underReview() {
        return List.of(recorded(), drafted(), submitted(1, TEXT));
    }

    /** Returned in round 1 with comments. */
    static List<Object> returnedOnce() {
        return plus(underReview(), returned(1));
    }

    static List<Object> approved() {
        return plus(underReview(), new DecisionApproved(DECISION, 1, null, WU, at(30)));
    }

    static List<Object> published() {
        return plus(approved(), new DecisionPublished(DECISION, Visibility.PUBLIC, ZHOU, at(40)));
    }

    /** Published, with a patrol reported on by the property company's representative. */
    static List<Object> withPatrol() {
        return plus(published(), new FollowUpActionAdded(DECISION, PATROL, "每日巡查广场音量", "广场治理监督小组", PROPERTY,
                                                         DUE, ZHOU, at(50)));
    }

    static List<Object> plus(List<Object> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }
}
