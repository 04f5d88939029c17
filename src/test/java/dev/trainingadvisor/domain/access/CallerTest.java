package dev.trainingadvisor.domain.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may use, read and erase which records of history (issue 18, point 5). */
class CallerTest {
    private static final Optional<String> ALICE = Optional.of("alice");
    private static final Optional<String> BOB = Optional.of("bob");
    private static final Optional<String> NOBODY = Optional.empty();

    @Test
    void aCallerReadsAndErasesOnlyItsOwnRecords() {
        Caller alice = Caller.of("alice", java.util.Set.of());
        assertTrue(alice.mayUseHistory());
        assertTrue(alice.mayRead(ALICE) && alice.mayErase(ALICE));
        assertFalse(alice.mayRead(BOB) || alice.mayErase(BOB) || alice.mayRead(NOBODY) || alice.mayErase(NOBODY));
    }

    @Test
    void anAuditorReadsAllAnonymousIncludedButErasesOnlyItsOwn() {
        Caller auditor = Caller.of("carol", java.util.Set.of(Caller.AUDITOR));
        assertTrue(auditor.mayRead(BOB) && auditor.mayRead(NOBODY) && auditor.seesAll());
        assertFalse(auditor.mayErase(BOB) || auditor.mayErase(NOBODY));
    }

    @Test
    void anAdminAlsoErasesAny() {
        Caller admin = Caller.of("dave", java.util.Set.of(Caller.ADMIN));
        assertTrue(admin.mayRead(BOB) && admin.mayErase(BOB) && admin.mayErase(NOBODY));
    }

    @Test
    void withoutATokenThereIsNoHistoryUnderOidcAndOneSharedSpaceWithout() {
        assertFalse(Caller.ANONYMOUS.mayUseHistory() || Caller.ANONYMOUS.mayRead(NOBODY));
        assertTrue(Caller.SHARED.mayUseHistory() && Caller.SHARED.mayRead(BOB) && Caller.SHARED.mayErase(NOBODY));
    }
}
