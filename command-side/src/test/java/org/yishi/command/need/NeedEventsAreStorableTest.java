package org.yishi.command.need;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.GridGroupsAssigned;
import org.yishi.command.api.need.NeedAdvanced;
import org.yishi.command.api.need.NeedClosed;
import org.yishi.command.api.need.NeedEscalated;
import org.yishi.command.api.need.NeedMerged;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalRaisedFromNeed;
import org.yishi.command.eventstore.EventSerializers;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.need.NeedFixtures.ADMIN;
import static org.yishi.command.need.NeedFixtures.AT;
import static org.yishi.command.need.NeedFixtures.COMMITTEE;
import static org.yishi.command.need.NeedFixtures.GRID;
import static org.yishi.command.need.NeedFixtures.GROUP_1;
import static org.yishi.command.need.NeedFixtures.GROUP_2;
import static org.yishi.command.need.NeedFixtures.JINYUAN;
import static org.yishi.command.need.NeedFixtures.NEED;
import static org.yishi.command.need.NeedFixtures.OTHER;
import static org.yishi.command.need.NeedFixtures.recorded;

/** Every need event, nulls included, reads back equal through the mapper the store writes payloads with. */
class NeedEventsAreStorableTest {

    private static final ObjectMapper STORE = EventSerializers.objectMapper();

    static Stream<Object> events() {
        ProposalId proposal = new ProposalId("need-1-meals");
        return Stream.of(
                recorded(),
                new NeedAdvanced(NEED, NeedStatus.RECORDED, NeedStatus.MATCHED, null, COMMITTEE, AT),
                new NeedClosed(NEED, "重复登记", COMMITTEE, AT),
                new NeedEscalated(NEED, JINYUAN, proposal, "为独居老人设助餐点", "建议在活动中心设助餐点并安排送餐。",
                                  Category.OTHER, COMMITTEE, AT),
                new NeedMerged(NEED, OTHER, COMMITTEE, AT),
                new ProposalRaisedFromNeed(proposal, NEED),
                new GridGroupsAssigned(JINYUAN, GRID, List.of(GROUP_1, GROUP_2), ADMIN));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackAsItWasWritten(Object event) throws Exception {
        assertThat(STORE.readValue(STORE.writeValueAsString(event), event.getClass())).isEqualTo(event);
    }
}
