package dev.trainingadvisor.api.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Prefer} request header (RFC 7240), read strictly and never refused: a preference that does not follow
 * the grammar is ignored, which RFC 7240 §2 allows for any preference a server does not apply, so a malformed header
 * can never fail a request.
 *
 * <pre>
 * Prefer     = 1#preference                                  (RFC 7240 §2; lists as RFC 9110 §5.6.1)
 * preference = token [ BWS "=" BWS word ] *( OWS ";" [ OWS parameter ] )
 * parameter  = token [ BWS "=" BWS word ]
 * word       = token / quoted-string                         (RFC 9110 §5.6.2, §5.6.4)
 * </pre>
 *
 * <ul>
 * <li>Several preferences are separated by commas; several {@code Prefer} header lines are one list, in order
 *     (RFC 9110 §5.3). Empty list elements are skipped.</li>
 * <li>Preference and parameter names compare case-insensitively (kept here in lower case); values case-sensitively,
 *     a quoted string being the same value as a token ({@code return="minimal"} is {@code return=minimal}), and an
 *     empty value the same as none (§2).</li>
 * <li>A preference named more than once counts the first time only (§2); so {@code return=minimal,
 *     return=representation} is minimal. (§4.2 lets a server treat that pair as neither; the general rule is
 *     simpler to state and to test.)</li>
 * <li>A list element that breaks the grammar (a control character, a stray separator, an unterminated quoted string,
 *     {@code =} without a value) is dropped; the elements around it still count. An unterminated quoted string takes
 *     the rest of its header line with it.</li>
 * </ul>
 *
 * Parsing is linear in the header's length. Immutable and thread-safe.
 */
public final class Prefer {
    /** The header's name. */
    public static final String HEADER = "Prefer";
    /** The response header naming the preferences applied (RFC 7240 §3). */
    public static final String APPLIED_HEADER = "Preference-Applied";

    /** RFC 7240 §4.2: what a successful answer should carry. */
    public enum Return {
        /** {@code return=minimal}: only what the client needs. */
        MINIMAL("minimal"),
        /** {@code return=representation}: the full representation (what the service answers anyway). */
        REPRESENTATION("representation");

        private final String value;

        Return(String value) {
            this.value = value;
        }

        /** As the header writes it: {@code return=minimal}. */
        public String header() {
            return "return=" + value;
        }
    }

    /**
     * One preference.
     *
     * @param name lower case
     * @param value empty when absent or empty
     * @param parameters by lower-case name, each with its value (empty when absent or empty), first occurrence only
     */
    public record Preference(String name, Optional<String> value, Map<String, Optional<String>> parameters) {
        public Preference {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    private static final Prefer NONE = new Prefer(Map.of());

    private final Map<String, Preference> preferences;

    private Prefer(Map<String, Preference> preferences) {
        this.preferences = preferences;
    }

    /** No preference at all. */
    public static Prefer none() {
        return NONE;
    }

    /**
     * The preferences of a request's {@code Prefer} header lines, in order ({@code null} or empty: none). Never throws.
     */
    public static Prefer parse(List<String> headerLines) {
        if (headerLines == null || headerLines.isEmpty()) {
            return NONE;
        }
        Map<String, Preference> found = new LinkedHashMap<>();
        for (String line : headerLines) {
            if (line != null) {
                new Reader(line).preferences(found);
            }
        }
        return found.isEmpty() ? NONE : new Prefer(Collections.unmodifiableMap(found));
    }

    /** One header line's preferences. */
    public static Prefer parse(String headerLine) {
        return parse(headerLine == null ? List.of() : List.of(headerLine));
    }

    /** Every preference, first occurrences only, in header order. */
    public List<Preference> all() {
        return List.copyOf(preferences.values());
    }

    /** The preference named {@code name} (any case). */
    public Optional<Preference> get(String name) {
        return Optional.ofNullable(preferences.get(name.toLowerCase(Locale.ROOT)));
    }

    /** {@code return=minimal} or {@code return=representation}; empty for no {@code return} or any other value. */
    public Optional<Return> returnPreference() {
        Preference preference = preferences.get("return");
        if (preference == null || preference.value().isEmpty()) {
            return Optional.empty();
        }
        for (Return each : Return.values()) {
            if (each.value.equals(preference.value().get())) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    /** Whether the client asked for {@code return=minimal}. */
    public boolean minimal() {
        return returnPreference().filter(r -> r == Return.MINIMAL).isPresent();
    }

    @Override
    public String toString() {
        return "Prefer" + preferences.values();
    }

    /** A recursive-descent reader of one header line; each method leaves {@link #at} after what it read. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        void preferences(Map<String, Preference> into) {
            while (true) {
                skipWhitespace();
                if (at >= text.length()) {
                    return;
                }
                if (text.charAt(at) == ',') {
                    at++; // an empty list element
                    continue;
                }
                int start = at;
                Preference preference = preference();
                if (preference != null) {
                    into.putIfAbsent(preference.name(), preference);
                } else {
                    at = start; // from its start, so that a quoted string it broke in is read as one
                    skipElement();
                }
            }
        }

        /** A whole list element, up to (not past) the next comma or the end; null when it breaks the grammar. */
        private Preference preference() {
            String name = token();
            if (name == null) {
                return null;
            }
            Optional<String> value = optionalValue();
            if (value == null) {
                return null;
            }
            Map<String, Optional<String>> parameters = new LinkedHashMap<>();
            while (true) {
                skipWhitespace();
                if (at >= text.length() || text.charAt(at) == ',') {
                    return new Preference(name, value, parameters);
                }
                if (text.charAt(at) != ';') {
                    return null;
                }
                at++;
                skipWhitespace();
                if (at >= text.length() || text.charAt(at) == ',' || text.charAt(at) == ';') {
                    continue; // "[ OWS parameter ]": the parameter is optional
                }
                String parameter = token();
                if (parameter == null) {
                    return null;
                }
                Optional<String> parameterValue = optionalValue();
                if (parameterValue == null) {
                    return null;
                }
                parameters.putIfAbsent(parameter, parameterValue);
            }
        }

        /**
         * After a name, {@code [ BWS "=" BWS word ]} (RFC 7240 §2, for a preference and for each of its parameters): its
         * value, empty when there is none or it is the empty string, or null when an "=" is not followed by a word.
         */
        private Optional<String> optionalValue() {
            if (!valueFollows()) {
                return Optional.empty();
            }
            String word = word();
            return word == null ? null : nonEmpty(word);
        }

        /** After a name: {@code BWS "=" BWS} consumed and true, or nothing consumed and false. */
        private boolean valueFollows() {
            int start = at;
            skipWhitespace();
            if (at < text.length() && text.charAt(at) == '=') {
                at++;
                skipWhitespace();
                return true;
            }
            at = start;
            return false;
        }

        /** A token, lower-cased; null (nothing consumed) when none starts here. */
        private String token() {
            int start = at;
            while (at < text.length() && isTokenChar(text.charAt(at))) {
                at++;
            }
            return at == start ? null : text.substring(start, at).toLowerCase(Locale.ROOT);
        }

        /** A token (as written) or a quoted string (unescaped); null when neither starts here. */
        private String word() {
            if (at < text.length() && text.charAt(at) == '"') {
                return quotedString();
            }
            int start = at;
            while (at < text.length() && isTokenChar(text.charAt(at))) {
                at++;
            }
            return at == start ? null : text.substring(start, at);
        }

        /** RFC 9110 §5.6.4; null when it is not terminated or holds a character it may not. */
        private String quotedString() {
            StringBuilder value = new StringBuilder();
            at++; // the opening quote
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    if (at >= text.length() || !isQuotedPairChar(text.charAt(at))) {
                        return null;
                    }
                    value.append(text.charAt(at++));
                } else if (isQuotedTextChar(c)) {
                    value.append(c);
                } else {
                    return null;
                }
            }
            return null;
        }

        /** From a broken element's start to the next comma outside a quoted string, or to the end. */
        private void skipElement() {
            boolean quoted = false;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (quoted) {
                    if (c == '\\') {
                        at++;
                    } else if (c == '"') {
                        quoted = false;
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    return;
                }
                at++;
            }
            at = text.length();
        }

        private void skipWhitespace() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }

        private static Optional<String> nonEmpty(String value) {
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }

    /** RFC 9110 §5.6.2 tchar. */
    static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /** RFC 9110 §5.6.4 qdtext: HTAB, SP, visible ASCII but {@code "} and {@code \}, obs-text. */
    private static boolean isQuotedTextChar(char c) {
        return c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E)
                || (c >= 0x80 && c <= 0xFF);
    }

    /** RFC 9110 §5.6.4 quoted-pair: HTAB, SP, VCHAR, obs-text. */
    private static boolean isQuotedPairChar(char c) {
        return c == '\t' || c == ' ' || (c >= 0x21 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }
}
