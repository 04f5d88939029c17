package dev.trainingadvisor.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Path variants (issue 21): every spelling of an API path other than its one form - an empty segment, a trailing
 * slash, a dot segment (also percent-encoded, in any case), a matrix parameter - is found and named with that one
 * form; the one form itself is never refused. Over paths built from the service's segments with variants inserted
 * anywhere.
 */
class CanonicalPathPropertiesTest {
    private static final List<String> SEGMENTS = List.of("training-methods", "SFT", "providers", "assessments",
            "batch", "fine-tuning-offerings", "decision-tree", "models", "a%2Fb", "x%41");

    @Property
    void theOneFormIsTakenAsItIs(@ForAll("canonical") String path, @ForAll boolean trailingSlash) {
        assertEquals(Optional.empty(), EdgeProblems.canonicalPath(path, trailingSlash));
    }

    @Property
    void anEmptySegmentOrATrailingSlashIsNamedWithTheOneForm(@ForAll("canonical") String path,
                                                             @ForAll("positions") int at) {
        String doubled = slashAt(path, at, "//");
        assertEquals(Optional.of(path), EdgeProblems.canonicalPath(doubled, false), doubled);
        assertEquals(Optional.of(path), EdgeProblems.canonicalPath(path + "/", false));
        assertEquals(Optional.empty(), EdgeProblems.canonicalPath(path + "/", true), "Swagger UI's own address form");
    }

    @Property
    void aDotSegmentInAnySpellingIsNamedWithWhatItResolvesTo(@ForAll("canonical") String path,
                                                             @ForAll("positions") int at,
                                                             @ForAll("dots") String dot, @ForAll boolean trailingSlash) {
        String variant = slashAt(path, at, "/" + dot + "/");
        Optional<String> named = EdgeProblems.canonicalPath(variant, trailingSlash);
        assertTrue(named.isPresent(), variant);
        assertTrue(!named.get().contains("/.") && !named.get().toLowerCase().contains("%2e"), named.get());
    }

    @Property
    void aMatrixParameterIsNamedWithThePathWithoutIt(@ForAll("canonical") String path,
                                                     @ForAll("matrix") String parameter) {
        assertEquals(Optional.of(path), EdgeProblems.canonicalPath(path + parameter, false));
    }

    @Provide
    Arbitrary<String> canonical() {
        return Arbitraries.of(SEGMENTS).list().ofMinSize(1).ofMaxSize(4).map(s -> "/" + String.join("/", s));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 10);
    }

    @Provide
    Arbitrary<String> dots() {
        return Arbitraries.of(".", "..", "%2e", "%2E", "%2e%2e", "%2E%2e", ".%2e", "%2e.");
    }

    @Provide
    Arbitrary<String> matrix() {
        return Arbitraries.of(";", ";x=y", ";jsessionid=1", ";a;b=c", ";format=mermaid");
    }

    /** {@code path} with its {@code at}-th slash (modulo the number of slashes) replaced by {@code with}. */
    private static String slashAt(String path, int at, String with) {
        int slashes = (int) path.chars().filter(c -> c == '/').count();
        int target = at % slashes;
        int index = -1;
        for (int i = 0; i <= target; i++) {
            index = path.indexOf('/', index + 1);
        }
        return path.substring(0, index) + with + path.substring(index + 1);
    }
}
