package io.markguard.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.markguard.platform.problem.Refusal;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void noKeyOrABlankOneMeansTheRequestIsNotKeyed() {
        assertNull(IdempotencyKey.of(null));
        assertNull(IdempotencyKey.of("   "));
    }

    @Test
    void aKeyOfUpTo128VisibleCharactersIsTakenAsSent() {
        assertEquals("order-2026-12-01/7", IdempotencyKey.of(" order-2026-12-01/7 ").value());
        assertEquals(128, IdempotencyKey.of("k".repeat(128)).value().length());
    }

    @Test
    void aLongerKeyOrOneWithSpacesOrControlCharactersIsRefusedNamingTheHeader() {
        for (String bad : new String[] { "k".repeat(129), "k".repeat(256), "two words", "tab\there", "ключ" }) {
            Refusal refusal = assertThrows(Refusal.class, () -> IdempotencyKey.of(bad));
            assertEquals(400, refusal.status());
            assertEquals("Idempotency-Key", refusal.field());
        }
    }
}
