package dev.trainingadvisor.api.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Assessment ids are version 7 UUIDs (RFC 9562 §5.7): time-ordered, so that the history's unique index on them grows
 * at its end (issue 18's throughput), and random enough not to collide.
 */
class AssessmentIdTest {
    @Test
    void anIdIsAVersion7UuidThatCarriesTheMillisecondItWasMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = AssessmentService.randomId();
        long after = System.currentTimeMillis();
        assertEquals(7, id.version());
        assertEquals(2, id.variant()); // RFC 9562's variant, 10xx
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(before <= millis && millis <= after, before + " <= " + millis + " <= " + after);
    }

    @Test
    void idsMadeInALaterMillisecondSortAfterEarlierOnesAsDatabasesCompareThem() {
        UUID first = AssessmentService.randomId();
        long made = first.getMostSignificantBits() >>> 16;
        while (System.currentTimeMillis() == made) {
            Thread.onSpinWait(); // the next millisecond, without a timed wait
        }
        UUID later = AssessmentService.randomId();
        // PostgreSQL and H2 compare UUIDs as unsigned bytes, most significant first
        assertTrue(Long.compareUnsigned(first.getMostSignificantBits(), later.getMostSignificantBits()) < 0,
                first + " before " + later);
    }

    @Test
    void idsMadeInTheSameMillisecondDoNotCollide() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(ids.add(AssessmentService.randomId()));
        }
    }
}
