package org.yishi.query.api.conventions;

/**
 * Asks for a convention's page; an empty Optional if it is unknown. Reading rights are the asker's to check from
 * {@link ConventionPage#status()} and the published versions' visibility: drafts are for the community's members.
 */
public record FindConvention(String conventionId) {
}
