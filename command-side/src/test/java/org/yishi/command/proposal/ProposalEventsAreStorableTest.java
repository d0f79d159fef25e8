package org.yishi.command.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalMerged;
import org.yishi.command.api.proposal.ProposalWithdrawn;
import org.yishi.command.eventstore.EventSerializers;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.DESCRIPTION;
import static org.yishi.command.proposal.ProposalFixtures.EVENING_MUSIC;
import static org.yishi.command.proposal.ProposalFixtures.LI;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.TITLE;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;
import static org.yishi.command.proposal.ProposalFixtures.submitted;

/** Every proposal event, nulls included, reads back equal through the mapper the store writes payloads with. */
class ProposalEventsAreStorableTest {

    private static final ObjectMapper STORE = EventSerializers.objectMapper();

    static Stream<Object> events() {
        return Stream.of(
                submitted(),
                new ProposalEdited(SQUARE_NOISE, TITLE, DESCRIPTION, Category.OTHER, null, ZHANG, AT),
                new ProposalWithdrawn(SQUARE_NOISE, null, ZHANG, AT),
                new ProposalCoSigned(SQUARE_NOISE, LI, AT),
                new ProposalAccepted(SQUARE_NOISE, Destination.DELIBERATION_DAY, LocalDate.of(2026, 3, 15), null,
                                     ZHOU, AT),
                new ProposalDeclined(SQUARE_NOISE, "不属于社区事务", ZHOU, AT),
                new ProposalMerged(SQUARE_NOISE, EVENING_MUSIC, List.of(ZHANG, LI), ZHOU, AT),
                new CoSignersCarriedOver(EVENING_MUSIC, SQUARE_NOISE, List.of(), ZHOU, AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackAsItWasWritten(Object event) throws Exception {
        assertThat(STORE.readValue(STORE.writeValueAsString(event), event.getClass())).isEqualTo(event);
    }
}
