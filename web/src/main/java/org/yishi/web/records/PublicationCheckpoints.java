package org.yishi.web.records;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.eventstore.Checkpoints;

/**
 * Records a checkpoint at every publication of an agreement, one that covers the publication itself: positions
 * below it may still be in flight for a moment, so it records again until the checkpoint reaches the event's
 * position (or leaves it to the next one after a few seconds). A replay only finds the checkpoints already there.
 */
@Component
@ProcessingGroup(PublicationCheckpoints.GROUP)
class PublicationCheckpoints {

    static final String GROUP = "record-checkpoints";
    private static final int TRIES = 50;

    private final Checkpoints checkpoints;

    PublicationCheckpoints(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @EventHandler
    void on(DecisionPublished published, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position)
            throws InterruptedException {
        recordCovering("DecisionPublished " + published.decisionId().value(), position);
    }

    @EventHandler
    void on(ConventionPublished published, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position)
            throws InterruptedException {
        recordCovering("ConventionPublished " + published.conventionId().value() + " v" + published.version(),
                       position);
    }

    private void recordCovering(String reason, Long position) throws InterruptedException {
        for (int i = 0; i < TRIES; i++) {
            if (position == null || checkpoints.record(reason).position() >= position) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
