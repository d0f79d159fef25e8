package org.yishi.web;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;

/** One application on the embedded store in a temporary directory, shared by the tests that extend this. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@AutoConfigureMockMvc
public abstract class RunningApplication {

    @DynamicPropertySource
    static void embeddedStoreInATemporaryDirectory(DynamicPropertyRegistry registry) throws Exception {
        Path directory = Files.createTempDirectory("yishi-app-test");
        registry.add("yishi.store.embedded.directory", directory::toString);
        registry.add("yishi.store.uri", () -> "");
    }
}
