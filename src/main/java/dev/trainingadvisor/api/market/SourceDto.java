package dev.trainingadvisor.api.market;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.domain.market.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a market figure or status was read, and which fields of the entry it backs. */
@Schema(name = "Source", description = "A page a market figure or status was read from, the day it was read, and "
        + "which fields of this entry it backs.")
public record SourceDto(
        @Schema(required = true, description = "The page (https).") String url,
        @Schema(required = true, description = "The day it was read.") LocalDate readOn,
        @Schema(required = true, description = "true: the provider's own page or repository; false: a secondary copy "
                + "(a price map, a blog, a reseller).") boolean primary,
        @Schema(description = "What was read there, or that only a stored copy could be read; absent when the data "
                + "file says nothing more.")
        @JsonInclude(JsonInclude.Include.NON_NULL) String note,
        @Schema(required = true, description = "The fields of this entry it backs, e.g. status, inputUsd.")
        List<String> about) {

    /** One DTO per distinct source, in first-seen order, with the fields each backs. */
    public static final class Collector {
        private final Map<Source, List<String>> about = new LinkedHashMap<>();

        public Collector add(String field, List<Source> sources) {
            for (Source source : sources) {
                about.computeIfAbsent(source, s -> new ArrayList<>()).add(field);
            }
            return this;
        }

        public List<SourceDto> build() {
            return about.entrySet().stream().map(e -> new SourceDto(e.getKey().url(), e.getKey().readOn(), e.getKey().primary(),
                    e.getKey().note().orElse(null), List.copyOf(e.getValue()))).toList();
        }
    }
}
