package org.coproduction.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.coproduction.notifications.client.ParticipantsGateway;
import org.coproduction.notifications.client.SessionsGateway;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The conventions a reader relies on, checked on the compiled classes: transactions only in the service layer, never
 * around a call to another service, and dependencies handed in through constructors.
 */
class LayersTest {

    private static final String ROOT = "org.coproduction.notifications";
    /** The service layer: the digest and delivery pipeline, the use cases built on it, and the shared exceptions. */
    private static final Set<String> SERVICE_LAYER = Set.of("digest", "delivery", "notice", "run", "retry", "service");
    /** Left as it is until the platform module replaces it. */
    private static final Set<String> FIELD_INJECTION_ALLOWED = Set.of(ROOT + ".client.ServiceTokenHeaders",
            ROOT + ".rest.problem.ProblemMappers", ROOT + ".rest.problem.ProblemResponses");

    @Test
    void transactionsAreOpenedOnlyInTheServiceLayer() throws IOException {
        assertThat(mainClasses().filter(LayersTest::opensTransactions))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(SERVICE_LAYER).as(type.getName()).contains(layer(type)));
    }

    @Test
    void noClassThatOpensTransactionsCanCallAnotherService() throws IOException {
        assertThat(mainClasses().filter(LayersTest::opensTransactions)).allSatisfy(type -> assertThat(
                Arrays.stream(type.getDeclaredFields()).map(Field::getType))
                .as(type.getName())
                .doesNotContain(ParticipantsGateway.class, SessionsGateway.class));
    }

    @Test
    void dependenciesComeThroughConstructors() throws IOException {
        assertThat(mainClasses().filter(type -> !FIELD_INJECTION_ALLOWED.contains(type.getName())))
                .allSatisfy(type -> assertThat(Arrays.stream(type.getDeclaredFields())
                        .filter(f -> f.isAnnotationPresent(Inject.class)).map(Field::getName))
                        .as(type.getName()).isEmpty());
    }

    private static boolean opensTransactions(Class<?> type) {
        return type.isAnnotationPresent(Transactional.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Transactional.class));
    }

    private static String layer(Class<?> type) {
        String rest = type.getPackageName().substring(ROOT.length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }

    private static Stream<Class<?>> mainClasses() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> found;
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT.replace('.', '/')))) {
            found = files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(LayersTest::load).toList();
        }
        return found.stream();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, LayersTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
