package org.yishi.command.api.community;

/**
 * When a petition obliges the committee to convene a residents' meeting: reaching any one of the three shares is
 * enough.
 */
public record PetitionThresholds(Fraction adultResidents, Fraction households, Fraction residentsGroups) {

    /**
     * One fifth of adult residents, one fifth of households or one third of residents' groups (Organic Law of the
     * Urban Residents' Committees, art. 9), in force until a community's administrator changes them.
     */
    public static final PetitionThresholds DEFAULT =
            new PetitionThresholds(new Fraction(1, 5), new Fraction(1, 5), new Fraction(1, 3));
}
