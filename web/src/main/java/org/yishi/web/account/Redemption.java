package org.yishi.web.account;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.account.ClaimUsername;
import org.yishi.command.api.account.RedeemInvitation;
import org.yishi.command.api.account.Usernames;
import org.yishi.command.api.community.PersonId;
import org.yishi.query.api.members.DisplayName;
import org.yishi.query.api.members.FindDisplayName;
import org.yishi.web.signin.Credentials;

import java.time.Clock;

/**
 * Turns an invitation into an account that can sign in. The order matters: everything that can be checked without
 * spending the code is checked first (the username's form, the password, a name already in use); then the
 * invitation is redeemed, which proves the person holds the code; only then is the username claimed, so nobody can
 * reserve names for people with wrong codes; and the password is saved last, so that no failure on the way leaves
 * a credential that signs in without a redeemed invitation.
 */
@Component
class Redemption {

    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 72; // BCrypt reads no further

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Credentials credentials;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Redemption(CommandGateway commands, QueryGateway queries, Credentials credentials, PasswordEncoder passwords,
               Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.credentials = credentials;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Returns the username as it is stored. */
    String redeem(PersonId person, String code, String username, String password) {
        String name = Usernames.normalize(username);
        checkPassword(password);
        if (credentials.find(name).isPresent()) {
            throw taken();
        }
        commands.sendAndWait(new RedeemInvitation(person, InvitationCodes.digest(code), clock.instant()));
        try {
            commands.sendAndWait(new ClaimUsername(name, person, person));
        } catch (AggregateStreamCreationException claimedAtTheSameMoment) {
            throw taken();
        }
        credentials.save(new Credentials.Credential(name, person, displayName(person, name),
                                                    passwords.encode(password)));
        return name;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new Rejection("密码须为" + MIN_PASSWORD + "到" + MAX_PASSWORD + "个字符",
                                "A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }

    private static Rejection taken() {
        return new Rejection("用户名已被使用", "That username is taken");
    }

    /** The registered name greets the person; the username stands in if the directory has not caught up yet. */
    private String displayName(PersonId person, String username) {
        String registered = queries.query(new FindDisplayName(person.value()), DisplayName.class).join()
                                   .displayName();
        return registered == null ? username : registered;
    }
}
