package dev.trainingadvisor.api.auth;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns {@code ADVISOR_AUTH} into quarkus-oidc's own switch: {@code quarkus.oidc.tenant-enabled} is true exactly when
 * it is {@code oidc}, so that the embedded default needs no identity provider and {@code ADVISOR_AUTH=oidc} needs no
 * second setting. Its ordinal (275) is above {@code application.properties} and below the environment, so
 * {@code QUARKUS_OIDC_TENANT_ENABLED} still wins when an operator sets it.
 */
public class AuthConfigSourceFactory implements ConfigSourceFactory {
    static final String SETTING = "advisor.auth";
    static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue(SETTING);
        String mode = value == null || value.getValue() == null ? "none" : value.getValue();
        boolean oidc = "oidc".equalsIgnoreCase(mode.trim());
        return List.of(new PropertiesConfigSource(Map.of(TENANT_ENABLED, Boolean.toString(oidc)),
                "advisor-auth", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }
}
