package org.yishi.query.proposaldetail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalRaisedFromNeed;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.query.api.proposals.FindProposal;
import org.yishi.query.api.proposals.HistoryEntry;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.api.proposals.ProposalDetail;
import org.yishi.query.api.proposals.ProposalStatus;
import org.yishi.query.api.proposals.Step;
import org.yishi.query.personnames.EmbeddedStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProposalDetailProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final PersonId ZHANG = new PersonId("p-zhang");
    static final PersonId LI = new PersonId("p-li");
    static final PersonId WANG = new PersonId("p-wang");
    static final PersonId CHEN = new PersonId("p-chen");
    static final ProposalId SQUARE = new ProposalId("square");
    static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    ProposalDetailProjection projection;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new ProposalDetailProjection(store.database());
        projection.on(new MemberRegistered(JINYUAN, ZHANG, "张阿姨", null, WANG));
        projection.on(new MemberRegistered(JINYUAN, LI, "李师傅", null, WANG));
        projection.on(new MemberRegistered(JINYUAN, WANG, "王委员", null, WANG));
        projection.on(new MemberRegistered(JINYUAN, CHEN, "陈大爷", null, WANG));
        projection.on(new ProposalSubmitted(SQUARE, JINYUAN, "广场舞噪音", "晚上九点后仍有音乐", Category.NOISE, null,
                                            ZHANG, T), 10L);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ProposalDetail detail() {
        return projection.handle(new FindProposal(SQUARE.value())).orElseThrow();
    }

    @Test
    void everyStepIsInTheHistoryWithWhoWhenAndPosition() {
        projection.on(new ProposalEdited(SQUARE, "广场舞音乐太响", "晚上九点后仍有音乐，影响休息", Category.NOISE, "中心广场",
                                         ZHANG, T.plusSeconds(60)), 11L);
        projection.on(new ProposalCoSigned(SQUARE, LI, T.plusSeconds(120)), 12L);
        projection.on(new CoSignersCarriedOver(SQUARE, new ProposalId("dup"), List.of(CHEN), WANG, T.plusSeconds(150)),
                      13L);
        projection.on(new ProposalDeclined(SQUARE, "已由街道统一处理", WANG, T.plusSeconds(180)), 14L);

        ProposalDetail detail = detail();

        assertThat(detail.history())
                .extracting(HistoryEntry::step, entry -> entry.by().name(), HistoryEntry::position)
                .containsExactly(tuple(Step.SUBMITTED, "张阿姨", 10L), tuple(Step.EDITED, "张阿姨", 11L),
                                 tuple(Step.CO_SIGNED, "李师傅", 12L),
                                 tuple(Step.CO_SIGNERS_CARRIED_OVER, "王委员", 13L),
                                 tuple(Step.DECLINED, "王委员", 14L));
        HistoryEntry edit = detail.history().get(1);
        assertThat(edit.before().title()).isEqualTo("广场舞噪音");
        assertThat(edit.after().title()).isEqualTo("广场舞音乐太响");
        assertThat(edit.after().location()).isEqualTo("中心广场");
        assertThat(detail.history().get(4).reason()).isEqualTo("已由街道统一处理");
        assertThat(detail.declineReason()).isEqualTo("已由街道统一处理");
        assertThat(detail.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(detail.text().title()).isEqualTo("广场舞音乐太响");
        assertThat(detail.coSigners()).containsExactly(new Person("p-li", "李师傅"), new Person("p-chen", "陈大爷"));
        assertThat(detail.position()).isEqualTo(14L);
    }

    @Test
    void aReplayedEventAddsNoSecondEntry() {
        ProposalCoSigned coSigned = new ProposalCoSigned(SQUARE, LI, T.plusSeconds(120));
        projection.on(coSigned, 12L);
        projection.on(coSigned, 12L);

        assertThat(detail().history()).hasSize(2);
        assertThat(detail().coSigners()).hasSize(1);
    }

    @Test
    void aProposalRaisedFromANeedNamesTheNeedAndOneSubmittedByAResidentNone() {
        assertThat(detail().fromNeedId()).isNull();

        projection.on(new ProposalRaisedFromNeed(SQUARE, new NeedId("need-meals")), 11L);

        assertThat(detail().fromNeedId()).isEqualTo("need-meals");
    }

    @Test
    void anUnknownProposalIsNotFound() {
        assertThat(projection.handle(new FindProposal("nothing"))).isEmpty();
    }

    @Test
    void aResetForgetsEveryProposal() {
        projection.reset();

        assertThat(projection.handle(new FindProposal(SQUARE.value()))).isEmpty();
    }
}
