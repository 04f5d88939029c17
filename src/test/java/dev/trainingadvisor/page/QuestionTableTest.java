package dev.trainingadvisor.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.trainingadvisor.api.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire's question table ({@code app/questions.json}) and texts ({@code app/texts.json}) agree with the
 * contract ({@code openapi/openapi.yaml}), so the page cannot ask about a field the API does not take, offer a value
 * it rejects, miss a value it accepts, or show a key instead of a text, in either language.
 */
class QuestionTableTest {
    static final Path PAGE = Path.of("src", "main", "resources", "META-INF", "resources", "app");
    static final List<String> LANGUAGES = List.of("en", "zh");
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode questions() throws IOException {
        return JSON.readTree(PAGE.resolve("questions.json").toFile()).get("questions");
    }

    static JsonNode texts() throws IOException {
        return JSON.readTree(PAGE.resolve("texts.json").toFile());
    }

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Contract.FILE.toFile());
    }

    private static JsonNode schema(JsonNode contract, JsonNode property) {
        JsonNode reference = property.has("$ref") ? property : property.path("items");
        if (reference.has("$ref")) {
            String name = reference.get("$ref").asText().replace("#/components/schemas/", "");
            return contract.path("components").path("schemas").path(name);
        }
        return property;
    }

    @Test
    void everyQuestionAsksAboutARequestFieldWithTheContractsValuesAndBounds() throws IOException {
        JsonNode contract = contract();
        JsonNode request = contract.path("components").path("schemas").path("AssessmentRequest");
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode question : questions()) {
            String field = question.get("field").asText();
            assertTrue(seen.add(field), field + " twice in the table");
            JsonNode property = request.path("properties").path(field);
            assertFalse(property.isMissingNode(), field + " is not a property of AssessmentRequest");
            String kind = question.get("kind").asText();
            switch (kind) {
                case "boolean" -> assertEquals("boolean", property.path("type").asText(), field);
                case "choice", "set" -> {
                    JsonNode values = schema(contract, property);
                    Set<String> accepted = new TreeSet<>();
                    values.path("enum").forEach(value -> accepted.add(value.asText()));
                    Set<String> offered = new TreeSet<>();
                    question.get("values").forEach(value -> offered.add(value.get("code").asText()));
                    assertEquals(accepted, offered, field + ": the table offers exactly the values the contract takes");
                }
                case "integer", "money", "percent" -> {
                    assertEquals(kind.equals("integer") ? "integer" : "number", property.path("type").asText(), field);
                    assertEquals(property.path("minimum").decimalValue().compareTo(question.get("min").decimalValue()),
                            0, field + " minimum");
                    assertEquals(property.path("maximum").decimalValue().compareTo(question.get("max").decimalValue()),
                            0, field + " maximum");
                }
                default -> throw new AssertionError(field + ": unknown kind " + kind);
            }
        }
        for (JsonNode required : request.path("required")) {
            JsonNode question = byField(required.asText());
            assertTrue(question != null && question.path("required").asBoolean(),
                    required.asText() + " is required by the contract: the table must know it, and what to assume");
        }
    }

    @Test
    void aQuestionDependsOnlyOnAnEarlierQuestionsAnswers() throws IOException {
        List<String> earlier = new ArrayList<>();
        for (JsonNode question : questions()) {
            for (JsonNode condition : question.path("askWhen")) {
                String field = condition.path("field").asText();
                assertTrue(earlier.contains(field), question.get("field") + " depends on " + field
                        + ", which is not an earlier question");
                JsonNode other = byField(field);
                JsonNode values = condition.has("in") ? condition.get("in") : condition.path("notIn");
                assertTrue(values.isArray() && !values.isEmpty(), question.get("field") + ": askWhen needs in or notIn");
                for (JsonNode value : values) {
                    String code = value.isBoolean() ? Boolean.toString(value.asBoolean()) : value.asText();
                    assertTrue(codes(other).contains(code) && value.isBoolean() == other.get("kind").asText()
                            .equals("boolean"), question.get("field") + ": " + field + " never answers " + value);
                }
            }
            earlier.add(question.get("field").asText());
        }
    }

    @Test
    void requiredQuestionsSayWhatThePageAssumesWhenTheWalkNeverAsksThem() throws IOException {
        for (JsonNode question : questions()) {
            if (!question.path("required").asBoolean()) {
                assertTrue(question.path("assume").isMissingNode(), question.get("field") + ": optional fields are "
                        + "never assumed, they stay unknown");
                continue;
            }
            JsonNode assume = question.path("assume");
            String kind = question.get("kind").asText();
            boolean fits = switch (kind) {
                case "boolean" -> assume.isBoolean();
                case "choice" -> assume.isTextual() && codes(question).contains(assume.asText());
                default -> assume.isNumber() && assume.decimalValue().compareTo(question.get("min").decimalValue()) >= 0;
            };
            assertTrue(fits, question.get("field") + ": assumes " + assume + ", which is not one of its answers");
        }
    }

    @Test
    void everyQuestionIsWordedAndExplainedInBothLanguages() throws IOException {
        for (JsonNode question : questions()) {
            String field = question.get("field").asText();
            for (String language : LANGUAGES) {
                JsonNode text = question.path("text").path(language);
                assertFalse(text.path("label").asText().isBlank(), field + " label, " + language);
                assertFalse(text.path("help").asText().isBlank(), field + " explanation, " + language);
                for (String code : codes(question)) {
                    assertFalse(text.path("options").path(code).asText().isBlank(),
                            field + " option " + code + ", " + language);
                }
            }
        }
    }

    @Test
    void bothLanguagesHaveEveryTextThePageUses() throws IOException {
        JsonNode texts = texts();
        Set<String> english = new TreeSet<>();
        texts.get("en").fieldNames().forEachRemaining(english::add);
        Set<String> chinese = new TreeSet<>();
        texts.get("zh").fieldNames().forEachRemaining(chinese::add);
        assertEquals(english, chinese, "texts.json: the same keys in English and Chinese");

        String script = Files.readString(PAGE.resolve("advisor.js"));
        Matcher used = Pattern.compile("\\bt\\('([\\w.]+)'\\s*[,)]").matcher(script);
        List<String> missing = new ArrayList<>();
        while (used.find()) {
            if (!english.contains(used.group(1))) {
                missing.add(used.group(1));
            }
        }
        assertEquals(List.of(), missing, "texts advisor.js uses that texts.json lacks");

        JsonNode schemas = contract().path("components").path("schemas");
        for (String code : enumValues(schemas.path("Approach"))) {
            assertTrue(english.contains("approach." + code), "a name for the approach " + code);
        }
        for (String code : List.of("MET", "NOT_MET", "UNKNOWN")) {
            assertTrue(english.contains("status." + code), "a name for the status " + code);
        }
    }

    private static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> codes(JsonNode question) {
        List<String> codes = new ArrayList<>();
        if (question.get("kind").asText().equals("boolean")) {
            return List.of("true", "false");
        }
        question.path("values").forEach(value -> codes.add(value.get("code").asText()));
        return codes;
    }

    private static JsonNode byField(String field) throws IOException {
        for (JsonNode question : questions()) {
            if (question.get("field").asText().equals(field)) {
                return question;
            }
        }
        return null;
    }
}
