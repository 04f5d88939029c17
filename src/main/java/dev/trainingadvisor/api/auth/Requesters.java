package dev.trainingadvisor.api.auth;

import dev.trainingadvisor.api.AdvisorConfig;
import dev.trainingadvisor.api.ops.Traces;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.access.Requester;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.ReservedClaimNames;

/**
 * The {@link Requester} of the current request, from its verified bearer token (quarkus-oidc has already refused a bad
 * one with a 401): the owner is the token's {@value #TENANT} claim when present ({@code tenant:<claim>}), else its
 * subject ({@code sub:<subject>}), two namespaces that never meet; a token with neither owns no records; roles come from its
 * {@code groups} claim ({@code quarkus.oidc.roles.role-claim-path}). Under {@code ADVISOR_AUTH=none} every caller is
 * {@link Requester#SHARED}.
 */
@io.quarkus.runtime.Startup // a bad ADVISOR_AUTH stops the service at start
@Singleton
public class Requesters {
    /** The claim that groups several subjects into one owner of records (a team's service accounts, say). */
    static final String TENANT = "tenant";

    private final AuthMode mode;
    private final CurrentIdentityAssociation identities;

    public Requesters(AdvisorConfig config, CurrentIdentityAssociation identities) {
        this.mode = AuthMode.parse(config.auth());
        this.identities = identities;
    }

    public AuthMode mode() {
        return mode;
    }

    /**
     * Who asks: {@link Requester#SHARED} without OIDC, {@link Requester#ANONYMOUS} without a token or with a token
     * that names no owner (neither {@value #TENANT} nor {@code sub}, a {@value #TENANT} that is not a string, or a claim
     * that would name it longer than {@link Requester#MAX_CLAIM_LENGTH} characters).
     */
    public Requester current() {
        if (mode == AuthMode.NONE) {
            return Requester.SHARED;
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return Requester.ANONYMOUS;
        }
        // Owners of two kinds are kept apart ("tenant:team-a", "sub:alice"), so that a tenant named like a subject
        // never sees that subject's records. A token with neither owns nothing: it may assess, not use history.
        if (identity.getPrincipal() instanceof JsonWebToken token && unusableClaim(token) == null) {
            String tenant = tenantText(token.getClaim(TENANT));
            String owner = !tenant.isBlank() ? "tenant:" + tenant
                    : token.getSubject() != null && !token.getSubject().isBlank() ? "sub:" + token.getSubject() : null;
            if (owner != null) {
                return Requester.of(owner, identity.getRoles());
            }
        }
        return Requester.ANONYMOUS;
    }

    /**
     * A tenant claim as text: only a JSON string names a tenant (read as text, 5 and "5", or an array and its JSON
     * text, were one owner); empty for none or any other type.
     */
    private static String tenantText(Object tenant) {
        return tenant instanceof String string ? string
                : tenant instanceof jakarta.json.JsonString json ? json.getString() : "";
    }

    /**
     * The claim that keeps a verified token from naming an owner, or null: a {@value #TENANT} that is not a JSON
     * string (it names no owner at all, rather than falling back to {@code sub}); a {@value #TENANT} longer than
     * {@link Requester#MAX_CLAIM_LENGTH} characters; or, without a tenant, a {@code sub} that long (OpenID Connect Core
     * 1.0 §2: a sub MUST NOT exceed 255 ASCII characters; the tenant is held to the same, and the owner then always fits
     * history's column).
     */
    private static Unusable unusableClaim(JsonWebToken token) {
        Object tenant = token.getClaim(TENANT);
        if (notAString(tenant)) {
            return new Unusable(TENANT, "claimNotString");
        }
        String tenantText = tenantText(tenant);
        if (tenantText.length() > Requester.MAX_CLAIM_LENGTH) {
            return new Unusable(TENANT, "claimTooLong");
        }
        String subject = token.getSubject();
        if (tenantText.isBlank() && subject != null && subject.length() > Requester.MAX_CLAIM_LENGTH) {
            return new Unusable(ReservedClaimNames.SUBJECT, "claimTooLong");
        }
        return null;
    }

    /** Whether a claim is there with a value that is not a JSON string: a number, array, object, true or false. */
    private static boolean notAString(Object claim) {
        return claim != null && claim != jakarta.json.JsonValue.NULL
                && !(claim instanceof String || claim instanceof jakarta.json.JsonString);
    }

    /** A claim that names no owner, and the text ({@code problem.detail.<detailKey>}) that says why. */
    private record Unusable(String claim, String detailKey) {
        String[] namesAndValues() {
            return detailKey.equals("claimTooLong")
                    ? new String[] {"claim", claim, "limit", Integer.toString(Requester.MAX_CLAIM_LENGTH)}
                    : new String[] {"claim", claim};
        }
    }

    /**
     * The caller of a history operation.
     *
     * @throws ProblemException a 401 {@code unauthorized} under {@code ADVISOR_AUTH=oidc}: with
     *                          {@code WWW-Authenticate: Bearer} when it has no token; with {@code Bearer
     *                          error="invalid_token"} when its token verifies but names no owner, whatever roles it
     *                          carries (history keeps records per owner), and a detail saying that its
     *                          {@value #TENANT} claim is not a string, or that its {@value #TENANT} (or, without one,
     *                          its {@code sub}) is longer than {@link Requester#MAX_CLAIM_LENGTH} characters (OpenID
     *                          Connect Core 1.0 §2), or else naming the missing claims (no
     *                          {@code sub}, no {@value #TENANT}: RFC 9068 §2.2 requires {@code sub}). A {@code sub}
     *                          that is not a string never gets here: quarkus-oidc refuses the token
     *                          ({@link AccessProblems})
     */
    public Requester forHistory() {
        Requester caller = current();
        if (!caller.mayUseHistory()) {
            SecurityIdentity identity = identities.getIdentity();
            if (identity != null && !identity.isAnonymous()) {
                Unusable unusable = identity.getPrincipal() instanceof JsonWebToken token ? unusableClaim(token) : null;
                throw unusable == null ? ProblemException.invalidToken("tokenWithoutOwner")
                        : ProblemException.invalidToken(unusable.detailKey(), unusable.namesAndValues());
            }
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    language -> Problems.detail(language, "tokenRequired"), language -> List.of());
        }
        return caller;
    }

    /**
     * Whom the record of an answer made now belongs to: its requester's owner (none without a token), and the
     * request's W3C trace id ({@link Traces}).
     */
    public dev.trainingadvisor.domain.history.Caller recordCaller() {
        return new dev.trainingadvisor.domain.history.Caller(current().owner(), Traces.currentTraceId());
    }
}
