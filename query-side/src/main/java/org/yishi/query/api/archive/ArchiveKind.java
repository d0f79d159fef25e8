package org.yishi.query.api.archive;

/** The kinds of document the archive search holds. */
public enum ArchiveKind {
    DECISION("决议", "decision"),
    CONVENTION("居民公约", "convention"),
    MINUTES("会议纪要", "minutes"),
    PROPOSAL("议题", "proposal");

    private final String chinese;
    private final String english;

    ArchiveKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** Minutes and screened proposals are working documents: only the community's committee members find them. */
    public boolean committeeOnly() {
        return this == MINUTES || this == PROPOSAL;
    }
}
