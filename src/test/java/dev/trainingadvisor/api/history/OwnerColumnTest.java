package dev.trainingadvisor.api.history;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.access.Requester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The owner column holds every owner a token can name: the Flyway scripts, read in version order, leave
 * {@code assessment_record.owner} at least {@link Requester#MAX_OWNER_LENGTH} characters wide ({@code "tenant:"} and a
 * 255-character claim), so that a valid token's record is never refused by the database (a 503, tester).
 */
class OwnerColumnTest {
    private static final Path SCRIPTS = Path.of("src", "main", "resources", "db", "history");
    private static final Pattern OWNER_WIDTH = Pattern.compile(
            "(?is)\\bowner\\s+(?:SET\\s+DATA\\s+TYPE\\s+)?VARCHAR\\((\\d+)\\)");

    @Test
    void theOwnerColumnHoldsTheLongestOwnerATokenCanName() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            scripts = files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(OwnerColumnTest::version)).toList();
        }
        int width = 0;
        for (Path script : scripts) {
            Matcher matcher = OWNER_WIDTH.matcher(Files.readString(script));
            while (matcher.find()) {
                width = Integer.parseInt(matcher.group(1));
            }
        }
        assertTrue(width >= Requester.MAX_OWNER_LENGTH,
                "owner is VARCHAR(" + width + "), an owner may be " + Requester.MAX_OWNER_LENGTH + " characters");
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
