package dev.trainingadvisor.api.auth;

import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.problem.ProblemWriter;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jose4j.jwt.ReservedClaimNames;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * A bearer token that quarkus-oidc refuses (expired, another issuer or audience, {@code alg: none}, a signature that
 * does not verify, a {@code sub} that is not a string) fails the request before any resource runs; this answers it as
 * an RFC 9457 problem, 401 {@code unauthorized}, with {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750
 * §3.1). Recognised by the exception's type; the detail names the {@code sub} claim when that is what is wrong
 * ({@link #subNotAString}).
 */
@Singleton
public class AccessProblems {
    private final Languages languages;
    private final ProblemWriter writer;

    public AccessProblems(Languages languages, ProblemWriter writer) {
        this.languages = languages;
        this.writer = writer;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::failed);
    }

    private void failed(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || context.response().ended()) {
            context.next();
            return;
        }
        Language language = languages.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        context.response().putHeader(Problems.WWW_AUTHENTICATE, Problems.INVALID_TOKEN_CHALLENGE);
        String path = context.request().path();
        writer.write(context, subNotAString(context.failure())
                        ? Problems.unauthorized(language, path, "claimNotString", "claim", ReservedClaimNames.SUBJECT)
                        : Problems.unauthorized(language, path, "tokenInvalid"), language, null,
                ProblemWriter.RestOfBody.READ);
    }

    /**
     * Whether {@code failure} is the refusal of a token whose signature verified and whose one fault is a {@code sub}
     * that is not a string (RFC 7519 §4.1.2: a string): jose4j, which verifies for quarkus-oidc, checks the signature
     * first and then reports every claim it cannot read as its type as {@link ErrorCodes#MALFORMED_CLAIM}.
     */
    static boolean subNotAString(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.getJwtContext() != null
                    && !invalid.getErrorDetails().isEmpty() && invalid.getErrorDetails().stream()
                    .allMatch(error -> error.getErrorCode() == ErrorCodes.MALFORMED_CLAIM)) {
                Object sub = invalid.getJwtContext().getJwtClaims().getClaimValue(ReservedClaimNames.SUBJECT);
                return sub != null && !(sub instanceof String);
            }
        }
        return false;
    }
}
