package dev.trainingadvisor.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.api.common.Prefer.Return;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The Prefer header (RFC 7240 §2) as {@link Prefer} reads it: examples, then properties over generated headers. */
class PreferTest {

    // --- examples ------------------------------------------------------------------------------------------------------

    @Test
    void returnMinimalAndRepresentationAreRead() {
        assertEquals(Optional.of(Return.MINIMAL), Prefer.parse("return=minimal").returnPreference());
        assertEquals(Optional.of(Return.REPRESENTATION), Prefer.parse("return=representation").returnPreference());
        assertTrue(Prefer.parse("return=minimal").minimal());
        assertFalse(Prefer.parse("return=representation").minimal());
        assertEquals(Optional.empty(), Prefer.parse((String) null).returnPreference());
        assertEquals(Optional.empty(), Prefer.parse(List.of()).returnPreference());
    }

    @Test
    void theNameIsCaseInsensitiveTheValueIsNot() {
        assertTrue(Prefer.parse("RETURN=minimal").minimal());
        assertTrue(Prefer.parse("Return=minimal").minimal());
        assertFalse(Prefer.parse("return=MINIMAL").minimal());
        assertEquals(Optional.empty(), Prefer.parse("return=Minimal").returnPreference());
    }

    @Test
    void aQuotedValueIsTheSameValueAndMayCarryEscapes() {
        assertTrue(Prefer.parse("return=\"minimal\"").minimal());
        assertTrue(Prefer.parse("return=\"mi\\nimal\"").minimal()); // quoted-pair: \n is n
        assertEquals(Optional.of("a, b; c=\"d\""),
                Prefer.parse("x=\"a, b; c=\\\"d\\\"\", return=minimal").get("x").orElseThrow().value());
        assertTrue(Prefer.parse("x=\"a, b; c=\\\"d\\\"\", return=minimal").minimal());
    }

    @Test
    void severalPreferencesParametersAndWhitespace() {
        Prefer prefer = Prefer.parse("respond-async, wait=10 ,return = minimal ;foo=\"some parameter\"; bar ;;");
        assertTrue(prefer.minimal());
        assertEquals(List.of("respond-async", "wait=10", "return=minimal;foo=some parameter;bar"), describe(prefer));
        assertEquals(Optional.of("10"), prefer.get("WAIT").orElseThrow().value());
        assertTrue(Prefer.parse("\treturn=minimal\t").minimal());
        assertTrue(Prefer.parse(",, ,return=minimal,,").minimal());
    }

    @Test
    void repeatedHeaderLinesAreOneListInOrder() {
        assertTrue(Prefer.parse(List.of("respond-async", "return=minimal")).minimal());
        assertTrue(Prefer.parse(List.of("return=minimal", "return=representation")).minimal());
        assertFalse(Prefer.parse(List.of("return=representation", "return=minimal")).minimal());
    }

    @Test
    void theFirstOccurrenceOfAPreferenceCounts() {
        assertTrue(Prefer.parse("return=minimal, return=representation").minimal());
        assertEquals(Optional.of(Return.REPRESENTATION),
                Prefer.parse("return=representation, RETURN=minimal").returnPreference());
        assertTrue(Prefer.parse("return=minimal;a=1;a=2").get("return").orElseThrow().parameters().get("a")
                .equals(Optional.of("1")));
    }

    @Test
    void anEmptyValueIsNoValue() {
        assertEquals(Optional.empty(), Prefer.parse("return=\"\"").returnPreference());
        assertEquals(Optional.empty(), Prefer.parse("return=\"\"").get("return").orElseThrow().value());
        assertEquals(Optional.empty(), Prefer.parse("return").returnPreference());
    }

    @Test
    void unknownPreferencesAndValuesAreIgnored() {
        assertEquals(Optional.empty(), Prefer.parse("handling=lenient, respond-async").returnPreference());
        assertEquals(Optional.empty(), Prefer.parse("return=everything").returnPreference());
        assertEquals(Optional.empty(), Prefer.parse("return-minimal").returnPreference());
    }

    @Test
    void aMalformedElementIsDroppedAndTheOthersCount() {
        for (String header : List.of("return=, x", "=minimal", "return==minimal", "return=minimal extra",
                "return=\"minimal", "return=mini\"mal\"", "return=minimal;=1", "return=min imal",
                "return=\u0000minimal", "return=minimal\r\n", "return=\"a\u0001\"", "return=\u00e9minimal",
                "\"return\"=minimal", "return=minimal;a=\"b", "return=minimal;a=", "return=\"\\\u0001\"")) {
            assertFalse(Prefer.parse(header).minimal(), header);
        }
        // the grammar allows an empty parameter after ';'
        assertTrue(Prefer.parse("return=minimal;").minimal());
        assertFalse(Prefer.parse("return=minimal;=1").minimal());
        assertFalse(Prefer.parse("return=minimal;a=").minimal());
        assertFalse(Prefer.parse("return=minimal\r\n").minimal());
        // the elements around a broken one still count
        assertTrue(Prefer.parse("wait=, return=minimal").minimal());
        assertTrue(Prefer.parse("a=b c, return=minimal").minimal());
        assertTrue(Prefer.parse("x=\"a,b\"c, return=minimal").minimal());
        assertTrue(Prefer.parse(List.of("x=\"unterminated, return=representation", "return=minimal")).minimal());
        assertFalse(Prefer.parse("x=\"unterminated, return=minimal").minimal());
        assertTrue(Prefer.parse("{}, return=minimal").minimal());
    }

    @Test
    void nothingEverThrows() {
        for (String header : List.of("", " ", ",", ";", "=", "\"", "\\", "\"\\", "a=\"\\", "a;b=\"", "\u0000",
                "return=minimal;".repeat(2000), "\"".repeat(5000), ",".repeat(5000))) {
            Prefer.parse(header);
        }
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add("return=minimal");
        assertTrue(Prefer.parse(withNull).minimal());
    }

    // --- properties ----------------------------------------------------------------------------------------------------

    /** A preference as generated: its name as written, its value (raw), and whether to quote it; its parameters. */
    record Generated(String name, String value, boolean quoted, Map<String, String> parameters) {
        String write(String ows) {
            StringBuilder out = new StringBuilder(name);
            if (value != null) {
                out.append(ows).append('=').append(ows).append(quoted ? quote(value) : value);
            }
            parameters.forEach((key, parameterValue) -> {
                out.append(ows).append(';').append(ows).append(key);
                if (parameterValue != null) {
                    out.append('=').append(quote(parameterValue));
                }
            });
            return out.toString();
        }

        private static String quote(String value) {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    @Provide
    Arbitrary<Generated> preferences() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("return", "RETURN", "Return", "wait", "handling",
                        "respond-async"),
                Arbitraries.strings().withChars("abcxyzABCXYZ019!#$%&'*+-.^_`|~").ofMinLength(1).ofMaxLength(8));
        Arbitrary<String> tokens = Arbitraries.oneOf(Arbitraries.of("minimal", "representation", "lenient", "10"),
                Arbitraries.strings().withChars("abcxyz019-.~!").ofMinLength(1).ofMaxLength(8));
        Arbitrary<String> text = Arbitraries.strings().withChars("abc ,;=\"\\\t/x").ofMinLength(1).ofMaxLength(10);
        Arbitrary<Map<String, String>> parameters = Arbitraries.maps(
                Arbitraries.strings().withChars("abcpq").ofMinLength(1).ofMaxLength(3),
                Arbitraries.oneOf(text, Arbitraries.just("\u0000"))).ofMaxSize(3)
                .map(map -> {
                    Map<String, String> out = new LinkedHashMap<>();
                    map.forEach((k, v) -> out.put(k, "\u0000".equals(v) ? null : v));
                    return out;
                });
        return Combinators.combine(names, Arbitraries.oneOf(tokens, text, Arbitraries.just("\u0000")),
                Arbitraries.of(true, false), parameters).as((name, value, quoted, params) -> {
                    boolean isToken = "\u0000".equals(value) || value.chars().allMatch(c -> Prefer.isTokenChar((char) c));
                    return new Generated(name, "\u0000".equals(value) ? null : value, quoted || !isToken, params);
                });
    }

    /** What a header of these preferences means: first occurrence of each name, lower-cased. */
    private static List<String> expected(List<Generated> preferences) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Generated p : preferences) {
            String name = p.name().toLowerCase(Locale.ROOT);
            if (first.containsKey(name)) {
                continue;
            }
            StringBuilder s = new StringBuilder(name);
            if (p.value() != null && !p.value().isEmpty()) {
                s.append('=').append(p.value());
            }
            Map<String, String> seen = new LinkedHashMap<>();
            p.parameters().forEach((k, v) -> seen.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
            seen.forEach((k, v) -> {
                s.append(';').append(k);
                if (v != null && !v.isEmpty()) {
                    s.append('=').append(v);
                }
            });
            first.put(name, s.toString());
        }
        return List.copyOf(first.values());
    }

    @Property(tries = 500)
    void aWellFormedHeaderMeansWhatItSays(@ForAll("lists") List<Generated> preferences,
                                          @ForAll("whitespace") String ows) {
        String header = String.join(ows + "," + ows, preferences.stream().map(p -> p.write(ows)).toList());
        assertEquals(expected(preferences), describe(Prefer.parse(header)), header);
    }

    @Property(tries = 300)
    void splittingTheListOverSeveralHeaderLinesChangesNothing(@ForAll("lists") List<Generated> preferences,
                                                              @ForAll("whitespace") String ows) {
        List<String> lines = preferences.stream().map(p -> p.write(ows)).toList();
        assertEquals(describe(Prefer.parse(String.join(", ", lines))), describe(Prefer.parse(lines)));
    }

    @Property(tries = 300)
    void aBrokenElementLosesOnlyItself(@ForAll("lists") List<Generated> preferences,
                                       @ForAll("broken") String broken,
                                       @ForAll("whitespace") String ows) {
        List<String> elements = new ArrayList<>(preferences.stream().map(p -> p.write(ows)).toList());
        int at = elements.size() / 2;
        elements.add(at, broken);
        assertEquals(expected(preferences), describe(Prefer.parse(String.join(",", elements))),
                String.join(",", elements));
    }

    @Property(tries = 1000)
    void anyTextIsReadWithoutThrowing(@ForAll("anything") String header) {
        Prefer prefer = Prefer.parse(header);
        prefer.returnPreference();
        assertTrue(prefer.all().stream().allMatch(p -> p.name().equals(p.name().toLowerCase(Locale.ROOT))));
    }

    @Provide
    Arbitrary<List<Generated>> lists() {
        return preferences().list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.of("", " ", "\t", "  ");
    }

    /** Elements that break the grammar without opening a quoted string that runs on. */
    @Provide
    Arbitrary<String> broken() {
        return Arbitraries.of("=", "=x", "a b", "a=", "a==b", "a=b c", "a;=b", "a=\"x\"y", "a\u0000", "a=\u0001",
                "{}", "a;b=", "a=\u00e9", "a=\"x\"\"y\"", "@", "a=\"\\\u0001\"", "return=minimal extra");
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("return=minimal,;\"\\ \t\u0000\u00ff").ofMaxLength(60));
    }

    private static List<String> describe(Prefer prefer) {
        List<String> out = new ArrayList<>();
        for (Prefer.Preference p : prefer.all()) {
            StringBuilder s = new StringBuilder(p.name());
            p.value().ifPresent(v -> s.append('=').append(v));
            p.parameters().forEach((k, v) -> {
                s.append(';').append(k);
                v.ifPresent(x -> s.append('=').append(x));
            });
            out.add(s.toString());
        }
        return out;
    }
}
