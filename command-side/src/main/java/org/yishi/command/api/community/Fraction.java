package org.yishi.command.api.community;

/** A share such as one fifth, kept as whole numbers so that a threshold is exact and reads as the law states it. */
public record Fraction(int numerator, int denominator) {
}
