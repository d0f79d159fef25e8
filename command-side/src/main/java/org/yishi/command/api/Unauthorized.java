package org.yishi.command.api;

/** The caller does not hold the role the command needs in that community. */
public class Unauthorized extends Rejection {

    public Unauthorized(String chinese, String english) {
        super(chinese, english);
    }
}
