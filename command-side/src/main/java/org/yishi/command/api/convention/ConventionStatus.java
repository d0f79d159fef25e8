package org.yishi.command.api.convention;

/** Where a convention stands. A published convention that is being amended is DRAFTING (and the later states) again, with its version in force unchanged until the next is published. */
public enum ConventionStatus {
    DRAFTING("起草中", "drafting"),
    ON_NOTICE("公示中", "on public notice"),
    NOTICE_ENDED("公示期满", "public notice ended"),
    AT_VOTE("表决中", "at the vote"),
    ADOPTED("已表决通过", "adopted"),
    IN_REVIEW("审核中", "in review"),
    APPROVED("审核通过", "approved"),
    PUBLISHED("已公布", "published"),
    REPEALED("已废止", "repealed");

    private final String chinese;
    private final String english;

    ConventionStatus(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
