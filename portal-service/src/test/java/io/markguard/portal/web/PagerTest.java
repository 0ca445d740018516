package io.markguard.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The links a paged list offers, followed as a reader would: forward, back, and past what a link remembers. */
class PagerTest {

    @Test
    void nextAndPreviousLeadThroughTheListAndKeepItsFilter() {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("status", "PENDING");
        filter.put("from", null);

        Pager first = Pager.of("/list", filter, null, null, "c2");
        assertNull(first.previous());
        assertNull(first.first());
        assertEquals("/list?status=PENDING&cursor=c2&back=0", first.next());

        Pager second = Pager.of("/list", filter, "c2", "0", "c3");
        assertEquals("/list?status=PENDING", second.previous());
        assertEquals("/list?status=PENDING&cursor=c3&back=0.c2", second.next());

        Pager third = Pager.of("/list", filter, "c3", "0.c2", null);
        assertEquals("/list?status=PENDING&cursor=c2&back=0", third.previous());
        assertNull(third.next());
    }

    @Test
    void aLinkRemembersTwentyPagesAndOffersTheFirstPageBeyondThem() {
        StringBuilder back = new StringBuilder("0");
        for (int page = 2; page <= 25; page++) {
            back.append(".c").append(page);
        }
        Pager deep = Pager.of("/list", Map.of(), "c26", back.toString(), "c27");
        String next = deep.next();
        String remembered = next.substring(next.indexOf("back=") + 5);
        assertEquals(Pager.MAX_BACK, remembered.split("\\.").length);
        assertFalse(remembered.startsWith("0."), "the oldest pages are the ones forgotten");

        Pager shared = Pager.of("/list", Map.of(), "c26", null, null);
        assertNull(shared.previous());
        assertEquals("/list", shared.first());
    }

    @Test
    void eachListOfAPageHasItsOwnParameters() {
        Pager rights = Pager.of("/brands/7", "rights.", Map.of(), null, null, "r2");
        assertEquals("/brands/7?rights.cursor=r2&rights.back=0", rights.next());
        assertFalse(Pager.of("/brands/7", "rights.", Map.of(), null, null, null).shown());
    }
}
