package org.yishi.query.needlist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GridGroupsAssigned;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.need.NeedAdvanced;
import org.yishi.command.api.need.NeedCategory;
import org.yishi.command.api.need.NeedClosed;
import org.yishi.command.api.need.NeedEscalated;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.need.NeedMerged;
import org.yishi.command.api.need.NeedRecorded;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.need.Urgency;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.query.api.needs.FindNeeds;
import org.yishi.query.api.needs.NeedList;
import org.yishi.query.personnames.EmbeddedStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One need about an elderly woman living alone in group 1 (vulnerable), one about a broken light in group 2
 * (ordinary): each role reads exactly what it should.
 */
class NeedListProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final CommunityId HUAYUAN = new CommunityId("huayuan");
    static final PersonId ADMIN = new PersonId("wang-min");
    static final PersonId COMMITTEE = new PersonId("chen-jing");
    static final PersonId SECRETARY = new PersonId("liu-shuji");
    static final PersonId GRID_1 = new PersonId("zhou-wangge");
    static final PersonId GRID_2 = new PersonId("wu-wangge");
    static final PersonId LI = new PersonId("li-hua");           // lives in the elderly woman's household
    static final PersonId SUN = new PersonId("sun-li");          // lives in group 2, recorded the light
    static final PersonId MODERATOR = new PersonId("he-zhuchi"); // a moderator living nowhere in particular
    static final PersonId OUTSIDER = new PersonId("huayuan-admin");
    static final HouseholdId LI_HOME = new HouseholdId("3-2-501");
    static final HouseholdId SUN_HOME = new HouseholdId("7-1-102");
    static final GroupId GROUP_1 = new GroupId("group-1");
    static final GroupId GROUP_2 = new GroupId("group-2");
    static final NeedId MEALS = new NeedId("need-meals");
    static final NeedId LIGHT = new NeedId("need-light");
    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    NeedListProjection projection;
    long position;

    @BeforeEach
    void given() {
        store = new EmbeddedStore(directory);
        projection = new NeedListProjection(store.database());
        member(ADMIN, null, Role.ADMINISTRATOR);
        member(COMMITTEE, null, Role.COMMITTEE_MEMBER);
        member(SECRETARY, null, Role.PARTY_SECRETARY);
        member(GRID_1, null, Role.GRID_WORKER);
        member(GRID_2, null, Role.GRID_WORKER);
        member(LI, LI_HOME, Role.RESIDENT);
        member(SUN, SUN_HOME, Role.RESIDENT);
        member(MODERATOR, null, Role.MODERATOR, Role.RESIDENT);
        projection.on(new MemberRegistered(HUAYUAN, OUTSIDER, "华苑管理员", null, OUTSIDER), ++position);
        projection.on(new RoleGranted(HUAYUAN, OUTSIDER, Role.ADMINISTRATOR, null, OUTSIDER), ++position);
        projection.on(new GridGroupsAssigned(JINYUAN, GRID_1, List.of(GROUP_1), ADMIN), ++position);
        projection.on(new GridGroupsAssigned(JINYUAN, GRID_2, List.of(GROUP_2), ADMIN), ++position);
        projection.on(new NeedRecorded(MEALS, JINYUAN, LI_HOME, GROUP_1, NeedCategory.ELDERLY_CARE, Urgency.URGENT,
                                       "独居老人，需要每周上门送餐两次", true, GRID_1, AT), ++position);
        projection.on(new NeedRecorded(LIGHT, JINYUAN, SUN_HOME, GROUP_2, NeedCategory.FACILITIES, Urgency.ORDINARY,
                                       "楼道灯坏了一个月了", false, SUN, AT.plusSeconds(60)), ++position);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void member(PersonId person, HouseholdId household, Role... roles) {
        projection.on(new MemberRegistered(JINYUAN, person, person.value(), household, ADMIN), ++position);
        for (Role role : roles) {
            projection.on(new RoleGranted(JINYUAN, person, role, null, ADMIN), ++position);
        }
    }

    private List<NeedList.Entry> seenBy(PersonId reader) {
        return projection.handle(new FindNeeds(JINYUAN.value(), reader == null ? null : reader.value(), null)).needs();
    }

    @Test
    void committeeMembersAdministratorsAndThePartySecretaryReadEveryNeedWithItsHousehold() {
        for (PersonId staff : List.of(COMMITTEE, ADMIN, SECRETARY)) {
            assertThat(seenBy(staff)).extracting(NeedList.Entry::needId, NeedList.Entry::householdId)
                                     .containsExactly(tuple("need-light", "7-1-102"), tuple("need-meals", "3-2-501"));
        }
    }

    @Test
    void theGridWorkerCoveringTheHouseholdReadsTheVulnerableNeed() {
        assertThat(seenBy(GRID_1)).extracting(NeedList.Entry::needId, NeedList.Entry::householdId)
                                  .containsExactly(tuple("need-light", null), tuple("need-meals", "3-2-501"));
    }

    @Test
    void aGridWorkerOfAnotherGroupReadsOnlyTheOrdinaryNeed() {
        assertThat(seenBy(GRID_2)).extracting(NeedList.Entry::needId, NeedList.Entry::householdId)
                                  .containsExactly(tuple("need-light", "7-1-102"));
    }

    @Test
    void theHouseholdTheNeedIsAboutReadsIt() {
        assertThat(seenBy(LI)).extracting(NeedList.Entry::needId, NeedList.Entry::householdId)
                              .containsExactly(tuple("need-light", null), tuple("need-meals", "3-2-501"));
    }

    @Test
    void anotherResidentReadsOnlyTheOrdinaryNeed() {
        assertThat(seenBy(SUN)).extracting(NeedList.Entry::needId, NeedList.Entry::householdId)
                               .containsExactly(tuple("need-light", "7-1-102"));
    }

    @Test
    void aMemberInAnotherRoleReadsOnlyTheOrdinaryNeedWithoutItsHousehold() {
        assertThat(seenBy(MODERATOR)).extracting(NeedList.Entry::needId, NeedList.Entry::householdId)
                                     .containsExactly(tuple("need-light", null));
    }

    @Test
    void anAdministratorOfAnotherCommunityAndAnAnonymousReaderReadNothing() {
        assertThat(seenBy(OUTSIDER)).isEmpty();
        assertThat(seenBy(null)).isEmpty();
    }

    @Test
    void aGridWorkerWhoseRoleIsRevokedNoLongerReadsTheVulnerableNeed() {
        projection.on(new RoleRevoked(JINYUAN, GRID_1, Role.GRID_WORKER, ADMIN), ++position);

        assertThat(seenBy(GRID_1)).extracting(NeedList.Entry::needId).containsExactly("need-light");
    }

    @Test
    void theListFollowsTheStepsOfANeed() {
        projection.on(new NeedAdvanced(MEALS, NeedStatus.RECORDED, NeedStatus.MATCHED, "幸福食堂", COMMITTEE, AT),
                      ++position);
        projection.on(new NeedEscalated(MEALS, JINYUAN, new ProposalId("p-meals"), "为独居老人设助餐点",
                                        "建议在活动中心设助餐点并安排送餐。", Category.OTHER, COMMITTEE, AT),
                      ++position);
        projection.on(new NeedClosed(LIGHT, "已由物业修好", COMMITTEE, AT), ++position);

        assertThat(seenBy(COMMITTEE)).extracting(NeedList.Entry::needId, NeedList.Entry::status,
                                                 NeedList.Entry::note, NeedList.Entry::proposalId)
                                     .containsExactly(tuple("need-light", NeedStatus.CLOSED, "已由物业修好", null),
                                                      tuple("need-meals", NeedStatus.MATCHED, "幸福食堂", "p-meals"));
        assertThat(projection.handle(new FindNeeds(JINYUAN.value(), COMMITTEE.value(), NeedStatus.MATCHED)).needs())
                .extracting(NeedList.Entry::needId).containsExactly("need-meals");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projection.on(new NeedMerged(LIGHT, MEALS, COMMITTEE, AT), ++position);
        long merged = position;
        projection.on(new NeedAdvanced(LIGHT, NeedStatus.RECORDED, NeedStatus.MATCHED, null, COMMITTEE, AT),
                      merged - 1);

        assertThat(seenBy(COMMITTEE).get(0)).extracting(NeedList.Entry::status, NeedList.Entry::mergedInto)
                                            .containsExactly(NeedStatus.MERGED, "need-meals");
    }
}
