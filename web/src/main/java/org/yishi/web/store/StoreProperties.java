package org.yishi.web.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where Yishi keeps everything. With {@code uri} empty (no {@code MONGODB_URI}), an embedded single-node store is
 * started in-process under {@code embedded.directory}. {@code gapTimeout}: how long readers wait for a position a
 * writer took before giving it up; {@code holdBack}: how long they wait at it before delivering what lies beyond.
 */
@ConfigurationProperties("yishi.store")
public record StoreProperties(String uri, String database, Embedded embedded, Duration gapTimeout,
                              Duration holdBack) {

    public StoreProperties {
        database = database == null || database.isBlank() ? "yishi" : database;
        embedded = embedded == null ? new Embedded(null, 0, true) : embedded;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        holdBack = holdBack == null ? Duration.ofSeconds(2) : holdBack;
    }

    public boolean usesEmbedded() {
        return uri == null || uri.isBlank();
    }

    public record Embedded(Path directory, int port, boolean fsync) {

        public Embedded {
            directory = directory == null ? Path.of("data") : directory;
        }
    }
}
