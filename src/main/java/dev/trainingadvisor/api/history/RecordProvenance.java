package dev.trainingadvisor.api.history;

import dev.trainingadvisor.domain.history.Provenance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The versions a recorded assessment was decided with. */
@Schema(name = "RecordProvenance", description = "The logic and data an assessment was decided with.")
public record RecordProvenance(
        @Schema(required = true, description = "The ruleset that decided (1 or 2).", minimum = "1", maximum = "2")
        int ruleset,
        @Schema(required = true, description = "Its version.", examples = "2") String rulesetVersion,
        @Schema(required = true, description = "The first 16 hex digits of the SHA-256 of its rules.",
                pattern = "^[0-9a-f]{16}$") String rulesetFingerprint,
        @Schema(required = true, description = "The market data's version (ADVISOR-RULES §10); the service keeps "
                + "every version it ran with.", examples = "2026-11-29.1") String marketDataVersion) {

    static RecordProvenance of(Provenance provenance) {
        return new RecordProvenance(provenance.ruleset(), provenance.rulesetVersion(),
                provenance.rulesetFingerprint(), provenance.marketDataVersion());
    }
}
