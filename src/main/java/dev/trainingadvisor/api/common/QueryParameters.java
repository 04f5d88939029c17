package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.Problems;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Query parameters are as strict as bodies: an unknown one (a misspelt filter would silently return everything) or
 * a repeated one is a 400 naming it.
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        allowOnly(uri.getQueryParameters(), allowed);
    }

    /**
     * As {@link #allowOnly(UriInfo, Set)}, for decoded query parameters by name (for answers made outside JAX-RS);
     * throws the {@link ProblemException} of the first unknown or repeated one, by name.
     */
    public static void allowOnly(Map<String, List<String>> parameters, Set<String> allowed) {
        if (parameters.isEmpty()) {
            return;
        }
        for (String name : new TreeSet<>(parameters.keySet())) {
            if (!allowed.contains(name)) {
                String known = allowed.isEmpty() ? "-" : String.join(", ", new TreeSet<>(allowed));
                throw invalid(name, "unknownParameter", "known", known);
            }
            if (parameters.get(name).size() > 1) {
                throw invalid(name, "repeatedParameter");
            }
        }
    }

    /**
     * The raw value of a query parameter as the client sent it: {@code ?x=} is present and empty (JAX-RS would hand
     * the resource null, as if it were absent), so that an empty filter is a 400 rather than silently no filter.
     */
    public static Optional<String> value(UriInfo uri, String name) {
        List<String> values = uri.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty()
                : Optional.of(values.get(0) == null ? "" : values.get(0));
    }

    private static ProblemException invalid(String name, String detail, String... args) {
        return ProblemException.badParameter(name, language -> Problems.detail(language, detail, args));
    }

    /**
     * The constant of {@code type} named exactly {@code value} (codes are case-sensitive), for the query parameter
     * {@code parameter}; otherwise a 400 problem at that parameter listing the codes it takes.
     */
    public static <E extends Enum<E>> E code(String parameter, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw ProblemException.badParameter(parameter,
                language -> Problems.wrongType(language, "enum", "codes", Problems.codes(type)));
    }
}
