package io.markguard.merchant.service;

import io.markguard.merchant.Listing;
import io.markguard.merchant.ListingStatus;
import io.markguard.merchant.Merchant;
import io.markguard.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    /** Only what shoppers can see is found by a search. */
    static final List<ListingStatus> ON_SALE = List.of(ListingStatus.ACTIVE, ListingStatus.RESTORED);

    public record Page(long total, List<Listing> listings) {
    }

    @Inject
    Clock clock;

    @Transactional
    public Optional<Listing> byId(long id) {
        return Listing.findByIdOptional(id);
    }

    @Transactional
    public Optional<Listing> byUrl(String url) {
        return Listing.findByUrl(url);
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

    /** Listings on sale whose title, claimed brand or address contains the words, by title. */
    @Transactional
    public List<Listing> search(String words, int limit) {
        String pattern = "%" + words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return Listing.<Listing>find("""
                select l from Listing l join fetch l.merchant
                where l.status in ?1 and (lower(l.title) like ?2 escape '\\' or lower(l.brandClaimed) like ?2 escape '\\'
                    or lower(l.url) like ?2 escape '\\')
                order by l.title, l.id""", ON_SALE, pattern)
                .page(0, limit).list();
    }

    /** One page of the merchant's listings, by id, with how many it has in all. */
    @Transactional
    public Page ofMerchant(Merchant merchant, int page, int size) {
        var query = Listing.<Listing>find("merchant = ?1 order by id", merchant);
        return new Page(query.count(), query.page(page, size).list());
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
