package org.yishi.web.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.yishi.web.signin.Credentials;

/** The shared demo password for every demo person's username, saved once the usernames are claimed. */
@Component
@ConditionalOnProperty(name = "yishi.demo.enabled", havingValue = "true")
class DemoCredentials {

    private final Credentials credentials;
    private final PasswordEncoder passwords;

    DemoCredentials(Credentials credentials, PasswordEncoder passwords) {
        this.credentials = credentials;
        this.passwords = passwords;
    }

    void save() {
        // One hash for all: every demo account has the same published password, and BCrypt is slow on purpose.
        String hash = passwords.encode(DemoData.PASSWORD);
        credentials.saveAll(DemoCommunity.everyone().stream().map(person -> new Credentials.Credential(
                person.username(), person.personId(), person.displayName(), hash)).toList());
    }
}
