package org.yishi.web.account;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.yishi.command.api.account.IssueInvitation;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues invitations for the REST API and the administrators' page alike. The code leaves here once, in the
 * answer to the administrator who asked; only its digest is sent on.
 */
@Component
public class Invitations {

    private static final Duration VALID_FOR = Duration.ofDays(7);

    /** {@code link} opens the invitation page with the person filled in; the code is typed there. */
    public record Issued(String personId, String code, Instant expiresAt, String link) {
    }

    private final CommandGateway commands;
    private final Clock clock;

    Invitations(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public Issued issue(CommunityId community, PersonId person, PersonId administrator) {
        String code = InvitationCodes.newCode();
        Instant expiresAt = clock.instant().plus(VALID_FOR);
        commands.sendAndWait(new IssueInvitation(person, community, InvitationCodes.digest(code), expiresAt,
                                                 administrator));
        return new Issued(person.value(), code, expiresAt, "/invitation?person=" + person.value());
    }
}
