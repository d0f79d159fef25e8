package org.yishi.query.views;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Options for the view writes of a projection whose processor handles events in batches: on the embedded store such
 * a write need not be durable before it is acknowledged, because the processor's token, written durably when the
 * batch ends, makes it durable; should the process stop before that, the batch is handled again from the last token
 * and writes the same documents again. MongoDB ignores the mark.
 */
public final class BatchWrites {

    /**
     * The embedded store's mark for such a write, as {@code EmbeddedMongoServer.DURABLE_WITH_NEXT_WRITE} spells it (the
     * query side reads only the command side's api, so it is spelled out here, and a test holds the two equal).
     */
    public static final String DURABLE_WITH_NEXT_WRITE = "yishi:durable-with-next-write";

    private BatchWrites() {
    }

    public static ReplaceOptions upsert() {
        return new ReplaceOptions().upsert(true).comment(DURABLE_WITH_NEXT_WRITE);
    }

    public static ReplaceOptions replace() {
        return new ReplaceOptions().comment(DURABLE_WITH_NEXT_WRITE);
    }

    public static BulkWriteOptions bulk() {
        return new BulkWriteOptions().comment(DURABLE_WITH_NEXT_WRITE);
    }
}
