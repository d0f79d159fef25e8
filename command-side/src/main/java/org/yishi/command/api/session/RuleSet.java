package org.yishi.command.api.session;

import org.yishi.command.api.community.Fraction;

/**
 * The rules a session runs under, recorded in the session when it is scheduled and again when it opens, so that a
 * minute or a decision can say which rules applied. {@code quorum}: strictly more than this share of the electorate
 * must be present, null when the session needs no quorum (a consultation). {@code majority}: a motion passes with
 * strictly more than this share of those present. {@code householdBallot}: under one vote per household, whose ballot
 * counts (events stored before it existed read as {@link HouseholdBallot#REPRESENTATIVE}). {@code version} counts the
 * community's changes to the rule set of this kind, 0 for the defaults below.
 */
public record RuleSet(SessionKind kind, int version, ElectorateType electorate, Fraction quorum, Fraction majority,
                      HouseholdBallot householdBallot) {

    private static final Fraction HALF = new Fraction(1, 2);

    public RuleSet {
        householdBallot = householdBallot == null ? HouseholdBallot.REPRESENTATIVE : householdBallot;
    }

    public RuleSet(SessionKind kind, int version, ElectorateType electorate, Fraction quorum, Fraction majority) {
        this(kind, version, electorate, quorum, majority, HouseholdBallot.REPRESENTATIVE);
    }

    /**
     * The defaults from the Organic Law of the Urban Residents' Committees (arts. 9-10): a meeting may be held when
     * more than half of its electorate is present and passes a decision with more than half of those present. A
     * deliberation day is a consultation and needs no quorum.
     */
    public static RuleSet defaultFor(SessionKind kind) {
        return switch (kind) {
            case DELIBERATION_DAY -> new RuleSet(kind, 0, ElectorateType.ADULT_RESIDENTS, null, HALF);
            case RESIDENTS_MEETING -> new RuleSet(kind, 0, ElectorateType.ADULT_RESIDENTS, HALF, HALF);
            case REPRESENTATIVES_MEETING -> new RuleSet(kind, 0, ElectorateType.GROUP_REPRESENTATIVES, HALF, HALF);
        };
    }

    /** How many must be present out of {@code electorateSize}: the smallest count strictly above the quorum share. */
    public int required(int electorateSize) {
        if (quorum == null) {
            return 0;
        }
        return (int) ((long) electorateSize * quorum.numerator() / quorum.denominator()) + 1;
    }
}
