package org.yishi.command.need;

import org.yishi.command.api.need.NeedId;

import java.util.Optional;

/**
 * The need a merge points at, read before the merge is recorded so that a merge it cannot take is refused; the merge
 * handler takes it as a parameter and {@link StoredNeedTargets} serves it.
 */
interface NeedTargets {

    Optional<NeedTarget> find(NeedId needId);
}
