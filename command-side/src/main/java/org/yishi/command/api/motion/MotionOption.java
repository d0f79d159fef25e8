package org.yishi.command.api.motion;

/**
 * One answer a ballot can give. Keys are fixed for the fixed methods ({@code YES}, {@code NO}, {@code ABSTAIN};
 * {@code CONSENT}, {@code OBJECT}) and {@code 1}, {@code 2}, ... for the options of a single-choice motion, in the
 * order the motion lists them.
 */
public record MotionOption(String key, String chinese, String english) {

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String ABSTAIN = "ABSTAIN";
    public static final String CONSENT = "CONSENT";
    public static final String OBJECT = "OBJECT";
}
