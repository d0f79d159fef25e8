package org.yishi.command.need;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.need.AdvanceNeed;
import org.yishi.command.api.need.CloseNeed;
import org.yishi.command.api.need.NeedAdvanced;
import org.yishi.command.api.need.NeedClosed;
import org.yishi.command.api.need.NeedStatus;

import static org.yishi.command.need.NeedFixtures.ADMIN;
import static org.yishi.command.need.NeedFixtures.COMMITTEE;
import static org.yishi.command.need.NeedFixtures.GRID;
import static org.yishi.command.need.NeedFixtures.LATER;
import static org.yishi.command.need.NeedFixtures.LI;
import static org.yishi.command.need.NeedFixtures.NEED;
import static org.yishi.command.need.NeedFixtures.SUN;
import static org.yishi.command.need.NeedFixtures.UNVERIFIED;
import static org.yishi.command.need.NeedFixtures.recorded;

class NeedStepsTest {

    private AggregateTestFixture<Need> fixture;

    @BeforeEach
    void fixture() {
        fixture = NeedFixtures.fixture();
    }

    private static NeedAdvanced advanced(NeedStatus from, NeedStatus to) {
        return new NeedAdvanced(NEED, from, to, null, COMMITTEE, LATER);
    }

    @Test
    void staffMatchANeedWithANote() {
        fixture.given(recorded())
               .when(new AdvanceNeed(NEED, NeedStatus.MATCHED, " 幸福食堂志愿队 ", COMMITTEE, LATER))
               .expectEvents(new NeedAdvanced(NEED, NeedStatus.RECORDED, NeedStatus.MATCHED, "幸福食堂志愿队",
                                              COMMITTEE, LATER));
    }

    @Test
    void aNeedGoesThroughItsStepsInOrder() {
        fixture.given(recorded(), advanced(NeedStatus.RECORDED, NeedStatus.MATCHED),
                      advanced(NeedStatus.MATCHED, NeedStatus.IN_SERVICE))
               .when(new AdvanceNeed(NEED, NeedStatus.DONE, null, ADMIN, LATER))
               .expectEvents(new NeedAdvanced(NEED, NeedStatus.IN_SERVICE, NeedStatus.DONE, null, ADMIN, LATER));
    }

    @Test
    void aStepCannotBeSkipped() {
        fixture.given(recorded())
               .when(new AdvanceNeed(NEED, NeedStatus.DONE, null, COMMITTEE, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("需求当前为“已登记”，不能改为“已完成” / A need that is recorded cannot become done")
               .expectNoEvents();
    }

    @Test
    void aGridWorkerDoesNotMoveANeedOn() {
        fixture.given(recorded())
               .when(new AdvanceNeed(NEED, NeedStatus.MATCHED, null, GRID, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theHouseholdEvaluatesADoneNeed() {
        fixture.given(recorded(), advanced(NeedStatus.RECORDED, NeedStatus.MATCHED),
                      advanced(NeedStatus.MATCHED, NeedStatus.IN_SERVICE),
                      advanced(NeedStatus.IN_SERVICE, NeedStatus.DONE))
               .when(new AdvanceNeed(NEED, NeedStatus.EVALUATED, "送餐准时，谢谢", UNVERIFIED, LATER))
               .expectEvents(new NeedAdvanced(NEED, NeedStatus.DONE, NeedStatus.EVALUATED, "送餐准时，谢谢",
                                              UNVERIFIED, LATER));
    }

    @Test
    void anotherHouseholdCannotEvaluate() {
        fixture.given(recorded(), advanced(NeedStatus.RECORDED, NeedStatus.MATCHED),
                      advanced(NeedStatus.MATCHED, NeedStatus.IN_SERVICE),
                      advanced(NeedStatus.IN_SERVICE, NeedStatus.DONE))
               .when(new AdvanceNeed(NEED, NeedStatus.EVALUATED, null, SUN, LATER))
               .expectException(Unauthorized.class)
               .expectExceptionMessage("只有本户居民或议事委员、管理员可以评价 / "
                                       + "Only the household, the committee or an administrator may evaluate")
               .expectNoEvents();
    }

    @Test
    void theHouseholdCannotMarkItsOwnNeedDone() {
        fixture.given(recorded(), advanced(NeedStatus.RECORDED, NeedStatus.MATCHED),
                      advanced(NeedStatus.MATCHED, NeedStatus.IN_SERVICE))
               .when(new AdvanceNeed(NEED, NeedStatus.DONE, null, LI, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void staffCloseAnOpenNeedWithAReason() {
        fixture.given(recorded(), advanced(NeedStatus.RECORDED, NeedStatus.MATCHED))
               .when(new CloseNeed(NEED, " 老人已搬去子女家 ", COMMITTEE, LATER))
               .expectEvents(new NeedClosed(NEED, "老人已搬去子女家", COMMITTEE, LATER));
    }

    @Test
    void closingNeedsAReason() {
        fixture.given(recorded())
               .when(new CloseNeed(NEED, "  ", COMMITTEE, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("关闭理由不能为空 / A reason for closing is required")
               .expectNoEvents();
    }

    @Test
    void aDoneNeedCannotBeClosed() {
        fixture.given(recorded(), advanced(NeedStatus.RECORDED, NeedStatus.MATCHED),
                      advanced(NeedStatus.MATCHED, NeedStatus.IN_SERVICE),
                      advanced(NeedStatus.IN_SERVICE, NeedStatus.DONE))
               .when(new CloseNeed(NEED, "重复登记", COMMITTEE, LATER))
               .expectExceptionMessage("需求已完成，不能再关闭 / A need that is done cannot be closed")
               .expectNoEvents();
    }

    @Test
    void aClosedNeedMovesNoFurther() {
        fixture.given(recorded(), new NeedClosed(NEED, "重复登记", COMMITTEE, LATER))
               .when(new AdvanceNeed(NEED, NeedStatus.MATCHED, null, COMMITTEE, LATER))
               .expectException(Rejection.class)
               .expectNoEvents();
    }

    @Test
    void aResidentCannotCloseANeed() {
        fixture.given(recorded())
               .when(new CloseNeed(NEED, "不需要了", LI, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
