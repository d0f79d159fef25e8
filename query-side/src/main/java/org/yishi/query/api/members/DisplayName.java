package org.yishi.query.api.members;

/** {@code displayName} is null for a person no community has registered (yet, as far as the directory knows). */
public record DisplayName(String personId, String displayName) {
}
