package io.markguard.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.markguard.platform.problem.Refusal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorGivesBackTheKeyOfTheRowItWasWrittenAfter() {
        Instant at = Instant.parse("2026-11-30T10:15:30.123456789Z");
        Cursor cursor = Cursor.read("cursor", Cursor.after("complaints", at, 42L), "complaints", 2);
        assertEquals(at, cursor.instant(0));
        assertEquals(42L, cursor.number(1));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.read("cursor", null, "complaints", 1));
        assertNull(Cursor.read("cursor", " ", "complaints", 1));
    }

    @Test
    void aCursorOfAnotherListOrShapeIsRefusedAsTheCursorField() {
        String ofItems = Cursor.after("items", 7L);
        Refusal otherList = assertThrows(Refusal.class, () -> Cursor.read("cursor", ofItems, "complaints", 1));
        assertEquals("cursor", otherList.field());
        assertEquals(400, otherList.status());
        assertThrows(Refusal.class, () -> Cursor.read("cursor", ofItems, "items", 2));
        assertThrows(Refusal.class, () -> Cursor.read("cursor", "not base64 at all!", "items", 1));
        Cursor wrongType = Cursor.read("cursor", Cursor.after("items", "text"), "items", 1);
        assertThrows(Refusal.class, () -> wrongType.number(0));
    }

    @Test
    void aPageOffersANextCursorOnlyWhenItReadMoreThanItShows() {
        Page<String> full = Page.of(List.of(1L, 2L, 3L), 2, String::valueOf, id -> Cursor.after("n", id));
        assertEquals(List.of("1", "2"), full.items());
        assertEquals(2L, Cursor.read("cursor", full.nextCursor(), "n", 1).number(0));
        Page<String> last = Page.of(List.of(1L, 2L), 2, String::valueOf, id -> Cursor.after("n", id));
        assertEquals(List.of("1", "2"), last.items());
        assertNull(last.nextCursor());
    }

    @Test
    void aLimitOutsideTheListsRangeIsRefusedAsTheLimitField() {
        assertEquals(50, PageSize.of(null, 50, 200));
        assertEquals(200, PageSize.of(200, 50, 200));
        assertEquals("limit", assertThrows(Refusal.class, () -> PageSize.of(0, 50, 200)).field());
        assertEquals("limit", assertThrows(Refusal.class, () -> PageSize.of(201, 50, 200)).field());
    }

    @Test
    void aLimitOrFilterAsSentIsReadOrRefusedAsItsOwnField() {
        assertEquals(50, PageSize.parse(null, 50, 200));
        assertEquals(7, PageSize.parse(" 7 ", 50, 200));
        assertEquals("limit", assertThrows(Refusal.class, () -> PageSize.parse("seven", 50, 200)).field());
        assertEquals(java.time.DayOfWeek.MONDAY, Filters.constant("day", "MONDAY", java.time.DayOfWeek.class));
        assertNull(Filters.constant("day", "", java.time.DayOfWeek.class));
        assertEquals("day", assertThrows(Refusal.class,
                () -> Filters.constant("day", "monday", java.time.DayOfWeek.class)).field());
        assertEquals(java.time.LocalDate.of(2026, 12, 1), Filters.day("from", "2026-12-01"));
        assertEquals("to", assertThrows(Refusal.class, () -> Filters.day("to", "1 Dec 2026")).field());
    }
}
