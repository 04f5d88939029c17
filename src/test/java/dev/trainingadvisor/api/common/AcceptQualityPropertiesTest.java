package dev.trainingadvisor.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The quality an Accept header gives a media type (RFC 9110 §12.5.1), over the header's grammar: ranges of three
 * specificities in any letter case, q-values and other parameters, odd whitespace, many entries. The most specific
 * range decides whatever the order; a range less specific than one that covers the type changes nothing; q=0 on the
 * most specific range excludes, on a less specific one it does not.
 */
class AcceptQualityPropertiesTest {
    private static final String JSON = "application/json";

    @Property
    void theOrderOfTheRangesDoesNotMatter(@ForAll("ranges") @Size(min = 1, max = 40) List<String> ranges, @ForAll long seed) {
        List<String> shuffled = new ArrayList<>(ranges);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(AcceptQuality.quality(String.join(",", ranges), JSON),
                AcceptQuality.quality(String.join(" ,\t", shuffled), JSON));
    }

    @Property
    void theExactTypeDecidesOverAnyWildcards(@ForAll("ranges") List<String> ranges, @ForAll("qualities") String q) {
        List<String> all = new ArrayList<>(ranges.stream().filter(r -> !mediaRange(r).equals(JSON)).toList());
        all.add(all.size() / 2, "Application/JSON ;\tq=" + q);
        assertEquals(Double.parseDouble(q), AcceptQuality.quality(String.join(", ", all), JSON));
    }

    @Property
    void aTypeWildcardDecidesOverTheFullWildcard(@ForAll("qualities") String typeQ, @ForAll("qualities") String anyQ,
                                                 @ForAll boolean wildcardFirst) {
        String type = "application/*;q=" + typeQ;
        String any = "*/*;q=" + anyQ;
        String accept = wildcardFirst ? any + ", " + type : type + ", " + any;
        assertEquals(Double.parseDouble(typeQ), AcceptQuality.quality(accept, JSON));
        assertEquals(Double.parseDouble(typeQ) > 0, AcceptQuality.admitsAny(accept, List.of(JSON)), accept);
    }

    @Property
    void aRangeThatCoversNothingChangesNothing(@ForAll("ranges") List<String> ranges) {
        String accept = String.join(",", ranges);
        assertEquals(AcceptQuality.quality(accept, JSON),
                AcceptQuality.quality(accept + ", image/png;q=0, text/html;level=1;q=0.9", JSON));
    }

    @Property
    void aQualityIsBetweenZeroAndOneOrAbsent(@ForAll("ranges") List<String> ranges) {
        double quality = AcceptQuality.quality(String.join(",", ranges), JSON);
        assertTrue(quality == -1 || quality >= 0 && quality <= 1, Double.toString(quality));
    }

    @Provide
    Arbitrary<List<String>> ranges() {
        Arbitrary<String> type = Arbitraries.of("application/json", "APPLICATION/Json", "application/*", "*/*",
                "text/*", "text/vnd.mermaid", "image/png", "application/problem+json", "Application/*");
        Arbitrary<String> parameter = Arbitraries.oneOf(qualities().map(q -> "q=" + q),
                Arbitraries.of("charset=utf-8", "level=1", "Q=0.5", "q=abc", "x=\"a,b\"".replace(",", "")));
        Arbitrary<String> space = Arbitraries.of("", " ", "\t", "  ");
        Arbitrary<String> range = Combinators.combine(type, parameter.list().ofMaxSize(2), space, space)
                .as((t, parameters, before, after) -> {
                    StringBuilder text = new StringBuilder(before + t);
                    parameters.forEach(p -> text.append(after).append(';').append(before).append(p));
                    return text.append(after).toString();
                });
        return range.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> qualities() {
        return Arbitraries.of("0", "0.0", "0.000", "0.001", "0.5", "0.9", "0.999", "1", "1.0", "1.000");
    }

    private static String mediaRange(String range) {
        int semicolon = range.indexOf(';');
        return (semicolon < 0 ? range : range.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
