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

/**
 * A bearer token that quarkus-oidc refuses (expired, another issuer or audience, {@code alg: none}, a signature that
 * does not verify) fails the request before any resource runs; this answers it as an RFC 9457 problem, 401
 * {@code unauthorized}, with {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750 §3.1). Recognised by the
 * exception's type.
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
        writer.write(context, Problems.unauthorized(language, context.request().path(), "tokenInvalid"), language,
                null, ProblemWriter.RestOfBody.READ);
    }
}
