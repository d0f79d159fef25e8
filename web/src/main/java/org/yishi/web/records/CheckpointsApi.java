package org.yishi.web.records;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.Rejection;
import org.yishi.command.eventstore.Checkpoints;

/**
 * Checkpoints as JSON, open to anyone: number, position, time, root, hash and the previous checkpoint's hash, to
 * be kept outside the system. They name no aggregate and no content.
 */
@RestController
class CheckpointsApi {

    private final Checkpoints checkpoints;

    CheckpointsApi(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/records/checkpoints/{number}")
    Checkpoints.Summary checkpoint(@PathVariable String number) {
        if ("latest".equals(number)) {
            return checkpoints.latest().map(Checkpoints.Checkpoint::summary)
                              .orElseThrow(() -> new AggregateNotFoundException("latest", "No checkpoint yet"));
        }
        long asked;
        try {
            asked = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new Rejection("检查点编号应为正整数或 latest", "A checkpoint is a whole number or latest");
        }
        return checkpoints.number(asked).map(Checkpoints.Checkpoint::summary)
                          .orElseThrow(() -> new AggregateNotFoundException(number, "No such checkpoint"));
    }
}
