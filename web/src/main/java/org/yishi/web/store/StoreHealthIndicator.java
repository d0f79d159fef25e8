package org.yishi.web.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** The store answers, and says which kind it is: an embedded single node must not back several nodes for real. */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final StoreProperties properties;

    StoreHealthIndicator(MongoDatabase database, StoreProperties properties) {
        super("The event store cannot be reached / 无法连接事件存储");
        this.database = database;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
        if (properties.usesEmbedded()) {
            builder.withDetail("store", "embedded single-node (嵌入式单节点)")
                   .withDetail("warning", "For one machine only; set MONGODB_URI to a replica set for production");
        } else {
            builder.withDetail("store", "MongoDB");
        }
    }
}
