package org.yishi.query.api.needs;

import org.yishi.command.api.need.NeedStatus;

/**
 * Asks for the needs of a community that {@code readerId} (the signed-in person, null for nobody) may see, the
 * newest first; {@code status} narrows it, null for all. The projection applies the reader's roles itself.
 */
public record FindNeeds(String communityId, String readerId, NeedStatus status) {
}
