package org.yishi.query.petitionboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.PetitionThresholdsChanged;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.petition.PetitionId;
import org.yishi.command.api.petition.PetitionSignatureWithdrawn;
import org.yishi.command.api.petition.PetitionSigned;
import org.yishi.command.api.petition.PetitionStarted;
import org.yishi.query.api.petitions.FindPetitionBoard;
import org.yishi.query.api.petitions.FindPetitions;
import org.yishi.query.api.petitions.PetitionBoard;
import org.yishi.query.api.petitions.Tally;
import org.yishi.query.personnames.EmbeddedStore;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 锦苑 in miniature: three residents' groups, five households (one per group but two in group 1 and two in group 2),
 * ten verified residents, two per household.
 */
class PetitionBoardProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final PersonId ADMIN = new PersonId("admin");
    static final PetitionId MEETING = new PetitionId("meeting");

    @TempDir
    Path directory;
    EmbeddedStore store;
    PetitionBoardProjection projection;
    long position;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new PetitionBoardProjection(store.database());
        for (int group = 1; group <= 3; group++) {
            projection.on(new ResidentsGroupAdded(JINYUAN, new GroupId("g" + group), "第" + group + "组", ADMIN),
                          ++position);
        }
        String[] groupOfHousehold = {"g1", "g1", "g2", "g2", "g3"};
        for (int household = 0; household < 5; household++) {
            projection.on(new HouseholdRegistered(JINYUAN, new HouseholdId("h" + household),
                                                  new GroupId(groupOfHousehold[household]), "1栋", null,
                                                  "10" + household, ADMIN), ++position);
            for (int person = 0; person < 2; person++) {
                resident("p" + household + person, "h" + household);
            }
        }
        projection.on(new PetitionStarted(MEETING, JINYUAN, "讨论广场噪音治理", new PersonId("p00"), Instant.now()),
                      ++position);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void resident(String id, String household) {
        PersonId person = new PersonId(id);
        projection.on(new MemberRegistered(JINYUAN, person, "居民" + id, new HouseholdId(household), ADMIN),
                      ++position);
        projection.on(new ResidentVerified(JINYUAN, person, ADMIN), ++position);
        projection.on(new RoleGranted(JINYUAN, person, Role.RESIDENT, null, ADMIN), ++position);
    }

    private void sign(String person) {
        projection.on(new PetitionSigned(MEETING, new PersonId(person), Instant.now()), ++position);
    }

    private PetitionBoard board() {
        return projection.handle(new FindPetitionBoard(MEETING.value())).orElseThrow();
    }

    @Test
    void signaturesCountAgainstTheDefaultThresholds() {
        sign("p00");

        PetitionBoard board = board();

        assertThat(board.adultResidents()).isEqualTo(new Tally(1, 10, 1, 5, 2, false));
        assertThat(board.households()).isEqualTo(new Tally(1, 5, 1, 5, 1, true));
        assertThat(board.residentsGroups()).isEqualTo(new Tally(1, 3, 1, 3, 1, true));
        assertThat(board.reached()).isTrue();
        assertThat(board.signers()).containsExactly("居民p00");
        assertThat(board.position()).isEqualTo(position);
    }

    @Test
    void twoSignersOfOneHouseholdCountAsOneHousehold() {
        projection.on(new PetitionThresholdsChanged(JINYUAN, new PetitionThresholds(
                new Fraction(1, 2), new Fraction(1, 2), new Fraction(1, 2)), ADMIN), ++position);
        sign("p00");
        sign("p01");
        sign("p10");

        PetitionBoard board = board();

        assertThat(board.adultResidents()).isEqualTo(new Tally(3, 10, 1, 2, 5, false));
        assertThat(board.households()).isEqualTo(new Tally(2, 5, 1, 2, 3, false));
        assertThat(board.residentsGroups()).isEqualTo(new Tally(1, 3, 1, 2, 2, false));
        assertThat(board.reached()).isFalse();
    }

    @Test
    void aWithdrawnSignatureOrARevokedResidentNoLongerCounts() {
        sign("p00");
        sign("p20");
        projection.on(new PetitionSignatureWithdrawn(MEETING, new PersonId("p00"), Instant.now()), ++position);
        projection.on(new RoleRevoked(JINYUAN, new PersonId("p20"), Role.RESIDENT, ADMIN), ++position);

        PetitionBoard board = board();

        assertThat(board.adultResidents().signed()).isZero();
        assertThat(board.adultResidents().total()).isEqualTo(9);
        assertThat(board.signers()).containsExactly("居民p20");
        assertThat(board.reached()).isFalse();
    }

    @Test
    void aRedeliveredSignatureIsCountedOnce() {
        PetitionSigned signed = new PetitionSigned(MEETING, new PersonId("p00"), Instant.now());
        projection.on(signed, ++position);
        projection.on(signed, position);

        assertThat(board().signers()).hasSize(1);
    }

    @Test
    void aCommunitysPetitionsAreListed() {
        sign("p00");

        assertThat(projection.handle(new FindPetitions(JINYUAN.value())).petitions())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.signatures()).isEqualTo(1);
                    assertThat(entry.startedByName()).isEqualTo("居民p00");
                });
    }

    @Test
    void thresholdsRoundUp() {
        assertThat(Thresholds.tally(0, 11, new Fraction(1, 5)).threshold()).isEqualTo(3);
        assertThat(Thresholds.tally(0, 0, new Fraction(1, 5)).reached()).isFalse();
    }
}
