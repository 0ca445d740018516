package io.markguard.merchant.service;

import io.markguard.merchant.Listing;
import io.markguard.merchant.ListingStatus;
import io.markguard.merchant.Merchant;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The marketplace's listings as pages and the other services find them: by id or address, many at once, by what a
 * shopper sees, by merchant; and a reviewer's release of a listing held for a restricted merchant.
 */
@ApplicationScoped
public class Listings {

    public static final String SEARCH = "listing-search";
    public static final String OF_MERCHANT = "merchant-listings";

    /** A listing as a search shows it, with its merchant's public name. */
    public record Found(long id, String title, String url, String brandClaimed, BigDecimal price, String currency,
            String status, long merchantId, String merchantName) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The listing with its merchant, in one query: every caller shows the seller. */
    @Transactional
    public Optional<Listing> byId(long id) {
        return Listing.<Listing>find("from Listing l join fetch l.merchant where l.id = ?1", id).firstResultOptional();
    }

    /** As {@link #byId}, by the listing's URL. */
    @Transactional
    public Optional<Listing> byUrl(String url) {
        return Listing.<Listing>find("from Listing l join fetch l.merchant where l.url = ?1", url).firstResultOptional();
    }

    /**
     * Listing ids or URLs, as complaint-service's bulk jobs name them: one entry per reference, in the order asked,
     * empty where the marketplace has no such listing. Two queries however many references.
     */
    @Transactional
    public List<Optional<Listing>> lookup(List<String> references) {
        List<Long> ids = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String reference : references) {
            String ref = reference.strip();
            if (isId(ref)) {
                ids.add(Long.parseLong(ref));
            } else {
                urls.add(ref);
            }
        }
        Map<Long, Listing> byId = new HashMap<>();
        Map<String, Listing> byUrl = new HashMap<>();
        if (!ids.isEmpty()) {
            Listing.<Listing>find("from Listing l join fetch l.merchant where l.id in ?1", ids).stream()
                    .forEach(l -> byId.put(l.id, l));
        }
        if (!urls.isEmpty()) {
            Listing.<Listing>find("from Listing l join fetch l.merchant where l.url in ?1", urls).stream()
                    .forEach(l -> byUrl.put(l.url, l));
        }
        List<Optional<Listing>> found = new ArrayList<>(references.size());
        for (String reference : references) {
            String ref = reference.strip();
            found.add(Optional.ofNullable(isId(ref) ? byId.get(Long.parseLong(ref)) : byUrl.get(ref)));
        }
        return found;
    }

    /** A reference of digits only is a listing id; anything else is read as a URL. */
    private static boolean isId(String ref) {
        return !ref.isEmpty() && ref.length() < 18 && ref.chars().allMatch(Character::isDigit);
    }

    /**
     * Listings on sale (ACTIVE, RESTORED: only what shoppers can see) whose title, claimed brand or address
     * contains the words (ignoring case), by id, after the id {@code after} holds. The condition is the expression of the trigram index {@code listing_search},
     * written out as it is there so the index serves it.
     */
    @Transactional
    public Page<Found> search(String words, int limit, Cursor after) {
        String pattern = "%" + words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<Object[]> rows = ReadOnly.of(em.createNativeQuery("""
                select l.id, l.title, l.url, l.brand_claimed, l.price, l.currency, l.status, l.merchant_id
                from listing l
                where lower(l.title || E'\\n' || coalesce(l.brand_claimed, '') || E'\\n' || l.url) like :pattern
                    escape '\\'
                    and l.status in ('ACTIVE', 'RESTORED') and l.id > :after
                order by l.id""", Object[].class))
                .setParameter("pattern", pattern)
                .setParameter("after", after == null ? 0L : after.number(0))
                .setMaxResults(PageSize.fetch(limit))
                .getResultList();
        // The sellers of the page in one query by primary key, rather than a join the planner may hash.
        List<Long> sellers = rows.stream().map(row -> ((Number) row[7]).longValue()).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!sellers.isEmpty()) {
            ReadOnly.of(em.createQuery("from Merchant m where m.id in :ids", Merchant.class))
                    .setParameter("ids", sellers).getResultList()
                    .forEach(m -> names.put(m.id, m.displayName()));
        }
        return Page.of(rows, limit, row -> new Found(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], (BigDecimal) row[4], (String) row[5], (String) row[6], ((Number) row[7]).longValue(),
                names.get(((Number) row[7]).longValue())), row -> Cursor.after(SEARCH, ((Number) row[0]).longValue()));
    }

    /** One page of the merchant's listings, by id, after the id {@code after} holds; every status unless one is named. */
    @Transactional
    public Page<Listing> ofMerchant(Merchant merchant, Optional<ListingStatus> status, int limit, Cursor after) {
        TypedQuery<Listing> query = em.createQuery("from Listing l where l.merchant.id = :merchant"
                + (status.isPresent() ? " and l.status = :status" : "") + " and l.id > :after order by l.id",
                Listing.class)
                .setParameter("merchant", merchant.id)
                .setParameter("after", after == null ? 0L : after.number(0))
                .setMaxResults(PageSize.fetch(limit));
        status.ifPresent(wanted -> query.setParameter("status", wanted));
        return Page.of(ReadOnly.of(query).getResultList(), limit, l -> l, l -> Cursor.after(OF_MERCHANT, l.id));
    }

    /** A HELD listing goes on sale; empty when there is no such listing, 409 when it is not HELD. */
    @Transactional
    public Optional<Listing> release(long id) {
        Optional<Listing> found = Listing.findByIdOptional(id);
        found.ifPresent(listing -> {
            if (listing.status != ListingStatus.HELD) {
                throw Refusal.conflict("status", "Listing " + id + " is " + listing.status + ", not HELD.");
            }
            listing.status = ListingStatus.ACTIVE;
            listing.updatedAt = clock.instant();
        });
        return found;
    }
}
