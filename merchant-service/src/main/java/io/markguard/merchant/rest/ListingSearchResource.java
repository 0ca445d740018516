package io.markguard.merchant.rest;

import io.markguard.merchant.service.Listings;
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
@Path("/api/listings")
@RolesAllowed({ "brand", "reviewer", "admin" })
public class ListingSearchResource {

    public static final int MAX_RESULTS = 50;

    public record Seller(long merchantId, String name) {
    }

    public record Found(long id, String title, String url, String brandClaimed, BigDecimal price, String currency,
            String status, Seller seller) {
    }

    @Inject
    Listings listings;

    @GET
    @Transactional
    public List<Found> search(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        String query = q == null ? "" : q.strip();
        if (query.length() < 2 || query.length() > 200) {
            throw Refusal.invalid("q", "must be 2 to 200 characters");
        }
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > MAX_RESULTS) {
            throw Refusal.invalid("limit", "must be 1 to " + MAX_RESULTS);
        }
        return listings.search(query, size).stream().map(l -> new Found(l.id, l.title, l.url, l.brandClaimed, l.price,
                l.currency, l.status.name(), new Seller(l.merchant.id, l.merchant.displayName()))).toList();
    }
}
