package dev.trainingadvisor.domain.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Where answered assessments are kept (issue 18): the port the API records through and reads from; the JDBC adapter
 * ({@code dev.trainingadvisor.history}) implements it on PostgreSQL or an embedded H2 file.
 */
public interface HistoryStore {
    /**
     * Records these assessments in one transaction. The stage completes once they are committed (the answer may then
     * be sent), or exceptionally with {@link HistoryUnavailableException} when they could not be. Commits may be
     * grouped with other calls', never split.
     */
    CompletionStage<Void> record(List<AssessmentRecord> records);

    /** The record with this id, when it exists and is {@code owner}'s (empty owner: anyone's). */
    Optional<AssessmentRecord> find(UUID id, Optional<String> owner);

    /** A page of records, newest first. */
    HistoryPage list(HistoryQuery query);

    /**
     * Hands every record matching {@code filter} (and {@code owner}'s, when given) to {@code each}, newest first, one at
     * a time as the database returns them: memory does not grow with the history (issue 19's impact analysis).
     *
     * @throws HistoryUnavailableException when the database cannot answer
     */
    void replay(Optional<String> owner, HistoryQuery.Filter filter, java.util.function.Consumer<Replayed> each);

    /**
     * Erases the record with this id (its profile and answer with it), when it exists and is {@code owner}'s (empty
     * owner: anyone's).
     *
     * @return whether a record was erased
     */
    boolean erase(UUID id, Optional<String> owner);

    /**
     * Erases every record answered before {@code cutoff} (retention).
     *
     * @return how many were erased
     */
    int purgeBefore(Instant cutoff);

    /** Keeps this market data version, unless one of that version is kept already. */
    void keep(MarketDataVersion version);

    /** The market data version kept under this {@code version}. */
    Optional<MarketDataVersion> marketData(String version);

    /**
     * Claims the count of the decisions that market data {@code version} (replacing {@code previousVersion}) flips,
     * for this replica alone (issue 19 point 4): the first claim of a version wins across every replica sharing the
     * database; a claim whose count never finished (its replica died) may be taken again after {@code expiry}.
     *
     * @param at when the claim is made
     * @return whether this caller holds the claim and must count
     * @throws HistoryUnavailableException when the database cannot answer
     */
    boolean claimFlipCount(String version, String previousVersion, java.time.Instant at, java.time.Duration expiry);

    /**
     * Stores the count made under a claim of {@link #claimFlipCount}: records replayed, decisions that changed
     * (approach or warnings), decisions whose approach changed.
     *
     * @throws HistoryUnavailableException when the database cannot answer
     */
    void finishFlipCount(String version, long replayed, long flips, long approachFlips, java.time.Instant at);
}
