package org.yishi.web.status;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.web.store.StoreProperties;

/** What the start page shows: which store this node runs on and how far the event stream reaches. */
@RestController
class StatusController {

    record Status(String store, long headPosition) {
    }

    private final MongoCommitStorageEngine engine;
    private final StoreProperties properties;

    StatusController(MongoCommitStorageEngine engine, StoreProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    @GetMapping("/api/status")
    Status status() {
        return new Status(properties.usesEmbedded() ? "embedded" : "mongodb", engine.headPosition());
    }
}
