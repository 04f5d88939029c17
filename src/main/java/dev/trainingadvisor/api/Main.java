package dev.trainingadvisor.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: Quarkus, with one setting that must be made before Quarkus loads its HTTP layer.
 *
 * <p>Quarkus's root HTTP handler checks each request URI with {@code java.net.URI} and answers a failing one
 * ({@code GET /training-methods/%zz}) itself: 400 with an empty body, before any route, filter or error handler of the
 * application can see the request. The system property {@code vertx.disableURIValidation} turns that check off, and
 * {@code EdgeProblems} makes the same check as its first route, answering with a problem document. The property is read
 * once, when Quarkus's HTTP recorder class loads, so it is set here, before {@link Quarkus#run}; the test JVMs set it
 * in the build (pom.xml), since {@code @QuarkusTest} does not start through this class.
 */
@QuarkusMain
public final class Main {
    static final String URI_VALIDATION = "vertx.disableURIValidation";

    private Main() {
    }

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION) == null) {
            System.setProperty(URI_VALIDATION, "true");
        }
        Quarkus.run(args);
    }
}
