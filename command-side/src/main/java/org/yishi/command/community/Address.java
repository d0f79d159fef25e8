package org.yishi.command.community;

/** Where a household lives; {@code unit} is null in a building without units. */
record Address(String building, String unit, String room) {
}
