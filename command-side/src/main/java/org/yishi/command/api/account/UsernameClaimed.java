package org.yishi.command.api.account;

import org.yishi.command.api.community.PersonId;

/** {@code username} is in its normalized form ({@link Usernames#normalize}). */
public record UsernameClaimed(String username, PersonId personId) {
}
