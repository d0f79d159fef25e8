package org.yishi.query.followup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ActionCompleted;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.decisions.FindOverdueActions;
import org.yishi.query.api.decisions.OverdueActions;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FollowUpProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final PersonId WANG = new PersonId("p-wang");
    static final PersonId HE = new PersonId("p-he");
    static final DecisionId SQUARE = new DecisionId("d-square");
    static final Instant T = Instant.parse("2026-05-10T02:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    FollowUpProjection projection;
    Projected handlers;
    final List<Object> handed = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new FollowUpProjection(store.database());
        handlers = new Projected(projection);
        given(new MemberRegistered(JINYUAN, HE, "何经理", null, WANG));
        given(new DecisionRecorded(SQUARE, JINYUAN, DecisionSource.MOTION, "广场舞时间约定", "九点停", null, null, null,
                                   null, WANG, T));
        given(new DecisionPublished(SQUARE, Visibility.PUBLIC, WANG, T));
        given(new FollowUpActionAdded(SQUARE, new ActionId("meter"), "安装分贝仪", "物业公司", HE,
                                      LocalDate.parse("2026-06-01"), WANG, T));
        given(new FollowUpActionAdded(SQUARE, new ActionId("patrol"), "每日巡查", "监督小组", null,
                                      LocalDate.parse("2026-05-20"), WANG, T));
        given(new FollowUpActionAdded(SQUARE, new ActionId("sign"), "张贴告示", "居委会", null,
                                      LocalDate.parse("2026-05-15"), WANG, T));
        given(new ProgressReported(SQUARE, new ActionId("meter"), "已采购", HE, T));
        given(new ActionCompleted(SQUARE, new ActionId("sign"), "已张贴", WANG, T));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void given(Object event) {
        handed.add(event);
        handlers.event(event, handed.size(), T);
    }

    private OverdueActions overdue(String today) {
        return projection.handle(new FindOverdueActions(JINYUAN.value(), LocalDate.parse(today)));
    }

    @Test
    void anActionIsOverdueWhenNotCompletedAndDueBeforeTheDayAskedLongestOverdueFirst() {
        assertThat(overdue("2026-05-20").actions()).isEmpty();
        assertThat(overdue("2026-06-03").actions())
                .extracting(OverdueActions.Entry::actionId, OverdueActions.Entry::daysOverdue,
                            OverdueActions.Entry::latestProgress)
                .containsExactly(tuple("patrol", 14L, null), tuple("meter", 2L, "已采购"));
    }

    @Test
    void anOverdueActionNamesItsDecisionItsReporterAndWhoMayReadIt() {
        OverdueActions.Entry meter = overdue("2026-06-03").actions().get(1);

        assertThat(meter.decisionTitle()).isEqualTo("广场舞时间约定");
        assertThat(meter.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(meter.reporter().name()).isEqualTo("何经理");
        assertThat(meter.responsible()).isEqualTo("物业公司");
    }

    @Test
    void anotherCommunitySeesNoneOfThem() {
        assertThat(projection.handle(new FindOverdueActions("elsewhere", LocalDate.parse("2026-07-01"))).actions())
                .isEmpty();
    }

    @Test
    void replayingEveryEventChangesNothingAndAResetForgetsEveryAction() {
        OverdueActions before = overdue("2026-06-03");

        for (int i = 0; i < handed.size(); i++) {
            handlers.event(handed.get(i), i + 1, T);
        }

        assertThat(overdue("2026-06-03")).isEqualTo(before);

        projection.reset();

        assertThat(overdue("2026-06-03").actions()).isEmpty();
    }
}
