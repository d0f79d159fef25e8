package org.yishi.command.decision;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.text.CommandText;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Residents' ratings of how a decision was carried out (联合评单): 1 to 5 stars and an optional comment of at most
 * 200 characters, one rating per person. A new rating replaces the rater's earlier one; the same rating again
 * changes nothing.
 */
final class RatingRule {

    static final int MIN_STARS = 1;
    static final int MAX_STARS = 5;
    static final int MAX_COMMENT = 200;

    record Rating(int stars, String comment) {
    }

    /** What a rating changes: nothing, or a new rating that replaces an earlier one or not. */
    record Verdict(Rating rating, boolean replaces) {
    }

    private final Map<PersonId, Rating> ratings = new HashMap<>();

    Optional<Verdict> rate(PersonId rater, int stars, String comment) {
        if (stars < MIN_STARS || stars > MAX_STARS) {
            throw new Rejection("评分须为" + MIN_STARS + "至" + MAX_STARS + "星",
                                "A rating is " + MIN_STARS + " to " + MAX_STARS + " stars");
        }
        Rating rating = new Rating(stars, CommandText.optional(comment, MAX_COMMENT, "评价", "A comment"));
        Rating earlier = ratings.get(rater);
        if (rating.equals(earlier)) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(rating, earlier != null));
    }

    void rated(PersonId rater, int stars, String comment) {
        ratings.put(rater, new Rating(stars, comment));
    }
}
