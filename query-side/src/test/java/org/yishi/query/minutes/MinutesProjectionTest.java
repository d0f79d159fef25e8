package org.yishi.query.minutes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.query.api.minutes.FindMinutes;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.DeliberationDay;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.yishi.query.sessiontesting.DeliberationDay.MEETING;
import static org.yishi.query.sessiontesting.DeliberationDay.at;

class MinutesProjectionTest {

    @TempDir
    Path directory;
    EmbeddedStore store;
    MinutesProjection projection;
    Projected handlers;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new MinutesProjection(store.database());
        handlers = new Projected(projection);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Minutes minutes() {
        return projection.handle(new FindMinutes(MEETING.value())).orElseThrow();
    }

    @Test
    void theMinutesOfAWholeDayNameTheSessionItsCommunityAndItsRules() {
        DeliberationDay.events().forEach(handlers::event);

        Minutes minutes = minutes();

        assertThat(minutes.communityName()).isEqualTo("锦苑社区");
        assertThat(minutes.title()).isEqualTo("五月居民会议");
        assertThat(minutes.moderatorName()).isEqualTo("王委员");
        assertThat(minutes.ruleSetDescription())
                .startsWith("居民会议规则第0版：全体有选举权的居民，过半数出席，出席者过半数通过 / residents' meeting rules");
        assertThat(minutes.electorateSize()).isEqualTo(5);
        assertThat(minutes.required()).isEqualTo(3);
        assertThat(minutes.openedAt()).isEqualTo(at(13));
        assertThat(minutes.closedAt()).isEqualTo(at(907));
        assertThat(minutes.position()).isEqualTo(DeliberationDay.events().get(DeliberationDay.events().size() - 1)
                                                                .position());
    }

    @Test
    void attendanceRecordsFirstCheckInLeavingAndReturning() {
        DeliberationDay.events().forEach(handlers::event);

        assertThat(minutes().attendance())
                .extracting(Minutes.Attendee::name, Minutes.Attendee::method, Minutes.Attendee::counts,
                            Minutes.Attendee::firstCheckedInAt, Minutes.Attendee::leftAt, Minutes.Attendee::returns)
                .containsExactly(tuple("张阿姨", "CODE", true, at(9), null, 0),
                                 tuple("李师傅", "CODE", true, at(10), null, 1),
                                 tuple("赵经理", "STAFF", false, at(11), null, 0),
                                 tuple("陈大爷", "ONLINE", true, at(12), null, 0));
    }

    @Test
    void quorumReachedLostAndRegainedIsRecorded() {
        DeliberationDay.events().forEach(handlers::event);

        assertThat(minutes().quorum()).containsExactly(new Minutes.QuorumChange(true, 3, 3, at(13)),
                                                       new Minutes.QuorumChange(false, 2, 3, at(265)),
                                                       new Minutes.QuorumChange(true, 3, 3, at(266)));
    }

    @Test
    void eachItemHasItsTurnsFinalPositionsCountsOutcomeAndNotes() {
        DeliberationDay.events().forEach(handlers::event);

        Minutes.MinutesItem square = minutes().items().get(0);

        assertThat(square.title()).isEqualTo("广场舞噪音");
        assertThat(square.status()).isEqualTo("CLOSED");
        assertThat(square.speakers()).containsExactly(
                new Minutes.Turn("张阿姨", at(19), at(199), false, null, "TIME_UP"),
                new Minutes.Turn("陈大爷", at(200), at(260), true, "年长者优先", "BY_SPEAKER"),
                new Minutes.Turn("李师傅", at(267), at(300), false, null, "ITEM_CLOSED"));
        assertThat(square.positions()).extracting(Minutes.StanceRecord::name, Minutes.StanceRecord::stance)
                                      .containsExactly(tuple("李师傅", "SUPPORT"), tuple("张阿姨", "CONCERN"),
                                                       tuple("陈大爷", "SUPPORT"));
        assertThat(square.support()).isEqualTo(2);
        assertThat(square.oppose()).isZero();
        assertThat(square.concern()).isEqualTo(1);
        assertThat(square.outcome()).isEqualTo("RECOMMENDATION");
        assertThat(square.outcomeText()).isEqualTo("成立广场治理监督小组");
        assertThat(square.notes()).containsExactly(new Minutes.Note("王委员", "物业同意安装分贝仪", at(264)));
        assertThat(minutes().items()).extracting(Minutes.MinutesItem::itemId, Minutes.MinutesItem::outcome)
                                     .containsExactly(tuple("item-square", "RECOMMENDATION"),
                                                      tuple("item-stalls", "DEFERRED"));
        assertThat(minutes().sessionNotes()).containsExactly(new Minutes.Note("王委员", "会议秩序良好", at(906)));
    }

    @Test
    void aTurnStillRunningHasNoEnd() {
        DeliberationDay.until(FloorGiven.class, 1).forEach(handlers::event);

        assertThat(minutes().items().get(0).speakers()).singleElement().satisfies(turn -> {
            assertThat(turn.to()).isNull();
            assertThat(turn.endReason()).isNull();
        });
        assertThat(minutes().items().get(0).status()).isEqualTo("RUNNING");
        assertThat(minutes().closedAt()).isNull();
    }

    @Test
    void aVoteOnAnItemIsInTheMinutesWithItsResultAndTheRulesApplied() {
        List<DeliberationDay.Positioned> day = DeliberationDay.withVote();
        DeliberationDay.until(day, BallotCast.class, 1).forEach(handlers::event);
        assertThat(minutes().items().get(0).votes()).singleElement()
                                                     .satisfies(vote -> assertThat(vote.result()).isNull());

        day.forEach(handlers::event);

        Minutes.MinutesVote vote = minutes().items().get(0).votes().get(0);
        assertThat(vote.question()).isEqualTo("晚上九点后广场舞停止播放音乐");
        assertThat(vote.eligible()).isEqualTo(3);
        assertThat(vote.result().outcome()).isEqualTo(ResultOutcome.PASSED);
        assertThat(vote.result().tally().counts()).containsEntry("YES", 2).containsEntry("NO", 1);
        assertThat(vote.result().ruleSet().version()).isEqualTo(2);
        assertThat(minutes().items().get(1).votes()).isEmpty();
    }

    @Test
    void replayingTheDayAgainAddsNothing() {
        DeliberationDay.withVote().forEach(handlers::event);
        Minutes once = minutes();

        DeliberationDay.withVote().forEach(handlers::event);

        assertThat(minutes()).isEqualTo(once);
    }

    @Test
    void withoutTheCommunitysRegistrationItsIdStandsForItsName() {
        DeliberationDay.events().stream().filter(event -> !(event.event() instanceof CommunityRegistered))
                       .forEach(handlers::event);

        assertThat(minutes().communityName()).isEqualTo(DeliberationDay.JINYUAN.value());
    }

    @Test
    void anUnknownSessionHasNoMinutesAndAResetForgetsThemAll() {
        DeliberationDay.events().forEach(handlers::event);
        assertThat(projection.handle(new FindMinutes("nothing"))).isEmpty();

        projection.reset();

        assertThat(projection.handle(new FindMinutes(MEETING.value()))).isEmpty();
    }
}
