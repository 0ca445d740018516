package io.markguard.merchant.service;

import io.markguard.merchant.Listing;
import io.markguard.merchant.ListingStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.config.SearchRules;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * The marketplace's listings as pages and the other services find them: by id or address, many at once, by what a
 * shopper sees, by merchant; and a reviewer's release of a listing held for a restricted merchant.
 */
@ApplicationScoped
public class Listings {

    public static final String SEARCH = "listing-search";
    public static final String OF_MERCHANT = "merchant-listings";

    /**
     * A page of a search; {@code refine} when the query matches more listings than a search reads, so the page
     * holds some of them and the query should be narrowed.
     */
    public record Search(Page<Found> page, boolean refine) {
    }

    /** A listing as a search shows it, with its merchant's public name. */
    public record Found(long id, String title, String url, String brandClaimed, BigDecimal price, String currency,
            String status, long merchantId, String merchantName) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SearchRules rules;

    @Inject
    AccountHolds holds;

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
     * A page of listings on sale (ACTIVE, RESTORED: only what shoppers can see) that match {@code query}, by id, after
     * the id {@code after} holds. What it reads is bounded whatever the query matches: first the next
     * {@code window} listings in id order are tested one by one (a common query fills its page there); when they
     * hold too few matches, at most {@code candidates} matches are read from the index and ordered. When the index
     * holds that many, the page shows the lowest ids of those read, has no next cursor and asks to refine.
     */
    @Transactional
    public Search search(String query, int limit, Cursor after) {
        SearchMatch match = SearchMatch.of(query);
        long from = after == null ? 0L : after.number(0);
        int fetch = PageSize.fetch(limit);
        // The window's last listing comes back even when it does not match: it tells that the window was used up.
        List<Object[]> walked = ReadOnly.of(em.createNativeQuery("""
                select w.id, w.title, w.url, w.brand_claimed, w.price, w.currency, w.status, w.merchant_id, w.hit, w.n
                from (select l.id, l.title, l.url, l.brand_claimed, l.price, l.currency, l.status, l.merchant_id,
                             %s as hit, row_number() over (order by l.id) as n
                      from (select * from listing where status in ('ACTIVE', 'RESTORED') and id > :after
                            order by id limit :window) l) w
                where w.hit or w.n = :window
                order by w.id
                limit :fetch""".formatted(match.condition()), Object[].class))
                .setParameter("q", match.argument())
                .setParameter("after", from)
                .setParameter("window", rules.window())
                .setParameter("fetch", fetch + 1)
                .getResultList();
        List<Object[]> hits = walked.stream().filter(row -> (Boolean) row[8]).limit(fetch).toList();
        boolean windowUsedUp = walked.stream().anyMatch(row -> ((Number) row[9]).intValue() == rules.window());
        if (hits.size() == fetch || !windowUsedUp) {
            return new Search(page(hits, limit), false);
        }
        // Matches are sparse here: the index finds them, read up to the cap before the cursor applies, so the rows
        // read stay bounded on any page.
        List<Object[]> indexed = ReadOnly.of(em.createNativeQuery("""
                with c as materialized (
                    select l.id, l.title, l.url, l.brand_claimed, l.price, l.currency, l.status, l.merchant_id
                    from listing l where l.status in ('ACTIVE', 'RESTORED') and %s limit :candidates)
                select p.id, p.title, p.url, p.brand_claimed, p.price, p.currency, p.status, p.merchant_id, n.read
                from (select count(*) as read from c) n
                    left join lateral (select * from c where c.id > :after order by c.id limit :fetch) p on true"""
                .formatted(match.condition()), Object[].class))
                .setParameter("q", match.argument())
                .setParameter("after", from)
                .setParameter("candidates", rules.candidates())
                .setParameter("fetch", fetch)
                .getResultList();
        boolean capped = ((Number) indexed.get(0)[8]).intValue() >= rules.candidates();
        List<Object[]> found = indexed.stream().filter(row -> row[0] != null).toList();
        if (!capped) {
            return new Search(page(found, limit), false);
        }
        Map<Long, Object[]> merged = new TreeMap<>();
        hits.forEach(row -> merged.put(((Number) row[0]).longValue(), row));
        found.forEach(row -> merged.putIfAbsent(((Number) row[0]).longValue(), row));
        List<Object[]> shown = merged.values().stream().limit(limit).toList();
        return new Search(new Page<>(found(shown), null), true);
    }

    /** A page of matches read with {@code limit + 1} as their maximum, with its sellers' public names. */
    private Page<Found> page(List<Object[]> rows, int limit) {
        List<Found> shown = found(rows);
        return Page.of(shown, limit, f -> f, f -> Cursor.after(SEARCH, f.id()));
    }

    private List<Found> found(List<Object[]> rows) {
        // The sellers of the page in one query by primary key, rather than a join the planner may hash.
        List<Long> sellers = rows.stream().map(row -> ((Number) row[7]).longValue()).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!sellers.isEmpty()) {
            ReadOnly.of(em.createQuery("from Merchant m where m.id in :ids", Merchant.class))
                    .setParameter("ids", sellers).getResultList()
                    .forEach(m -> names.put(m.id, m.displayName()));
        }
        return rows.stream().map(row -> new Found(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], (BigDecimal) row[4], (String) row[5], (String) row[6], ((Number) row[7]).longValue(),
                names.get(((Number) row[7]).longValue()))).toList();
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

    /**
     * A listing HELD for its merchant's restriction goes on sale (SUSPENDED instead while the account is off sale);
     * empty when there is no such listing, 409 when it is not HELD or is held for an incomplete trader identity, which
     * only completing the identity releases (DSA Art. 30).
     */
    @Transactional
    public Optional<Listing> release(long id) {
        Optional<Listing> found = Listing.findByIdOptional(id);
        found.ifPresent(listing -> {
            if (listing.status != ListingStatus.HELD) {
                throw Refusal.conflict("status", "Listing " + id + " is " + listing.status + ", not HELD.");
            }
            if (Listing.HELD_IDENTITY.equals(listing.offSaleBecause) || Listing.HELD_BOTH.equals(listing.offSaleBecause)) {
                throw Refusal.conflict("status", "Listing " + id + " is held until its merchant's trader identity is"
                        + " complete.");
            }
            holds.putOnSale(listing, ListingStatus.ACTIVE, clock.instant());
        });
        return found;
    }
}
