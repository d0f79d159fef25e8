package org.yishi.query.notifications;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalMerged;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.query.api.notifications.FindNotifications;
import org.yishi.query.api.notifications.Inbox;
import org.yishi.query.api.notifications.NotificationKind;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NotificationsProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final PersonId ZHANG = new PersonId("p-zhang");
    static final PersonId LI = new PersonId("p-li");
    static final PersonId WANG = new PersonId("p-wang");
    static final PersonId CHEN = new PersonId("p-chen");
    static final PersonId SUN = new PersonId("p-sun");
    static final PersonId ADMIN = new PersonId("p-admin");
    static final ProposalId SQUARE = new ProposalId("square");
    static final ProposalId DUPLICATE = new ProposalId("square-again");
    static final DecisionId DECISION = new DecisionId("d-square");
    static final Instant T = Instant.parse("2026-05-10T02:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    NotificationsProjection projection;
    Projected handlers;
    final List<Object> handed = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new NotificationsProjection(store.database());
        handlers = new Projected(projection);
        given(new RoleGranted(JINYUAN, SUN, Role.PARTY_SECRETARY, null, ADMIN));
        given(new RoleGranted(JINYUAN, WANG, Role.COMMITTEE_MEMBER, null, ADMIN));
        given(new RoleGranted(JINYUAN, CHEN, Role.COMMITTEE_MEMBER, null, ADMIN));
        given(new ProposalSubmitted(SQUARE, JINYUAN, "广场舞噪音", "九点后仍有音乐", Category.NOISE, null, ZHANG, T));
        given(new ProposalSubmitted(DUPLICATE, JINYUAN, "广场太吵", "太吵", Category.NOISE, null, LI, T));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void given(Object event) {
        handed.add(event);
        handlers.event(event, handed.size(), T.plusSeconds(handed.size()));
    }

    private Inbox inbox(PersonId person) {
        return projection.handle(new FindNotifications(person.value()));
    }

    private void aDecisionOnTheSquare() {
        given(new DecisionRecorded(DECISION, JINYUAN, DecisionSource.MOTION, "广场舞时间约定", "九点停", SQUARE, null, null,
                                   null, WANG, T));
    }

    @Test
    void theProposerHearsWhenTheirProposalIsAcceptedDeclinedOrMergedNewestFirst() {
        given(new ProposalAccepted(SQUARE, Destination.DELIBERATION_DAY, null, null, WANG, T));
        given(new ProposalMerged(DUPLICATE, SQUARE, List.of(LI), WANG, T));

        assertThat(inbox(ZHANG).notifications()).singleElement().satisfies(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.PROPOSAL_ACCEPTED);
            assertThat(notification.message().chinese()).isEqualTo("您的议题「广场舞噪音」已受理");
            assertThat(notification.proposalId()).isEqualTo(SQUARE.value());
            assertThat(notification.position()).isEqualTo(6);
        });
        assertThat(inbox(LI).notifications()).extracting(Inbox.Notification::kind)
                                             .containsExactly(NotificationKind.PROPOSAL_MERGED);
        assertThat(inbox(LI).notifications().get(0).message().english())
                .isEqualTo("Your proposal “广场太吵” was merged into “广场舞噪音”");

        given(new ProposalDeclined(DUPLICATE, "与已有议题重复", WANG, T));

        assertThat(inbox(LI).notifications()).extracting(Inbox.Notification::kind)
                                             .containsExactly(NotificationKind.PROPOSAL_DECLINED,
                                                              NotificationKind.PROPOSAL_MERGED);
        assertThat(inbox(LI).position()).isEqualTo(8);
    }

    @Test
    void thePartySecretaryHearsWhenADecisionAwaitsReviewAndTheCommitteeWhenItIsReturned() {
        aDecisionOnTheSquare();
        given(new DecisionSubmittedForReview(DECISION, 1, "广场舞时间约定", "九点停", null, WANG, T));
        given(new DecisionReturned(DECISION, 1, "周末是否例外？", SUN, T));

        assertThat(inbox(SUN).notifications()).extracting(Inbox.Notification::kind, Inbox.Notification::decisionId)
                                              .containsExactly(tuple(NotificationKind.DECISION_AWAITS_REVIEW,
                                                                     DECISION.value()));
        assertThat(inbox(SUN).notifications().get(0).message().chinese()).isEqualTo("决议「广场舞时间约定」待您审核（第 1 轮）");
        for (PersonId member : List.of(WANG, CHEN)) {
            assertThat(inbox(member).notifications()).extracting(Inbox.Notification::kind)
                                                     .containsExactly(NotificationKind.DECISION_RETURNED);
        }
        assertThat(inbox(WANG).notifications().get(0).message().chinese()).contains("周末是否例外？");
    }

    @Test
    void someoneWhoNoLongerHoldsTheRoleIsNotNotified() {
        given(new RoleRevoked(JINYUAN, CHEN, Role.COMMITTEE_MEMBER, ADMIN));
        aDecisionOnTheSquare();
        given(new DecisionSubmittedForReview(DECISION, 1, "广场舞时间约定", "九点停", null, WANG, T));
        given(new DecisionReturned(DECISION, 1, "周末是否例外？", SUN, T));

        assertThat(inbox(CHEN).notifications()).isEmpty();
        assertThat(inbox(WANG).notifications()).hasSize(1);
    }

    @Test
    void theProposerHearsWhenADecisionOnTheirProposalIsPublishedUnderItsLatestTitle() {
        aDecisionOnTheSquare();
        given(new DecisionRevised(DECISION, 0, "广场舞音乐时间约定", "九点停", null, WANG, T));
        given(new DecisionPublished(DECISION, Visibility.PUBLIC, WANG, T));

        assertThat(inbox(ZHANG).notifications()).singleElement().satisfies(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.DECISION_PUBLISHED);
            assertThat(notification.message().chinese()).isEqualTo("关于您的议题「广场舞噪音」的决议「广场舞音乐时间约定」已公布");
            assertThat(notification.decisionId()).isEqualTo(DECISION.value());
        });
    }

    @Test
    void replayingEveryEventAddsNoNotificationTwiceAndAResetEmptiesEveryInbox() {
        given(new ProposalAccepted(SQUARE, Destination.DELIBERATION_DAY, null, null, WANG, T));
        aDecisionOnTheSquare();
        given(new DecisionSubmittedForReview(DECISION, 1, "广场舞时间约定", "九点停", null, WANG, T));
        given(new DecisionPublished(DECISION, Visibility.COMMUNITY, WANG, T));
        Inbox zhang = inbox(ZHANG);
        Inbox sun = inbox(SUN);

        for (int i = 0; i < handed.size(); i++) {
            handlers.event(handed.get(i), i + 1, T.plusSeconds(i + 1));
        }

        assertThat(inbox(ZHANG)).isEqualTo(zhang);
        assertThat(inbox(SUN)).isEqualTo(sun);
        assertThat(zhang.notifications()).hasSize(2);

        projection.reset();

        assertThat(inbox(ZHANG).notifications()).isEmpty();
        assertThat(inbox(ZHANG).position()).isEqualTo(-1);
    }
}
