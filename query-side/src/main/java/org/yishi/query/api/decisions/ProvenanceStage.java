package org.yishi.query.api.decisions;

/** Which part of an agreement's history an entry of its provenance timeline belongs to. */
public enum ProvenanceStage {
    PROPOSAL("议题", "proposal"),
    SCREENING("受理", "screening"),
    SESSION("议事会", "session"),
    DELIBERATION("议事", "deliberation"),
    VOTE("表决", "vote"),
    DECISION("决议", "decision"),
    REVIEW("审核", "review"),
    PUBLICATION("公布", "publication"),
    FOLLOW_UP("跟进落实", "follow-up"),
    RATING("居民评价", "residents' evaluation");

    private final String chinese;
    private final String english;

    ProvenanceStage(String chinese, String english) {
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
