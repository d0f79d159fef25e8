package org.yishi.command.proposal;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.proposal.Category;

/** A proposal's wording as it may be stored, the same for a first submission, every edit and an escalated need. */
public record ProposalText(String title, String description, Category category, String location) {

    private static final int MIN_TITLE = 4;
    private static final int MAX_TITLE = 60;
    private static final int MIN_DESCRIPTION = 10;
    private static final int MAX_DESCRIPTION = 2000;
    private static final int MAX_LOCATION = 100;

    public static ProposalText of(String title, String description, Category category, String location) {
        String checkedTitle = Text.required(title, MIN_TITLE, MAX_TITLE,
                                            "议题标题须为" + MIN_TITLE + "至" + MAX_TITLE + "个字",
                                            "A title has " + MIN_TITLE + " to " + MAX_TITLE + " characters");
        String checkedDescription = Text.required(
                description, MIN_DESCRIPTION, MAX_DESCRIPTION,
                "议题说明须为" + MIN_DESCRIPTION + "至" + MAX_DESCRIPTION + "个字",
                "A description has " + MIN_DESCRIPTION + " to " + MAX_DESCRIPTION + " characters");
        if (category == null) {
            throw new Rejection("请选择议题类别", "A category is required");
        }
        String checkedLocation = Text.optional(location, MAX_LOCATION, "地点不能超过" + MAX_LOCATION + "个字",
                                               "A location has at most " + MAX_LOCATION + " characters");
        return new ProposalText(checkedTitle, checkedDescription, category, checkedLocation);
    }
}
