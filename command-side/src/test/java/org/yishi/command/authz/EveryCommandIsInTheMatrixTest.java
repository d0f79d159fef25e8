package org.yishi.command.authz;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command record of the command side's contract (a record in {@code org.yishi.command.api} with a target
 * aggregate identifier) is in the authorization matrix, is explicitly sent by no role, or is explicitly listed as
 * awaiting its rows; adding a command without saying who may send it fails here.
 */
class EveryCommandIsInTheMatrixTest {

    private static final String API = "org.yishi.command.api.";

    static Set<String> commandsOfTheContract() throws IOException, URISyntaxException {
        URL root = Thread.currentThread().getContextClassLoader().getResource("org/yishi/command/api");
        Path dir = Path.of(root.toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                        .map(file -> API + dir.relativize(file).toString().replace('/', '.').replace(".class", ""))
                        .map(EveryCommandIsInTheMatrixTest::load)
                        .filter(Class::isRecord)
                        .filter(type -> Arrays.stream(type.getDeclaredFields())
                                              .anyMatch(EveryCommandIsInTheMatrixTest::identifiesTheTarget))
                        .map(type -> type.getName().substring(API.length()))
                        .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean identifiesTheTarget(Field field) {
        return field.isAnnotationPresent(TargetAggregateIdentifier.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyCommandSaysWhoMaySendIt() throws Exception {
        Set<String> commands = commandsOfTheContract();
        Set<String> inMatrix = AuthorizationMatrix.ALLOWED.keySet().stream()
                                                          .map(type -> type.getName().substring(API.length()))
                                                          .collect(Collectors.toSet());

        Set<String> unaccounted = new TreeSet<>(commands);
        unaccounted.removeAll(inMatrix);
        unaccounted.removeAll(AuthorizationMatrix.NOT_SENT_AS_A_ROLE);
        unaccounted.removeAll(AuthorizationMatrix.AWAITING_ROWS);

        assertThat(commands).hasSizeGreaterThan(80);
        assertThat(unaccounted).as("commands with no row in the authorization matrix").isEmpty();
    }

    @Test
    void noCommandIsBothInTheMatrixAndListedElsewhereAndEveryListedNameIsACommand() throws Exception {
        Set<String> commands = commandsOfTheContract();
        Set<String> listed = new TreeSet<>(AuthorizationMatrix.NOT_SENT_AS_A_ROLE);
        listed.addAll(AuthorizationMatrix.AWAITING_ROWS);
        assertThat(commands).containsAll(listed);
        assertThat(AuthorizationMatrix.ALLOWED.keySet().stream().map(type -> type.getName().substring(API.length())))
                .doesNotContainAnyElementsOf(listed);
    }
}
