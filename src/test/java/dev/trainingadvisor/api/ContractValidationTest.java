package dev.trainingadvisor.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract check behind every API test is not vacuous: responses that break the contract in each way the API
 * could drift are reported.
 */
class ContractValidationTest {
    private static final Path EXAMPLES = Path.of("src", "main", "resources", "META-INF", "openapi-examples");

    @Test
    void aRealResponseMatchesTheContract() throws IOException {
        assertFalse(check("/assessments", 200, "application/json", example("createAssessment.response.json"))
                .hasErrors());
    }

    @Test
    void aMissingRequiredPropertyFails() throws IOException {
        assertTrue(check("/assessments", 200, "application/json",
                mutate("createAssessment.response.json", "\"approach\" :", "\"approachX\" :")).hasErrors());
    }

    @Test
    void aPropertyTheContractDoesNotDeclareFails() throws IOException {
        assertTrue(check("/assessments", 200, "application/json",
                mutate("createAssessment.response.json", "{", "{ \"surprise\": 1,")).hasErrors());
    }

    @Test
    void aValueOutsideItsEnumFails() throws IOException {
        assertTrue(check("/assessments", 200, "application/json",
                mutate("createAssessment.response.json", "\"approach\" : \"TRAINING\"",
                        "\"approach\" : \"FINE_TUNE\"")).hasErrors());
    }

    @Test
    void aWrongTypeFails() throws IOException {
        assertTrue(check("/roi-estimates", 200, "application/json",
                mutate("createRoiEstimate.response.json", "\"verdict\" : \"PAYS_OFF\"",
                        "\"verdict\" : true")).hasErrors());
        assertTrue(check("/assessments", 200, "application/json",
                mutate("createAssessment.response.json", "\"mlExpertAdvised\" : true",
                        "\"mlExpertAdvised\" : \"yes\"")).hasErrors());
        assertTrue(check("/assessments", 200, "application/json",
                mutate("createAssessment.response.json", "\"field\" : \"usesPrivateData\"",
                        "\"field\" : {}")).hasErrors());
    }

    @Test
    void anUndeclaredStatusOrMediaTypeFails() throws IOException {
        assertTrue(check("/assessments", 418, "application/json", "{}").hasErrors());
        assertTrue(check("/assessments", 400, "application/json", example("problem-invalid-request.json"))
                .hasErrors());
    }

    @Test
    void aProblemWithoutItsStatusFails() throws IOException {
        assertTrue(check("/assessments", 400, "application/problem+json",
                mutate("problem-invalid-request.json", "\"status\" : 400,", "")).hasErrors());
    }

    private static ValidationReport check(String path, int status, String mediaType, String body) {
        return Contract.validator().validateResponse(path, Request.Method.POST,
                SimpleResponse.Builder.status(status).withContentType(mediaType).withBody(body).build());
    }

    /** The example with {@code from} replaced once by {@code to}; fails if {@code from} is not there. */
    private static String mutate(String name, String from, String to) throws IOException {
        String example = example(name);
        int at = example.indexOf(from);
        assertTrue(at >= 0, name + " holds no " + from + ": the mutation would prove nothing");
        return example.substring(0, at) + to + example.substring(at + from.length());
    }

    private static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name));
    }

    @Test
    void aNullWhereTheContractsOwnTypeRefusesItFails() throws IOException {
        // The 3.0 translation let this through: type object plus an anyOf that allows null (issue 8).
        String provider = example("getProvider.response.json");
        assertTrue(Contract.schemaErrors("/providers/anthropic", "GET", 200, "application/json", provider).isEmpty(),
                "the example itself passes");
        String withNull = provider.replaceFirst("\"startingCostUsd\"\\s*:\\s*\\{[^}]*}", "\"startingCostUsd\": null");
        assertTrue(!withNull.equals(provider));
        assertTrue(Contract.schemaErrors("/providers/anthropic", "GET", 200, "application/json", withNull).isEmpty(),
                "null is allowed: the contract's type says so");
        String wrongType = provider.replaceFirst("\"startingCostUsd\"\\s*:\\s*\\{[^}]*}", "\"startingCostUsd\": \"5\"");
        assertFalse(Contract.schemaErrors("/providers/anthropic", "GET", 200, "application/json", wrongType).isEmpty(),
                "a string is not a Range or null");
        assertFalse(Contract.schemaErrors("/assessments", "POST", 200, "application/json",
                mutate("createAssessment.response.json", "{", "{ \"surprise\": 1,")).isEmpty(),
                "an undeclared property fails in 2020-12 too");
        assertFalse(Contract.schemaErrors("/assessments", "POST", 400, "application/problem+json",
                "{\"type\": \"/problems/x\", \"title\": \"t\", \"status\": 99, \"detail\": \"d\", \"instance\": \"/\"}")
                .isEmpty(), "a problem's status is 400-599");
    }

    @Test
    void aLeanAnswerIsCheckedAgainstItsOwnSchema() throws IOException {
        String lean = example("createAssessment.minimal.response.json");
        assertEquals(List.of(), Contract.errors("/assessments", "POST", 200, "application/json", "return=minimal",
                lean), "the lean example passes as a lean answer");
        assertFalse(Contract.errors("/assessments", "POST", 200, "application/json", null, lean).isEmpty(),
                "without Preference-Applied it is checked as an Assessment, which it is not");
        assertFalse(Contract.errors("/assessments", "POST", 200, "application/json", "return=minimal",
                example("createAssessment.response.json")).isEmpty(), "a full answer that claims to be lean fails");
        assertFalse(Contract.errors("/assessments", "POST", 200, "application/json", "return=minimal",
                mutate("createAssessment.minimal.response.json", "{", "{ \"summary\": \"x\",")).isEmpty(),
                "a text in the lean answer fails");
        assertFalse(Contract.errors("/assessments", "POST", 200, "application/json", "return=minimal",
                mutate("createAssessment.minimal.response.json", "\"PROVIDER_CLOSING\"", "{\"code\": 1}")).isEmpty(),
                "warnings are codes");
        assertFalse(Contract.errors("/assessments", "POST", 200, "application/json", "return=minimal",
                mutate("createAssessment.minimal.response.json", "\"approach\" :", "\"approachX\" :")).isEmpty());
        assertFalse(Contract.errors("/assessments/mermaid", "POST", 200, "application/json", "return=minimal",
                lean).isEmpty(), "an operation without a lean answer cannot answer one: its JSON is checked as usual");
        assertFalse(Contract.errors("/assessments", "POST", 400, "application/json", "return=minimal",
                lean).isEmpty(), "a lean answer is a 200");
    }

    @Test
    void aBatchAnswerIsChecked() throws IOException {
        String batch = example("createAssessmentBatch.response.json");
        assertEquals(List.of(), Contract.errors("/assessments/batch", "POST", 200, "application/json", null, batch));
        assertFalse(Contract.errors("/assessments/batch", "POST", 200, "application/json", null,
                mutate("createAssessmentBatch.response.json", "\"index\" : 1,", "\"index\" : 1, \"assessment\": {},"))
                .isEmpty(), "a result is an assessment or a problem, never both");
        assertFalse(Contract.errors("/assessments/batch", "POST", 200, "application/json", null,
                mutate("createAssessmentBatch.response.json", "\"status\" : 400,", "\"status\" : 500,"))
                .isEmpty(), "an item's status is 200 or 400");
        assertFalse(Contract.errors("/assessments/batch", "POST", 200, "application/json", null,
                mutate("createAssessmentBatch.response.json", "\"refused\" : 1,", "")).isEmpty());
    }
}
