package dev.trainingadvisor.api.auth;

import java.util.Locale;

/**
 * {@code ADVISOR_AUTH}: how callers are told apart (issue 18). {@link #NONE}: one shared space, for one team on a
 * trusted network. {@link #OIDC}: OpenID Connect bearer tokens, verified as a resource server does (quarkus-oidc,
 * configured by its own {@code QUARKUS_OIDC_*} variables); history needs one, the stateless operations do not.
 */
public enum AuthMode {
    NONE, OIDC;

    /** The setting's value, {@code none} or {@code oidc} (any case). */
    public static AuthMode parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "oidc" -> OIDC;
            default -> throw new IllegalArgumentException(
                    "ADVISOR_AUTH (advisor.auth) must be none or oidc, not " + value);
        };
    }
}
