package dev.trainingadvisor.history;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;
import java.nio.file.Path;

/**
 * Chooses the history's database at start, from one build (issue 18). Quarkus fixes a datasource's kind at build
 * time, so the build has two: the default one is PostgreSQL and is active only when
 * {@code QUARKUS_DATASOURCE_JDBC_URL} is set (Quarkus' own rule); the named one, {@code history}, is an embedded H2
 * file. This interceptor supplies the values that application.properties sets these to (through expressions, so
 * that Quarkus reads them at run time, never from the build):
 * <ul>
 *   <li>{@code quarkus.datasource.history.active}: true only when history is on ({@code ADVISOR_HISTORY}, default
 *   {@code on}) and no PostgreSQL URL is set;</li>
 *   <li>{@code quarkus.datasource.history.jdbc.url}: the file {@code history.mv.db} in {@code ADVISOR_HISTORY_PATH}
 *   (default {@code data}, relative to the working directory), made absolute as H2 requires;</li>
 *   <li>{@code quarkus.datasource.active}: true only when history is on and the PostgreSQL URL is set, so nothing
 *   connects to PostgreSQL when history is off.</li>
 * </ul>
 * Flyway follows each datasource's activeness, so it migrates exactly the one in use.
 */
@Priority(HistoryDatasources.PRIORITY)
public class HistoryDatasources implements ConfigSourceInterceptor {
    static final int PRIORITY = 3000;
    private static final long serialVersionUID = 1L;
    /** application.properties sets {@code quarkus.datasource.history.active} to this. */
    static final String H2_ACTIVE = "history-datasources.h2-active";
    /** application.properties sets {@code quarkus.datasource.history.jdbc.url} to this. */
    static final String H2_URL = "history-datasources.h2-url";
    /** application.properties sets {@code quarkus.datasource.active} to this. */
    static final String POSTGRES_ACTIVE = "history-datasources.postgresql-active";
    static final String POSTGRES_URL = "quarkus.datasource.jdbc.url";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        return switch (name) {
            case H2_ACTIVE -> value(name, Boolean.toString(historyOn(context) && !hasValue(context, POSTGRES_URL)));
            case H2_URL -> value(name, h2Url(context));
            case POSTGRES_ACTIVE -> value(name, Boolean.toString(historyOn(context) && hasValue(context, POSTGRES_URL)));
            default -> context.proceed(name);
        };
    }
    /** The JDBC URL of the embedded history file in {@code directory}. */
    static String h2Url(String directory) {
        return "jdbc:h2:file:" + Path.of(directory).toAbsolutePath().normalize().resolve("history")
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static String h2Url(ConfigSourceInterceptorContext context) {
        ConfigValue path = context.restart("advisor.history-path");
        return h2Url(path == null || path.getValue() == null || path.getValue().isBlank() ? "data" : path.getValue());
    }

    static boolean historyOn(ConfigSourceInterceptorContext context) {
        ConfigValue history = context.restart("advisor.history");
        return history == null || history.getValue() == null || !"off".equalsIgnoreCase(history.getValue().trim());
    }

    private static boolean hasValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.restart(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static ConfigValue value(String name, String value) {
        return ConfigValue.builder().withName(name).withValue(value).withRawValue(value)
                .withConfigSourceName("HistoryDatasources").withConfigSourceOrdinal(Integer.MIN_VALUE).build();
    }
}
