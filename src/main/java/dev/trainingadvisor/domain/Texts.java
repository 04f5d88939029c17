package dev.trainingadvisor.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every human text of the service, in one language. The texts live in {@code texts_en.properties} and
 * {@code texts_zh.properties} beside this class (UTF-8); both must hold the same keys, which a test checks.
 * They are loaded and parsed once. Values are taken as written: a space a text must end or start with is written
 * {@code \u0020}, so that editors that trim lines cannot change it.
 */
public final class Texts {
    private static final Map<Language, Texts> BY_LANGUAGE = loadAll();

    private final Language language;
    private final Map<String, Template> templates;

    private Texts(Language language, Map<String, Template> templates) {
        this.language = language;
        this.templates = templates;
    }

    public static Texts in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return language;
    }

    /** The text under {@code key}; a missing key is a programming error, not a runtime condition. */
    public String get(String key) {
        return template(key).source();
    }

    /** The text under {@code key} with its placeholders filled from name/value pairs. */
    public String format(String key, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        return template(key).render(namesAndValues);
    }

    /** The text under {@code key} with its placeholders filled from {@code values} (extra values are ignored). */
    public String format(String key, Map<String, String> values) {
        return template(key).render(values);
    }

    public boolean has(String key) {
        return templates.containsKey(key);
    }

    public Set<String> keys() {
        return templates.keySet();
    }

    /** The placeholder names a text expects; tests compare them across languages. */
    public java.util.List<String> placeholders(String key) {
        return template(key).placeholders();
    }

    private Template template(String key) {
        Template template = templates.get(key);
        if (template == null) {
            throw new IllegalStateException("no " + language + " text for key " + key);
        }
        return template;
    }

    private static Map<Language, Texts> loadAll() {
        Map<Language, Texts> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, new Texts(language, load(language)));
        }
        return Collections.unmodifiableMap(all);
    }

    private static Map<String, Template> load(Language language) {
        String name = "texts_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing text bundle " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Template> templates = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                templates.put(key, Template.parse(properties.getProperty(key)));
            }
            return Map.copyOf(templates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
