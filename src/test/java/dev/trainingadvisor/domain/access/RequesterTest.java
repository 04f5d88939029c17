package dev.trainingadvisor.domain.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may use, read and erase which records of history (issue 18, point 5). */
class RequesterTest {
    private static final Optional<String> ALICE = Optional.of("alice");
    private static final Optional<String> BOB = Optional.of("bob");
    private static final Optional<String> NOBODY = Optional.empty();

    @Test
    void aCallerReadsAndErasesOnlyItsOwnRecords() {
        Requester alice = Requester.of("alice", java.util.Set.of());
        assertTrue(alice.mayUseHistory());
        assertTrue(alice.mayRead(ALICE) && alice.mayErase(ALICE));
        assertFalse(alice.mayRead(BOB) || alice.mayErase(BOB) || alice.mayRead(NOBODY) || alice.mayErase(NOBODY));
    }

    @Test
    void anAuditorReadsAllAnonymousIncludedButErasesOnlyItsOwn() {
        Requester auditor = Requester.of("carol", java.util.Set.of(Requester.AUDITOR));
        assertTrue(auditor.mayRead(BOB) && auditor.mayRead(NOBODY) && auditor.seesAll());
        assertFalse(auditor.mayErase(BOB) || auditor.mayErase(NOBODY));
    }

    @Test
    void anAdminAlsoErasesAny() {
        Requester admin = Requester.of("dave", java.util.Set.of(Requester.ADMIN));
        assertTrue(admin.mayRead(BOB) && admin.mayErase(BOB) && admin.mayErase(NOBODY));
    }

    @Test
    void withoutATokenThereIsNoHistoryUnderOidcAndOneSharedSpaceWithout() {
        assertFalse(Requester.ANONYMOUS.mayUseHistory() || Requester.ANONYMOUS.mayRead(NOBODY));
        assertTrue(Requester.SHARED.mayUseHistory() && Requester.SHARED.mayRead(BOB) && Requester.SHARED.mayErase(NOBODY));
    }

    /** No owner longer than history's owner column: "tenant:" and 255 characters at most (OIDC Core 1.0 §2). */
    @Test
    void anOwnerLongerThanTenantAnd255CharactersIsRefused() {
        String longest = "tenant:" + "t".repeat(Requester.MAX_CLAIM_LENGTH);
        org.junit.jupiter.api.Assertions.assertEquals(longest, Requester.of(longest, java.util.Set.of()).owner().get());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Requester.of(longest + "t", java.util.Set.of()));
    }
}
