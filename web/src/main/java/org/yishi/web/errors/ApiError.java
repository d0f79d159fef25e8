package org.yishi.web.errors;

import java.util.Map;

/**
 * An error as the API reports it: a stable code for programs, the message in the language the caller asked for
 * ({@code Accept-Language}), and both texts.
 */
record ApiError(String code, String message, Map<String, String> messages) {

    static ApiError of(String code, String chinese, String english, boolean preferEnglish) {
        return new ApiError(code, preferEnglish ? english : chinese, Map.of("zh-CN", chinese, "en", english));
    }
}
