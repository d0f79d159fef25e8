package org.yishi.web.records;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.yishi.command.eventstore.ChainVerifier;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.web.store.StoreProperties;

import java.io.PrintStream;

/**
 * {@code java -jar yishi.jar verify [--yishi.store.…=…]}: verifies the store named by the application's own store
 * settings ({@code MONGODB_URI}, or the embedded store's directory {@code YISHI_DATA}, which must not be open in a
 * running application at the same time) and prints OK or every broken link, the first first. Exit code 0 when
 * everything holds, 1 on a break, 2 when the store could not be read.
 */
public final class VerifyCommand {

    public static final String NAME = "verify";

    private VerifyCommand() {
    }

    @EnableConfigurationProperties(StoreProperties.class)
    static class Settings {
    }

    public static int run(String[] args, PrintStream out) {
        String[] rest = java.util.Arrays.stream(args).filter(arg -> !NAME.equals(arg)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn").run(rest)) {
            StoreProperties store = context.getBean(StoreProperties.class);
            EmbeddedMongoServer embedded = null;
            String uri = store.uri();
            String database = store.database();
            if (store.usesEmbedded()) {
                embedded = EmbeddedMongoServer.start(store.embedded().directory(), "127.0.0.1", 0, false);
                uri = embedded.connectionString();
            } else if (new ConnectionString(uri).getDatabase() != null) {
                database = new ConnectionString(uri).getDatabase();
            }
            try (MongoClient client = MongoClients.create(uri)) {
                ChainVerifier.Report report = new ChainVerifier(
                        EventStoreCollections.in(client.getDatabase(database))).verify();
                out.println(report.summary());
                report.breaks().stream().skip(1).limit(50).forEach(broken -> out.println("  then " + broken.describe()));
                return report.ok() ? 0 : 1;
            } finally {
                if (embedded != null) {
                    embedded.close();
                }
            }
        } catch (RuntimeException e) {
            out.println("Could not verify the store: " + e.getMessage());
            return 2;
        }
    }
}
