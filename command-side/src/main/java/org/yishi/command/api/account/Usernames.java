package org.yishi.command.api.account;

import org.yishi.command.api.Rejection;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a username that is stored and looked up. Compatibility normalization (NFKC) makes a phone number
 * typed with a Chinese input method's full-width digits the same name as one typed with ASCII digits.
 */
public final class Usernames {

    private static final int MAX_LENGTH = 64;

    private Usernames() {
    }

    public static String normalize(String username) {
        if (username == null || username.isBlank()) {
            throw new Rejection("用户名不能为空", "A username is required");
        }
        String normalized = Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_LENGTH) {
            throw new Rejection("用户名不能超过" + MAX_LENGTH + "个字符",
                                "A username has at most " + MAX_LENGTH + " characters");
        }
        if (normalized.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new Rejection("用户名不能包含空格", "A username cannot contain spaces");
        }
        return normalized;
    }
}
