package dev.trainingadvisor.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Request bodies for API tests, as maps a test can change in the one place it is about. */
public final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What must never appear in a response: a stack trace, a Java class or package name. */
    public static final Pattern LEAK = Pattern.compile(
            "Exception|Throwable|\\bjava\\.|\\bjakarta\\.|\\bcom\\.fasterxml|\\bio\\.quarkus|\\bio\\.vertx|"
                    + "\\bdev\\.trainingadvisor|\\bat [a-z]+\\.[a-z]+");

    private Bodies() {
    }

    /** Passes Q1–Q3 and the gate; CAN_HIRE, so the answer is HIRE_ML_ENGINEER. */
    public static Map<String, Object> profile() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("usesPrivateData", false);
        body.put("desiredChange", "DEEP_KNOWLEDGE");
        body.put("labeledExamples", 10_000);
        body.put("mlExpertise", "CAN_HIRE");
        body.put("trainingBudgetUsd", 10_000);
        return body;
    }

    public static Map<String, Object> roi() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("monthlyApiSpendUsd", 20_000);
        body.put("expectedSpendReductionPercent", 30);
        body.put("trainingCostUsd", 10_000);
        return body;
    }

    /** §11's example at gpt-4o-mini's prices, given explicitly: RAG $0.00063 a query, the fine-tune $0.00060. */
    public static Map<String, Object> costs() {
        Map<String, Object> prices = new LinkedHashMap<>();
        prices.put("inputUsd", new java.math.BigDecimal("0.15"));
        prices.put("outputUsd", new java.math.BigDecimal("0.60"));
        prices.put("fineTunedInputUsd", new java.math.BigDecimal("0.30"));
        prices.put("fineTunedOutputUsd", new java.math.BigDecimal("1.20"));
        prices.put("trainingUsd", new java.math.BigDecimal("3.00"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("queriesPerMonth", 1_000_000);
        body.put("prices", prices);
        body.put("promptTokens", 800);
        body.put("retrievedTokens", 2_200);
        body.put("outputTokens", 300);
        body.put("trainingTokens", 3_000_000);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    public static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.remove(field);
        return changed;
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
