package dev.trainingadvisor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The market data file as an operator handles it (ADVISOR-RULES §10), against the packaged service started as the
 * image and the Deployment start it: the ConfigMap's file is what it serves; another file named by
 * {@code ADVISOR_MARKET_DATA} is served without a rebuild; a file that does not validate stops it at start, with the
 * place named by JSON Pointer.
 */
class MarketDataIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("target", "market-data-it").toAbsolutePath();

    @Test
    void servesTheMarketDataOfTheConfigMapItIsGiven() throws Exception {
        String version = JSON.readTree(Manifests.load().marketData.getData().get("market-data.json"))
                .get("version").asText();
        try (PackagedService service = PackagedService.start("market-configmap", List.of())) {
            JsonNode providers = JSON.readTree(service.get("/providers").body());
            assertEquals(version, providers.at("/marketData/version").asText());
            assertEquals("CLOSING", providers.at("/providers/0/status").asText());
        }
    }

    @Test
    void anOperatorsFileIsServedWithoutARebuild() throws Exception {
        ObjectNode file = shipped();
        file.put("version", "operator-2027-02-01");
        file.put("asOf", "2027-02-01");
        ObjectNode model = file.withArray("models").addObject();
        model.put("id", "qwen3-8b-lora");
        model.put("provider", "together-ai");
        ObjectNode training = model.putObject("trainingUsd");
        training.put("usd", 0.48);
        training.putArray("sources").addObject().put("url", "https://docs.together.ai/docs/fine-tuning-pricing")
                .put("readOn", "2027-02-01").put("primary", true);
        Path path = write("operator.json", file.toString());
        try (PackagedService service = PackagedService.start("market-operator", List.of(),
                Map.of("ADVISOR_MARKET_DATA", path.toString()))) {
            JsonNode answer = JSON.readTree(service.get("/models/qwen3-8b-lora").body());
            assertEquals("operator-2027-02-01", answer.at("/marketData/version").asText());
            assertEquals("2027-02-01", answer.at("/marketData/asOf").asText());
            assertEquals(0.48, answer.at("/model/trainingUsd").asDouble());
            for (String absent : List.of("inputUsd", "outputUsd", "fineTunedInputUsd", "fineTunedOutputUsd",
                    "retiresOn")) {
                assertFalse(answer.get("model").has(absent), absent + " has no price in the file, so it is absent");
            }
            assertEquals(shipped().withArray("models").size() + 1,
                    JSON.readTree(service.get("/models").body()).get("models").size());
        }
    }

    @Test
    void aFileThatDoesNotValidateStopsTheServiceAtStartNamingThePlace() throws Exception {
        ObjectNode file = shipped();
        ((ObjectNode) file.withArray("models").get(1).get("inputUsd")).put("usd", "2.50");
        Path path = write("bad-type.json", file.toString());
        PackagedService.Exit exit = PackagedService.startExpectingExit("market-bad",
                Map.of("ADVISOR_MARKET_DATA", path.toString()));
        assertNotEquals(0, exit.code(), exit.output());
        assertTrue(exit.output().contains("/models/1/inputUsd/usd"), exit.output());
        assertTrue(exit.output().contains(path.toString()), exit.output());
    }

    @Test
    void aFileNamingAModelOfAnUnknownProviderStopsTheServiceAtStart() throws Exception {
        ObjectNode file = shipped();
        ((ObjectNode) file.withArray("models").get(3)).put("provider", "openai");
        PackagedService.Exit exit = PackagedService.startExpectingExit("market-inconsistent",
                Map.of("ADVISOR_MARKET_DATA", write("bad-reference.json", file.toString()).toString()));
        assertNotEquals(0, exit.code(), exit.output());
        assertTrue(exit.output().contains("/models/3/provider"), exit.output());
    }

    @Test
    void aMissingFileStopsTheServiceAtStart() throws Exception {
        PackagedService.Exit exit = PackagedService.startExpectingExit("market-missing",
                Map.of("ADVISOR_MARKET_DATA", DIR.resolve("no-such-file.json").toString()));
        assertNotEquals(0, exit.code(), exit.output());
        assertTrue(exit.output().contains("no such file"), exit.output());
    }

    /**
     * A ConfigMap update as the kubelet makes it: the mounted file is {@code ..data/market-data.json}, {@code ..data}
     * a symlink to a timestamped folder, and an update writes a new folder and renames a new symlink over
     * {@code ..data}. The running service serves the new data within its check interval, without a restart.
     */
    @Test
    void aConfigMapUpdateIsServedWithoutARestart() throws Exception {
        Path mount = DIR.resolve("configmap-mount");
        PackagedService.deleteTree(mount);
        ObjectNode file = shipped();
        publish(mount, "..2026_12_01", file.toString());
        Files.createSymbolicLink(mount.resolve("market-data.json"), Path.of("..data", "market-data.json"));
        try (PackagedService service = PackagedService.start("market-reload", List.of(),
                Map.of("ADVISOR_MARKET_DATA", mount.resolve("market-data.json").toString(),
                        "ADVISOR_MARKET_DATA_CHECK_INTERVAL", "1s"))) {
            assertEquals(file.get("version").asText(),
                    JSON.readTree(service.get("/models").body()).at("/marketData/version").asText());
            file.put("version", "configmap-update-2026-12-03");
            publish(mount, "..2026_12_03", file.toString());
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            String served;
            do {
                Thread.sleep(200);
                served = JSON.readTree(service.get("/models").body()).at("/marketData/version").asText();
            } while (!served.equals("configmap-update-2026-12-03") && System.nanoTime() < deadline);
            assertEquals("configmap-update-2026-12-03", served, "served within a minute of the update");
            service.awaitLog(lines -> lines.stream().anyMatch(line -> line.contains("Market data replaced")),
                    java.time.Duration.ofSeconds(5), "the replacement is logged");
        }
    }

    /** Writes {@code content} into the folder {@code name} and points {@code ..data} at it in one rename. */
    private static void publish(Path mount, String name, String content) throws IOException {
        Path folder = mount.resolve(name);
        Files.createDirectories(folder);
        for (Path dir = folder; dir.startsWith(Path.of("").toAbsolutePath()); dir = dir.getParent()) {
            dir.toFile().setExecutable(true, false);
            dir.toFile().setReadable(true, false);
        }
        Files.writeString(folder.resolve("market-data.json"), content);
        folder.resolve("market-data.json").toFile().setReadable(true, false);
        Path next = mount.resolve("..data_tmp");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, Path.of(name));
        Files.move(next, mount.resolve("..data"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static ObjectNode shipped() throws IOException {
        return (ObjectNode) JSON.readTree(Path.of("src", "main", "resources", "market", "market-data.json").toFile());
    }

    /** A file the service's unprivileged user can read, as a mounted ConfigMap would be. */
    private static Path write(String name, String content) throws IOException {
        Files.createDirectories(DIR);
        DIR.toFile().setExecutable(true, false);
        for (Path parent = DIR.getParent(); parent.startsWith(Path.of("").toAbsolutePath());
             parent = parent.getParent()) {
            parent.toFile().setExecutable(true, false);
        }
        Path file = DIR.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }
}
