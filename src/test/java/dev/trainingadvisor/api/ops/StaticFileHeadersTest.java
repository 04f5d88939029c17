package dev.trainingadvisor.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

/** The static file headers in IMF-fixdate and the paths that may be cached as immutable (RFC 9110 §5.6.7, §8.8.2). */
class StaticFileHeadersTest {

    @Test
    void aSingleDigitDayGetsItsLeadingZeroAndOtherValuesStayAsSent() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .set("date", "Thu, 3 Dec 2026 16:00:05 GMT")
                .set("last-modified", "Mon, 30 Nov 2026 01:02:03 GMT")
                .set("x-other", "Thu, 3 Dec 2026 16:00:05 GMT");
        StaticFileHeaders.fixDate(headers, "date");
        StaticFileHeaders.fixDate(headers, "last-modified");
        assertEquals("Thu, 03 Dec 2026 16:00:05 GMT", headers.get("date"));
        assertEquals("Mon, 30 Nov 2026 01:02:03 GMT", headers.get("last-modified"));
        headers.set("date", "not a date");
        StaticFileHeaders.fixDate(headers, "date");
        assertEquals("not a date", headers.get("date"));
    }

    @Test
    void onlyAWebJarPathNamingItsVersionIsVersioned() {
        assertTrue(StaticFileHeaders.VERSIONED.matcher("/webjars/mermaid/11.4.1/dist/mermaid.esm.min.mjs").matches());
        assertFalse(StaticFileHeaders.VERSIONED.matcher("/webjars/mermaid/dist/mermaid.esm.min.mjs").matches());
        assertFalse(StaticFileHeaders.VERSIONED.matcher("/app/advisor.js").matches());
        assertFalse(StaticFileHeaders.VERSIONED.matcher("/").matches());
    }
}
