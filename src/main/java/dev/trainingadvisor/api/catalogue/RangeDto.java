package dev.trainingadvisor.api.catalogue;

import dev.trainingadvisor.domain.catalogue.Range;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure as the guide writes it: $1k–$100k, $50k+, ~$100. */
@Schema(name = "Range", description = "A figure as the guide gives it: `$1k-$100k` is min 1000, max 100000; "
        + "`$50k+` is min 50000, max null, openEnded; `~$100` is min = max = 100, approximate.")
public record RangeDto(
        @Schema(required = true, description = "The lower (or only) figure.") BigDecimal min,
        @Schema(required = true, nullable = true, description = "The upper figure; null when the guide gives none.")
        BigDecimal max,
        @Schema(required = true, description = "The guide writes a \"+\" after the figure.") boolean openEnded,
        @Schema(required = true, description = "The guide writes \"~\" or \"about\".") boolean approximate) {

    static RangeDto of(Range range) {
        return new RangeDto(range.min(), range.max().orElse(null), range.openEnded(), range.approximate());
    }
}
