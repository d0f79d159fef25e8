package org.yishi.command.petition;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.petition.PetitionId;
import org.yishi.command.api.petition.PetitionSignatureWithdrawn;
import org.yishi.command.api.petition.PetitionSigned;
import org.yishi.command.api.petition.PetitionStarted;
import org.yishi.command.eventstore.EventSerializers;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every petition event reads back equal through the mapper the store writes payloads with. */
class PetitionEventsAreStorableTest {

    private static final ObjectMapper STORE = EventSerializers.objectMapper();
    private static final PetitionId MEETING = new PetitionId("square-meeting");
    private static final PersonId ZHANG = new PersonId("zhang");
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    static Stream<Object> events() {
        return Stream.of(new PetitionStarted(MEETING, new CommunityId("jinyuan"), "讨论锦苑广场的使用时间", ZHANG, AT),
                         new PetitionSigned(MEETING, ZHANG, AT),
                         new PetitionSignatureWithdrawn(MEETING, ZHANG, AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackAsItWasWritten(Object event) throws Exception {
        assertThat(STORE.readValue(STORE.writeValueAsString(event), event.getClass())).isEqualTo(event);
    }
}
