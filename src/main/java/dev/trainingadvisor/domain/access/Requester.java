package dev.trainingadvisor.domain.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks, for the decisions history keeps (issue 18): the owner a record is kept for, and what the caller may do
 * with other owners' records. Under {@code ADVISOR_AUTH=oidc} the owner is the token's {@code tenant} claim when it has
 * one, else its subject, and the roles come from its {@code groups} claim; a caller without a token has no owner.
 * Under {@code ADVISOR_AUTH=none} every caller is {@link #SHARED}: one space that all may list, read and erase.
 *
 * @param owner the owner of the records this caller makes and may see; empty for a caller without a token
 * @param roles the caller's roles; {@value #AUDITOR} lists and reads every record, anonymous ones included;
 *              {@value #ADMIN} also erases any
 * @param shared true for {@link #SHARED}, the one space of {@code ADVISOR_AUTH=none}
 */
public record Requester(Optional<String> owner, Set<String> roles, boolean shared) {
    public static final String AUDITOR = "advisor-auditor";
    public static final String ADMIN = "advisor-admin";
    /** Everyone, when the service runs without tokens: one team on a trusted network. */
    public static final Requester SHARED = new Requester(Optional.empty(), Set.of(), true);
    /** A caller without a token under {@code ADVISOR_AUTH=oidc}. */
    public static final Requester ANONYMOUS = new Requester(Optional.empty(), Set.of(), false);
    /**
     * The longest claim that names an owner, in characters: OpenID Connect Core 1.0 §2 says a {@code sub} MUST NOT
     * exceed 255 ASCII characters, and a {@code tenant} is held to the same. A longer claim names no owner.
     */
    public static final int MAX_CLAIM_LENGTH = 255;
    /**
     * The longest owner, in characters: {@code "tenant:"} (the longer of the two prefixes) and a claim of
     * {@link #MAX_CLAIM_LENGTH}. History's {@code assessment_record.owner} column holds at least this many.
     */
    public static final int MAX_OWNER_LENGTH = "tenant:".length() + MAX_CLAIM_LENGTH;

    /**
     * @throws IllegalArgumentException for an owner longer than {@link #MAX_OWNER_LENGTH}: the caller (the api's
     *                                  requesters) checks claims before it names an owner
     */
    public Requester {
        Objects.requireNonNull(owner, "owner");
        if (owner.isPresent() && owner.get().length() > MAX_OWNER_LENGTH) {
            throw new IllegalArgumentException("an owner of " + owner.get().length() + " characters, over "
                    + MAX_OWNER_LENGTH);
        }
        roles = Set.copyOf(roles);
    }

    /** A caller with a verified token. */
    public static Requester of(String owner, Set<String> roles) {
        return new Requester(Optional.of(owner), roles, false);
    }

    /** May use history at all: in the shared space, or with a token. */
    public boolean mayUseHistory() {
        return shared || owner.isPresent();
    }

    /** Lists and reads every record, whoever made it. */
    public boolean seesAll() {
        return shared || roles.contains(AUDITOR) || roles.contains(ADMIN);
    }

    /** May read (and list) a record kept for {@code recordOwner} (empty: made without a token). */
    public boolean mayRead(Optional<String> recordOwner) {
        return seesAll() || (owner.isPresent() && owner.equals(recordOwner));
    }

    /** May erase a record kept for {@code recordOwner}: its own, or any as {@value #ADMIN}. */
    public boolean mayErase(Optional<String> recordOwner) {
        return shared || roles.contains(ADMIN) || (owner.isPresent() && owner.equals(recordOwner));
    }

    /**
     * The owner a read or a listing is limited to: empty when this requester sees every record, else its own.
     *
     * @throws IllegalStateException for a requester that may not use history at all ({@link #mayUseHistory})
     */
    public Optional<String> readScope() {
        requireHistory();
        return seesAll() ? Optional.empty() : owner;
    }

    /**
     * The owner an erasure is limited to: empty when this requester may erase any record, else its own.
     *
     * @throws IllegalStateException for a requester that may not use history at all ({@link #mayUseHistory})
     */
    public Optional<String> eraseScope() {
        requireHistory();
        return shared || roles.contains(ADMIN) ? Optional.empty() : owner;
    }

    private void requireHistory() {
        if (!mayUseHistory()) {
            throw new IllegalStateException("a requester without a token has no history");
        }
    }
}
