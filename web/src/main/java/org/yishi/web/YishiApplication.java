package org.yishi.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.yishi.web.records.VerifyCommand;
import org.yishi.web.store.StandaloneEmbeddedStore;

import java.util.Arrays;

@SpringBootApplication(scanBasePackages = "org.yishi")
public class YishiApplication {

    public static void main(String[] args) {
        // Yishi runs on closed networks and never reports its use to anyone.
        System.setProperty("axoniq.update-checker.disabled", "true");
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
