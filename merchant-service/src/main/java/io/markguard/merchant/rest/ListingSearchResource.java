package io.markguard.merchant.rest;

import io.markguard.merchant.service.Listings;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;

/**
 * The marketplace's public listings, searched by what a shopper sees (title, claimed brand, address), so a
 * brand can find the listing it reports. Only listings shoppers can see are found; nothing of the merchant
 * beyond its public name is shown.
 */
@Path("/api/listings/search")
@RolesAllowed({ "brand", "reviewer", "admin" })
public class ListingSearchResource {

    public static final int MAX_RESULTS = 50;

    public record Seller(long merchantId, String name) {
    }

    public record Found(long id, String title, String url, String brandClaimed, BigDecimal price, String currency,
            String status, Seller seller) {
    }

    /**
     * A page of found listings by id. {@code refine}: the query matches more listings than a search reads; the page
     * holds some of them, with no next page, and more words (or an address) find the rest.
     */
    public record Results(List<Found> items, String nextCursor, boolean refine) {
    }

    @Inject
    Listings listings;

    /**
     * {@code q}: 3 to 200 characters, ignoring case: letters and digits are words of the title or claimed brand,
     * anything else a literal substring of title, claimed brand or address; the found listings by id.
     */
    @GET
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "searchListings", summary = "Search listings by words of the title or claimed brand, a keyset page at a time")
    public Results search(@QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        String query = q == null ? "" : q.strip();
        // Three characters make a trigram, the least the search index can look up.
        if (query.length() < 3 || query.length() > 200) {
            throw Refusal.invalid("q", "must be 3 to 200 characters");
        }
        if (query.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.invalid("q", "must not hold control characters");
        }
        Listings.Search found = listings.search(query, ListParameters.limit(limit, 20, MAX_RESULTS),
                Cursor.read("cursor", cursor, Listings.SEARCH, 1));
        Page<Found> page = found.page().map(l -> new Found(l.id(), l.title(), l.url(), l.brandClaimed(), l.price(),
                l.currency(), l.status(), new Seller(l.merchantId(), l.merchantName())));
        return new Results(page.items(), page.nextCursor(), found.refine());
    }
}
