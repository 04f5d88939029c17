package dev.trainingadvisor.api.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Authentication happens only where there is someone to authenticate (issue 22). Quarkus authenticates every request
 * proactively by default: under {@code ADVISOR_AUTH=none}, where no caller is ever told apart, that still ran
 * quarkus-oidc's mechanism and a Mutiny chain under context propagation for each request, about a tenth of a lean
 * answer's CPU. The service therefore builds with lazy authentication ({@code quarkus.http.auth.proactive=false}), and
 * under {@code ADVISOR_AUTH=oidc} this handler restores today's contract for every request: right after Quarkus's
 * authentication handler has prepared the request's identity, it resolves it, so that a bad bearer token is refused
 * with 401 ({@link AccessProblems}) before any operation runs, stateless ones included, and the identity is known to
 * {@link Requesters} without blocking. Under {@code none} it is not installed, and no request is authenticated.
 */
@Singleton
public class TokensFirst {
    /** After Quarkus's security handlers (filters ordered below zero by priority), before the body limit's checks. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2;

    private final Requesters requesters;

    public TokensFirst(Requesters requesters) {
        this.requesters = requesters;
    }

    void install(@Observes Router router) {
        if (requesters.mode() == AuthMode.OIDC) {
            router.route().order(ORDER).handler(TokensFirst::authenticate);
        }
    }

    /**
     * Resolves the request's deferred identity, then hands the request on; a refused token has by then been answered
     * by Quarkus's failure handling (401, {@link AccessProblems}), and the request goes no further.
     */
    private static void authenticate(RoutingContext context) {
        Uni<SecurityIdentity> identity = QuarkusHttpUser.getSecurityIdentity(context, null);
        if (identity == null) {
            context.next();
            return;
        }
        identity.subscribe().with(resolved -> {
            if (!context.response().ended() && !context.failed()) {
                context.next();
            }
        }, failure -> {
            if (!context.response().ended() && !context.failed()) {
                context.fail(failure);
            }
        });
    }
}
