package dev.trainingadvisor.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code docker/Dockerfile.jvm} read into its stages and instructions, as Docker reads it. */
final class Dockerfile {
    static final Path FILE = Path.of("docker", "Dockerfile.jvm");

    record Instruction(String keyword, String arguments) {
    }

    record Stage(String image, String name, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        Instruction one(String keyword) {
            List<Instruction> found = all(keyword);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + keyword + " in stage " + name + ", found " + found);
            }
            return found.get(0);
        }
    }

    final List<Stage> stages = new ArrayList<>();

    private Dockerfile(List<String> lines) {
        StringBuilder logical = new StringBuilder();
        List<Instruction> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (logical.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (line.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            if (line.endsWith("\\")) {
                logical.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            logical.append(line);
            String text = logical.toString().strip();
            logical.setLength(0);
            int space = text.indexOf(' ');
            String keyword = text.substring(0, space).toUpperCase(Locale.ROOT);
            String arguments = text.substring(space + 1).strip();
            if (keyword.equals("FROM")) {
                String[] parts = arguments.split("\\s+");
                current = new ArrayList<>();
                String name = parts.length >= 3 && parts[1].equalsIgnoreCase("AS") ? parts[2] : "stage" + stages.size();
                stages.add(new Stage(parts[0], name, current));
            } else if (current == null) {
                throw new AssertionError("instruction before FROM: " + text);
            } else {
                current.add(new Instruction(keyword, arguments));
            }
        }
    }

    static Dockerfile load() {
        try {
            return new Dockerfile(Files.readAllLines(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Stage last() {
        return stages.get(stages.size() - 1);
    }

    /** The exec-form ENTRYPOINT of the final stage: the image's command line. */
    List<String> entrypoint() {
        try {
            return new ObjectMapper().readValue(last().one("ENTRYPOINT").arguments(), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new AssertionError("ENTRYPOINT is not in exec (JSON array) form", e);
        }
    }

    /** The Java feature version of the final stage's image (eclipse-temurin:25-jre-noble: 25). */
    int runtimeJavaVersion() {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("eclipse-temurin:(\\d+)-jre.*")
                .matcher(last().image());
        if (!version.matches()) {
            throw new AssertionError("not a Temurin JRE image: " + last().image());
        }
        return Integer.parseInt(version.group(1));
    }

    /** A RUN with its {@code --mount=type=bind} options taken out: the mounts (target to source) and the command. */
    record Run(Map<String, String> bindMounts, List<String> command) {
    }

    /** The RUN instructions of the final stage that mount files of the build context (the AOT training). */
    List<Run> runsWithBindMounts() {
        List<Run> runs = new ArrayList<>();
        for (Instruction run : last().all("RUN")) {
            Map<String, String> mounts = new LinkedHashMap<>();
            List<String> command = new ArrayList<>();
            for (String word : run.arguments().split("\\s+")) {
                if (word.startsWith("--mount=")) {
                    Map<String, String> options = new LinkedHashMap<>();
                    for (String option : word.substring("--mount=".length()).split(",")) {
                        int equals = option.indexOf('=');
                        options.put(option.substring(0, equals), option.substring(equals + 1));
                    }
                    if (!"bind".equals(options.get("type"))) {
                        throw new AssertionError("only bind mounts in the final stage: " + word);
                    }
                    mounts.put(options.get("target"), options.get("source"));
                } else {
                    command.add(word);
                }
            }
            if (!mounts.isEmpty()) {
                if (command.stream().anyMatch(word -> word.matches(".*[\"'$`;&|<>*].*"))) {
                    throw new AssertionError("a plain command, run here word by word as Docker's shell would: " + run);
                }
                runs.add(new Run(mounts, command));
            }
        }
        return runs;
    }

    /** The ENV of the final stage: what the container starts with. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Instruction env : last().all("ENV")) {
            for (String pair : env.arguments().split("\\s+")) {
                int equals = pair.indexOf('=');
                environment.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return environment;
    }
}
