package org.yishi.command.session;

import org.yishi.command.api.Rejection;

import java.util.regex.Pattern;

/** The code people in the room type or scan: short enough to read off a projector, letters or digits only. */
final class JoinCode {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{4,8}");

    private JoinCode() {
    }

    static String check(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new Rejection("签到码须为4至8位字母或数字", "A join code is 4 to 8 letters or digits");
        }
        return code;
    }

    /** Letters match in either case: nobody should fail to check in over a capital letter. */
    static boolean matches(String joinCode, String typed) {
        return typed != null && joinCode.equalsIgnoreCase(typed.strip());
    }
}
