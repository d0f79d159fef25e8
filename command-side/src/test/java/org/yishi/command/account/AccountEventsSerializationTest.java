package org.yishi.command.account;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.account.InvitationIssued;
import org.yishi.command.api.account.InvitationRedeemed;
import org.yishi.command.api.account.UsernameClaimed;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.eventstore.EventSerializers;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every account event reads back from the store's serialized form as it was written. */
class AccountEventsSerializationTest {

    private static final Serializer SERIALIZER = EventSerializers.jackson();
    private static final PersonId LI_HUA = new PersonId("li-hua");
    private static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static Stream<Object> events() {
        return Stream.of(
                new UsernameClaimed("13800138000", LI_HUA),
                new InvitationIssued(LI_HUA, JINYUAN, DIGEST, Instant.parse("2026-03-08T09:00:00.123Z"),
                                     new PersonId("wang-min")),
                new InvitationRedeemed(LI_HUA, JINYUAN, Instant.parse("2026-03-02T10:15:00Z")));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackEqual(Object event) {
        Object read = SERIALIZER.deserialize(SERIALIZER.serialize(event, JsonNode.class));

        assertThat(read).isEqualTo(event);
    }
}
