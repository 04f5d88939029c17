package dev.trainingadvisor.history;

import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.history.AssessmentRecord;
import dev.trainingadvisor.domain.history.Caller;
import dev.trainingadvisor.domain.history.Content;
import dev.trainingadvisor.domain.history.HistoryPage;
import dev.trainingadvisor.domain.history.HistoryQuery;
import dev.trainingadvisor.domain.history.HistoryStore;
import dev.trainingadvisor.domain.history.HistoryUnavailableException;
import dev.trainingadvisor.domain.history.Json;
import dev.trainingadvisor.domain.history.MarketDataVersion;
import dev.trainingadvisor.domain.history.Outcome;
import dev.trainingadvisor.domain.history.Provenance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import dev.trainingadvisor.domain.history.Replayed;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The history in a relational database through plain JDBC: the same SQL on PostgreSQL and H2
 * ({@code db/history/V1__assessment_history.sql}).
 *
 * <p><b>Group commit.</b> {@link #record} never touches the database on the caller's thread (an event loop): it queues
 * the records and returns a stage. One writer thread takes everything queued, writes it in one transaction, commits,
 * and only then completes each caller's stage, so an answer is sent only once its record is committed, and a busy
 * service pays one commit (one WAL flush on PostgreSQL, one store of the file on H2) for many answers. A call's records
 * (a batch's up to 100) always go in one transaction together. When a grouped transaction fails, each call's records
 * are tried again in their own, so one bad call cannot sink the others'. A full queue, or a database that refuses,
 * fails the stage with {@link HistoryUnavailableException} (the API answers 503).
 */
public final class JdbcHistoryStore implements HistoryStore, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(JdbcHistoryStore.class);
    /** Calls waiting to be written; beyond this the service is overloaded and refuses (503) rather than queue more. */
    static final int QUEUE_CAPACITY = 8192;
    /** At most this many records in one grouped transaction (a call's records are never split). */
    static final int MAX_RECORDS_PER_COMMIT = 1000;

    private static final String INSERT = "INSERT INTO assessment_record (id, recorded_at, ruleset, ruleset_version, "
            + "ruleset_fingerprint, market_data_version, approach, reason_code, warnings, project_name, language, "
            + "representation, owner, trace_id, profile, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LISTED = "seq, id, recorded_at, ruleset, ruleset_version, ruleset_fingerprint, "
            + "market_data_version, approach, reason_code, warnings, project_name, language, representation, owner, "
            + "trace_id";

    private final DataSource dataSource;
    private final String databaseName;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    /**
     * The writer gives its connection back to the pool after this long without records: under load it keeps one
     * connection and one prepared insert, idle it holds none (the pool may then validate, replace or drop it).
     */
    static final long IDLE_MILLIS = 1_000;

    private final Thread writer;
    private final Timer commits;
    private final DistributionSummary recordsPerCommit;
    private volatile boolean closing;
    /** The writer thread's connection and prepared insert while it is busy; only that thread touches them. */
    private Connection writerConnection;
    private PreparedStatement writerInsert;

    /** Records waiting for their commit, and the stage to complete after it. */
    private record Pending(List<AssessmentRecord> records, CompletableFuture<Void> committed) {
    }

    private static final Pending STOP = new Pending(List.of(), new CompletableFuture<>());

    /**
     * @param dataSource   the database, already migrated
     * @param databaseName for logs and meters: {@code PostgreSQL} or {@code H2}
     * @param registry     where the writer's meters go: {@code advisor_history_commit_seconds} (each grouped
     *                     transaction, inserts and commit) and {@code advisor_history_commit_records} (records per
     *                     transaction), both tagged {@code database}
     */
    public JdbcHistoryStore(DataSource dataSource, String databaseName, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.databaseName = databaseName;
        this.commits = Timer.builder("advisor.history.commit")
                .description("Grouped history transactions written by the history writer: inserts and commit")
                .tag("database", databaseName).register(registry);
        this.recordsPerCommit = DistributionSummary.builder("advisor.history.commit.records")
                .description("Records per grouped history transaction").tag("database", databaseName)
                .register(registry);
        this.writer = new Thread(this::writeLoop, "history-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    public String databaseName() {
        return databaseName;
    }

    @Override
    public CompletionStage<Void> record(List<AssessmentRecord> records) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        if (records.isEmpty()) {
            committed.complete(null);
            return committed;
        }
        if (closing || !queue.offer(new Pending(List.copyOf(records), committed))) {
            committed.completeExceptionally(new HistoryUnavailableException(
                    closing ? "the history is shutting down" : "the history's write queue is full", null));
        }
        return committed;
    }

    private void writeLoop() {
        List<Pending> group = new ArrayList<>();
        try {
            writeGroups(group);
        } finally {
            releaseConnection();
        }
    }

    private void writeGroups(List<Pending> group) {
        while (true) {
            try {
                Pending first = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) { // idle: the connection goes back to the pool until records come again
                    releaseConnection();
                    first = queue.take();
                }
                if (first == STOP) {
                    return;
                }
                group.add(first);
                int records = first.records().size();
                Pending next;
                while (records < MAX_RECORDS_PER_COMMIT && (next = queue.peek()) != null
                        && records + next.records().size() <= MAX_RECORDS_PER_COMMIT) {
                    queue.poll();
                    if (next == STOP) {
                        commit(group);
                        return;
                    }
                    group.add(next);
                    records += next.records().size();
                }
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("history writer: unexpected failure", e);
                for (Pending pending : group) {
                    pending.committed().completeExceptionally(new HistoryUnavailableException("unexpected", e));
                }
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group) {
        try {
            insert(group);
            group.forEach(pending -> pending.committed().complete(null));
        } catch (SQLException grouped) {
            if (group.size() == 1) {
                fail(group.get(0), grouped);
                return;
            }
            for (Pending pending : group) { // on their own, so one call's failure does not sink the others
                try {
                    insert(List.of(pending));
                    pending.committed().complete(null);
                } catch (SQLException alone) {
                    fail(pending, alone);
                }
            }
        }
    }

    private void fail(Pending pending, SQLException e) {
        LOG.errorf(e, "history: %d record(s) not written to %s", pending.records().size(), databaseName);
        pending.committed().completeExceptionally(new HistoryUnavailableException("not recorded", e));
    }

    /**
     * Writes the group's records in one transaction, on the writer's connection with its statement prepared once. After
     * a failure the connection is rolled back and given back, so the next attempt (each call on its own) takes a
     * fresh one: the failure may have been the connection's (a restarted server).
     */
    private void insert(List<Pending> group) throws SQLException {
        PreparedStatement insert = writerStatement();
        try {
            long started = System.nanoTime();
            int records = 0;
            for (Pending pending : group) {
                for (AssessmentRecord record : pending.records()) {
                    bind(insert, record);
                    insert.addBatch();
                    records++;
                }
            }
            insert.executeBatch();
            writerConnection.commit();
            commits.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            recordsPerCommit.record(records);
        } catch (SQLException | RuntimeException e) {
            try {
                writerConnection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            releaseConnection();
            throw e;
        }
    }

    /** The writer's insert statement, on its connection (taken from the pool, autocommit off), prepared once. */
    private PreparedStatement writerStatement() throws SQLException {
        if (writerInsert == null) {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                writerInsert = connection.prepareStatement(INSERT);
                writerConnection = connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
        return writerInsert;
    }

    /** Gives the writer's connection back to the pool (closing its statement); the next write takes one again. */
    private void releaseConnection() {
        if (writerConnection == null) {
            return;
        }
        try (Connection connection = writerConnection; PreparedStatement statement = writerInsert) {
            writerConnection = null;
            writerInsert = null;
        } catch (SQLException e) {
            LOG.debugf(e, "history writer: closing its connection to %s", databaseName);
        }
    }

    private static void bind(PreparedStatement insert, AssessmentRecord record) throws SQLException {
        Provenance provenance = record.provenance();
        Outcome outcome = record.outcome();
        Content content = record.content();
        insert.setObject(1, record.id());
        insert.setObject(2, OffsetDateTime.ofInstant(record.recordedAt(), ZoneOffset.UTC));
        insert.setInt(3, provenance.ruleset());
        insert.setString(4, provenance.rulesetVersion());
        insert.setString(5, provenance.rulesetFingerprint());
        insert.setString(6, provenance.marketDataVersion());
        insert.setString(7, outcome.approach().name());
        insert.setString(8, outcome.reasonCode());
        insert.setString(9, outcome.warnings().isEmpty() ? "," : "," + String.join(",", outcome.warnings()) + ",");
        setOptional(insert, 10, outcome.projectName());
        insert.setString(11, content.language());
        insert.setString(12, content.representation().name());
        setOptional(insert, 13, record.caller().owner());
        setOptional(insert, 14, record.caller().traceId());
        insert.setBytes(15, content.profile().bytes());
        insert.setBytes(16, content.answer().bytes());
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    @Override
    public Optional<AssessmentRecord> find(UUID id, Optional<String> owner) {
        String sql = "SELECT " + LISTED + ", profile, answer FROM assessment_record WHERE id = ?"
                + (owner.isPresent() ? " AND owner = ?" : "");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            if (owner.isPresent()) {
                select.setString(2, owner.get());
            }
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                HistoryPage.Listed listed = listed(row);
                return Optional.of(new AssessmentRecord(listed.id(), listed.recordedAt(), listed.provenance(),
                        listed.outcome(), new Content(Json.of(row.getBytes("profile")),
                        Json.of(row.getBytes("answer")), listed.language(), listed.representation()),
                        listed.caller()));
            }
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot read the history", e);
        }
    }

    @Override
    public HistoryPage list(HistoryQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(LISTED).append(" FROM assessment_record WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        filter(sql, values, query.owner(), query.filter());
        query.after().ifPresent(after -> {
            sql.append(" AND (recorded_at < ? OR (recorded_at = ? AND seq < ?))");
            values.add(utc(after.recordedAt()));
            values.add(utc(after.recordedAt()));
            values.add(after.sequence());
        });
        sql.append(" ORDER BY recorded_at DESC, seq DESC LIMIT ").append(query.limit() + 1);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<HistoryPage.Listed> records = new ArrayList<>();
            Optional<HistoryQuery.Position> next = Optional.empty();
            HistoryQuery.Position last = null;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (records.size() == query.limit()) {
                        next = Optional.of(last);
                        break;
                    }
                    HistoryPage.Listed listed = listed(row);
                    records.add(listed);
                    last = new HistoryQuery.Position(listed.recordedAt(), row.getLong("seq"));
                }
            }
            return new HistoryPage(records, next);
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot read the history", e);
        }
    }

    /** The conditions of a listing's or a replay's filter, appended to {@code sql}, their values to {@code values}. */
    private static void filter(StringBuilder sql, List<Object> values, Optional<String> owner,
                               HistoryQuery.Filter filter) {
        owner.ifPresent(value -> where(sql, values, " AND owner = ?", value));
        filter.approach().ifPresent(approach -> where(sql, values, " AND approach = ?", approach.name()));
        filter.ruleset().ifPresent(ruleset -> where(sql, values, " AND ruleset = ?", ruleset));
        filter.projectName().ifPresent(name -> where(sql, values, " AND project_name = ?", name));
        filter.warning().ifPresent(code -> where(sql, values, " AND warnings LIKE ?", "%," + code + ",%"));
        filter.from().ifPresent(from -> where(sql, values, " AND recorded_at >= ?", utc(from)));
        filter.to().ifPresent(to -> where(sql, values, " AND recorded_at < ?", utc(to)));
    }

    /** Rows a replay fetches from the database at a time. */
    private static final int REPLAY_FETCH_SIZE = 1_000;

    @Override
    public void replay(Optional<String> owner, HistoryQuery.Filter filter, Consumer<Replayed> each) {
        StringBuilder sql = new StringBuilder("SELECT seq, id, recorded_at, ruleset, ruleset_version, "
                + "ruleset_fingerprint, market_data_version, approach, reason_code, warnings, project_name, profile "
                + "FROM assessment_record WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        filter(sql, values, owner, filter);
        sql.append(" ORDER BY recorded_at DESC, seq DESC");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            connection.setReadOnly(true);
            try (PreparedStatement select = connection.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                select.setFetchSize(REPLAY_FETCH_SIZE);
                for (int i = 0; i < values.size(); i++) {
                    select.setObject(i + 1, values.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        each.accept(replayed(row));
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot replay the history", e);
        }
    }

    private static Replayed replayed(ResultSet row) throws SQLException {
        String warnings = row.getString("warnings");
        List<String> codes = Arrays.stream(warnings.split(",")).filter(code -> !code.isEmpty()).toList();
        Instant recordedAt = row.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return new Replayed(row.getObject("id", UUID.class),
                new HistoryQuery.Position(recordedAt, row.getLong("seq")),
                new Provenance(row.getInt("ruleset"), row.getString("ruleset_version"),
                        row.getString("ruleset_fingerprint"), row.getString("market_data_version")),
                new Outcome(Approach.valueOf(row.getString("approach")), row.getString("reason_code"), codes,
                        Optional.ofNullable(row.getString("project_name"))),
                Json.of(row.getBytes("profile")));
    }

    private static void where(StringBuilder sql, List<Object> values, String condition, Object value) {
        sql.append(condition);
        values.add(value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static HistoryPage.Listed listed(ResultSet row) throws SQLException {
        String warnings = row.getString("warnings");
        List<String> codes = Arrays.stream(warnings.split(",")).filter(code -> !code.isEmpty()).toList();
        return new HistoryPage.Listed(row.getObject("id", UUID.class),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                new Provenance(row.getInt("ruleset"), row.getString("ruleset_version"),
                        row.getString("ruleset_fingerprint"), row.getString("market_data_version")),
                new Outcome(Approach.valueOf(row.getString("approach")), row.getString("reason_code"), codes,
                        Optional.ofNullable(row.getString("project_name"))),
                row.getString("language"), Content.Representation.valueOf(row.getString("representation")),
                new Caller(Optional.ofNullable(row.getString("owner")), Optional.ofNullable(row.getString("trace_id"))));
    }

    @Override
    public boolean erase(UUID id, Optional<String> owner) {
        String sql = "DELETE FROM assessment_record WHERE id = ?" + (owner.isPresent() ? " AND owner = ?" : "");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setObject(1, id);
            if (owner.isPresent()) {
                delete.setString(2, owner.get());
            }
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot erase from the history", e);
        }
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM assessment_record WHERE recorded_at < ?")) {
            delete.setObject(1, utc(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot purge the history", e);
        }
    }

    @Override
    public void keep(MarketDataVersion version) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT 1 FROM market_data_version WHERE version = ?")) {
                exists.setString(1, version.version());
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO market_data_version "
                    + "(version, as_of, first_used_at, content) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, version.version());
                insert.setObject(2, version.asOf());
                insert.setObject(3, utc(Instant.now()));
                insert.setBytes(4, version.content().bytes());
                insert.executeUpdate();
            } catch (SQLException e) {
                // another replica may have kept the same version just now
                if (marketData(version.version()).isEmpty()) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot keep market data version " + version.version(), e);
        }
    }

    @Override
    public Optional<MarketDataVersion> marketData(String version) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT version, as_of, content FROM market_data_version WHERE version = ?")) {
            select.setString(1, version);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new MarketDataVersion(row.getString("version"),
                        row.getObject("as_of", LocalDate.class), Json.of(row.getBytes("content"))));
            }
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot read market data version " + version, e);
        }
    }

    /** SQLSTATE of a unique or primary key violation, on PostgreSQL and H2 alike (SQL standard class 23). */
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean claimFlipCount(String version, String previousVersion, Instant at, java.time.Duration expiry) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO market_flip_count "
                    + "(market_data_version, previous_version, claimed_at) VALUES (?, ?, ?)")) {
                insert.setString(1, version);
                insert.setString(2, previousVersion);
                insert.setObject(3, utc(at));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            // claimed before: take it over only when its count never finished and the claim has expired
            try (PreparedStatement retake = connection.prepareStatement("UPDATE market_flip_count SET "
                    + "claimed_at = ?, previous_version = ? WHERE market_data_version = ? AND finished_at IS NULL "
                    + "AND claimed_at < ?")) {
                retake.setObject(1, utc(at));
                retake.setString(2, previousVersion);
                retake.setString(3, version);
                retake.setObject(4, utc(at.minus(expiry)));
                return retake.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot claim the flip count of market data " + version, e);
        }
    }

    @Override
    public void finishFlipCount(String version, long replayed, long flips, long approachFlips, Instant at) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE market_flip_count SET finished_at = ?, "
                     + "replayed = ?, flips = ?, approach_flips = ? WHERE market_data_version = ?")) {
            update.setObject(1, utc(at));
            update.setLong(2, replayed);
            update.setLong(3, flips);
            update.setLong(4, approachFlips);
            update.setString(5, version);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryUnavailableException("cannot store the flip count of market data " + version, e);
        }
    }

    /** Stops taking records, writes those queued (up to 10 s), then stops the writer. */
    @Override
    public void close() {
        closing = true;
        try {
            queue.put(STOP);
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
