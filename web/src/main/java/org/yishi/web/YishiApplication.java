package org.yishi.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.yishi.web.records.VerifyCommand;
import org.yishi.web.store.StandaloneEmbeddedStore;
import org.yishi.web.store.StoreExportCommand;

import java.util.Arrays;

@SpringBootApplication(scanBasePackages = "org.yishi")
public class YishiApplication {

    public static void main(String[] args) {
        // Yishi runs on closed networks and never reports its use to anyone.
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (args.length > 0 && args[0].equals(StoreExportCommand.NAME)) {
            // the command prints its own progress; the driver's and the embedded server's connection logs are noise
            if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                    instanceof ch.qos.logback.classic.Logger root) {
                root.setLevel(ch.qos.logback.classic.Level.WARN);
            }
            System.exit(StoreExportCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && VerifyCommand.NAME.equals(args[0])) {
            System.exit(VerifyCommand.run(args, System.out));
        }
        if (Arrays.asList(args).contains(StandaloneEmbeddedStore.FLAG)) {
            StandaloneEmbeddedStore.run(args);
            return;
        }
        SpringApplication.run(YishiApplication.class, args);
    }
}
