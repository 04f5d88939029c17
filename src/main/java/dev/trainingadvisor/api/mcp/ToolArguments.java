package dev.trainingadvisor.api.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The arguments of each MCP tool, read from the tool call's {@code arguments} object by the service's strict reader
 * (unknown arguments, wrong types and coerced values are refused as in a REST body) and validated like a REST body.
 * A REST body inside them ({@code profile}, {@code comparison}) stays a JSON tree here: it is read and validated
 * exactly as the REST operation reads its body, so its problems point into it ({@code /profile/labeledExamples}).
 */
final class ToolArguments {
    /** Longest {@code language} value: an Accept-Language list has no reason to be longer. */
    static final int MAX_LANGUAGE_LENGTH = 256;
    /**
     * What a {@code language} may hold: what the same value may hold as an Accept-Language header field on REST (RFC
     * 9110 §5.5: visible characters, space, tab, obs-text). A control character is refused there (by Netty, 400)
     * and so here too, instead of being read as a language.
     */
    static final String HEADER_VALUE = "[\\t\\x20-\\x7E\\x80-\\xFF]*";
    /**
     * Whether {@code text} is a {@code language} the tools and the prompt take: at most {@link #MAX_LANGUAGE_LENGTH}
     * characters of {@link #HEADER_VALUE}; anything else is refused, never read as the default language.
     */
    static boolean isLanguage(String text) {
        return text.length() <= MAX_LANGUAGE_LENGTH && text.matches(HEADER_VALUE);
    }

    /** Longest id: no model or offering id comes near it. */
    static final int MAX_ID_LENGTH = 200;

    private ToolArguments() {
    }

    /**
     * {@code assess_project}.
     *
     * @param profile the body of {@code POST /assessments} (AssessmentRequest)
     * @param ruleset 1 or 2; absent: the configured default, as {@code ?ruleset=} on REST
     * @param language an Accept-Language value (RFC 9110 §12.5.4); absent: the configured default language
     * @param lean    true for the lean answer of {@code Prefer: return=minimal} (RFC 7240)
     */
    record Assess(@NotNull JsonNode profile, @Min(1) @Max(2) Integer ruleset,
                  @Size(max = MAX_LANGUAGE_LENGTH) @Pattern(regexp = HEADER_VALUE) String language, Boolean lean) {
    }

    /**
     * {@code compare_costs}.
     *
     * @param comparison the body of {@code POST /cost-comparisons} (CostComparisonRequest)
     * @param language   an Accept-Language value
     */
    record Compare(@NotNull JsonNode comparison, @Size(max = MAX_LANGUAGE_LENGTH) @Pattern(regexp = HEADER_VALUE) String language) {
    }

    /**
     * A listing ({@code list_models}).
     *
     * @param language an Accept-Language value
     */
    record Listing(@Size(max = MAX_LANGUAGE_LENGTH) @Pattern(regexp = HEADER_VALUE) String language) {
    }

    /**
     * One item by id ({@code get_model}).
     *
     * @param id       the item's id, as its REST path names it ({@code GET /models/{id}})
     * @param language an Accept-Language value
     */
    record Item(@NotNull @Size(min = 1, max = MAX_ID_LENGTH) String id,
                @Size(max = MAX_LANGUAGE_LENGTH) @Pattern(regexp = HEADER_VALUE) String language) {
    }

    /**
     * {@code reassess_assessment}: a recorded assessment decided again ({@code GET /assessments/{id}/reassessment}).
     *
     * @param id       the record's id
     * @param ruleset  1 or 2; absent: the recorded one
     * @param language an Accept-Language value
     */
    record Reassess(@NotNull @Size(min = 1, max = MAX_ID_LENGTH) String id, @Min(1) @Max(2) Integer ruleset,
                    @Size(max = MAX_LANGUAGE_LENGTH) @Pattern(regexp = HEADER_VALUE) String language) {
    }

    /**
     * {@code list_fine_tuning_offerings}: the filters of {@code GET /fine-tuning-offerings}, each absent passing all.
     *
     * @param provider    a provider id of {@code GET /providers}
     * @param method      SFT, PEFT, DPO or RFT
     * @param servingMode PER_TOKEN, PER_TOKEN_PLUS_HOSTING or DEDICATED
     * @param status      AVAILABLE, CLOSING or DISCONTINUED (the provider's today)
     * @param language    an Accept-Language value
     */
    record Offerings(@Size(max = MAX_ID_LENGTH) String provider, @Size(max = MAX_ID_LENGTH) String method,
                     @Size(max = MAX_ID_LENGTH) String servingMode, @Size(max = MAX_ID_LENGTH) String status,
                     @Size(max = MAX_LANGUAGE_LENGTH) @Pattern(regexp = HEADER_VALUE) String language) {
    }
}
