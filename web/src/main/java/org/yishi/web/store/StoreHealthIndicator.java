package org.yishi.web.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The store answers, and says which kind it is and how many application nodes use it: a single server (the embedded
 * store, or MongoDB without a replica set) must not back several nodes for real, which the details and the log say.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final StoreProperties properties;
    private final StoreNodes nodes;

    StoreHealthIndicator(MongoDatabase database, StoreProperties properties, StoreNodes nodes) {
        super("The event store cannot be reached / 无法连接事件存储");
        this.database = database;
        this.properties = properties;
        this.nodes = nodes;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
        String replicaSet = nodes.replicaSet();
        if (properties.usesEmbedded()) {
            builder.withDetail("store", "embedded single-node (嵌入式单节点)")
                   .withDetail("warning", "For one machine only; set MONGODB_URI to a replica set for production");
        } else if (replicaSet == null) {
            builder.withDetail("store", "MongoDB single server, no replica set (单服务器，无副本集)");
        } else {
            builder.withDetail("store", "MongoDB replica set " + replicaSet);
        }
        builder.withDetail("nodes", nodes.nodesSeen());
        if (nodes.sharedSingleServer()) {
            builder.withDetail("severalNodes", StoreNodes.WARNING);
        }
    }
}
