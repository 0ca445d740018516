package io.markguard.merchant.service;

import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Notifications;
import io.markguard.platform.notify.Recipient;
import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.AccountHold;
import io.markguard.merchant.Listing;
import io.markguard.merchant.ListingStatus;
import io.markguard.merchant.Merchant;
import io.markguard.merchant.config.ImportRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The marketplace's listing feed, applied row by row: a row is created or updated by its URL, or
 * refused with the field at fault. New listings of a restricted merchant, or of one whose trader identity is
 * incomplete (DSA Art. 30), are HELD; the rows of a merchant whose account is off sale (suspended, termination
 * pending, terminated) are refused.
 */
@ApplicationScoped
public class ListingImport {

    /** One row of the feed, as text, so each bad value is reported on its own row. */
    public record Row(String merchantId, String title, String brandClaimed, String price, String currency,
            String url) {
    }

    public record RowError(int row, String field, String message) {
    }

    public record Result(int received, int created, int updated, int held, int refused, List<RowError> errors) {
    }

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

    @Inject
    ImportRules rules;

    @Inject
    PenaltyLedger ledger;

    @Inject
    Clock clock;

    @Inject
    AccountHolds holds;

    @Inject
    Notifications notifications;

    /**
     * A merchant of the import with the account measures in force on it, the hold on its listings and the trader
     * identity items it still lacks: the few rows the feed's rules need.
     */
    private record Seller(Merchant merchant, PenaltyLedger.AccountMeasures account, AccountHolds.Hold hold,
            List<String> missingIdentity) {

        boolean mayList() {
            return account.mayList() && !hold.hold().offSale();
        }

        String offSale() {
            if (hold.hold() == AccountHold.TERMINATION_PENDING) {
                return " (termination pending review)";
            }
            return account.listingBlockedUntil().or(hold::until).map(until -> " until " + until).orElse(" (terminated)");
        }

        /** Why a new listing waits, or null when it goes on sale. */
        String heldBecause() {
            boolean identity = !missingIdentity.isEmpty();
            if (account.newListingsHeld()) {
                return identity ? Listing.HELD_BOTH : Listing.HELD_RESTRICTED;
            }
            return identity ? Listing.HELD_IDENTITY : null;
        }
    }

    @Transactional
    public Result apply(List<Row> rows) {
        if (rows.size() > rules.maxRows()) {
            throw Refusal.invalid("listings", "At most " + rules.maxRows() + " rows per import; this one has "
                    + rows.size() + ".");
        }
        Instant now = clock.instant();
        lockSellers(rows);
        Map<Long, Seller> merchants = new HashMap<>();
        Map<Long, List<Long>> heldForIdentity = new java.util.TreeMap<>();
        Set<String> seenUrls = new HashSet<>();
        List<RowError> errors = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int held = 0;
        int refusedRows = 0;
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            Row row = rows.get(i);
            List<RowError> rowErrors = new ArrayList<>();
            Long merchantId = null;
            if (row == null) {
                errors.add(new RowError(rowNumber, "", "The row is empty."));
                refusedRows++;
                continue;
            }
            if (blank(row.merchantId())) {
                rowErrors.add(new RowError(rowNumber, "merchantId", "must not be blank"));
            } else {
                try {
                    merchantId = Long.parseLong(row.merchantId().strip());
                } catch (NumberFormatException e) {
                    rowErrors.add(new RowError(rowNumber, "merchantId", "must be a number"));
                }
            }
            String title = row.title() == null ? "" : row.title().strip();
            if (title.isEmpty() || title.length() > 500) {
                rowErrors.add(new RowError(rowNumber, "title", "must be 1 to 500 characters"));
            }
            String brand = blank(row.brandClaimed()) ? null : row.brandClaimed().strip();
            if (brand != null && brand.length() > 255) {
                rowErrors.add(new RowError(rowNumber, "brandClaimed", "must be at most 255 characters"));
            }
            BigDecimal price = null;
            try {
                price = new BigDecimal(row.price() == null ? "" : row.price().strip());
                if (price.signum() <= 0 || price.scale() > 2 || price.compareTo(MAX_PRICE) > 0) {
                    rowErrors.add(new RowError(rowNumber, "price",
                            "must be above 0, with at most two decimals"));
                }
            } catch (NumberFormatException e) {
                rowErrors.add(new RowError(rowNumber, "price", "must be a decimal number such as 19.90"));
            }
            String currency = row.currency() == null ? "" : row.currency().strip();
            if (!CURRENCY.matcher(currency).matches()) {
                rowErrors.add(new RowError(rowNumber, "currency", "must be an ISO 4217 code such as EUR"));
            }
            String url = row.url() == null ? "" : row.url().strip();
            if (!validUrl(url)) {
                rowErrors.add(new RowError(rowNumber, "url", "must be an absolute http(s) URL of at most 2048 characters"));
            } else if (!seenUrls.add(url)) {
                rowErrors.add(new RowError(rowNumber, "url", "appears on an earlier row of this import"));
            }
            Seller seller = null;
            if (merchantId != null) {
                Long id = merchantId;
                seller = merchants.computeIfAbsent(id, key -> Merchant.<Merchant>findByIdOptional(key)
                        .map(m -> new Seller(m, ledger.accountInForce(m, now), holds.inForce(m.id, now),
                                m.missingIdentityFields()))
                        .orElse(null));
                if (seller == null) {
                    rowErrors.add(new RowError(rowNumber, "merchantId", "no merchant " + merchantId));
                }
            }
            Listing existing = rowErrors.isEmpty() ? Listing.findByUrl(url).orElse(null) : null;
            if (existing != null && !existing.merchant.id.equals(merchantId)) {
                rowErrors.add(new RowError(rowNumber, "url", "belongs to a listing of another merchant"));
            }
            if (rowErrors.isEmpty() && !seller.mayList()) {
                rowErrors.add(new RowError(rowNumber, "merchantId", "merchant " + merchantId + " may not list"
                        + seller.offSale()));
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                refusedRows++;
                continue;
            }
            if (existing != null) {
                existing.title = title;
                existing.brandClaimed = brand;
                existing.price = price;
                existing.currency = currency;
                existing.updatedAt = now;
                updated++;
            } else {
                Listing listing = new Listing();
                listing.merchant = seller.merchant();
                listing.title = title;
                listing.brandClaimed = brand;
                listing.price = price;
                listing.currency = currency;
                listing.url = url;
                listing.offSaleBecause = seller.heldBecause();
                listing.status = listing.offSaleBecause != null ? ListingStatus.HELD : ListingStatus.ACTIVE;
                listing.listedAt = now;
                listing.updatedAt = now;
                listing.persist();
                created++;
                if (listing.status == ListingStatus.HELD) {
                    held++;
                }
                if (!seller.missingIdentity().isEmpty()) {
                    heldForIdentity.computeIfAbsent(seller.merchant().id, m -> new ArrayList<>()).add(listing.id);
                }
            }
        }
        heldForIdentity.forEach((merchantId, ids) -> {
            Seller seller = merchants.get(merchantId);
            // One notice per merchant and import, named by the first listing it held.
            notifications.tell(new Notification("listings-held-identity-" + merchantId + "-" + ids.get(0),
                    Recipient.person(seller.merchant().subject, seller.merchant().email), "listings-held-identity",
                    Map.of("merchantId", String.valueOf(merchantId), "held", String.valueOf(ids.size()),
                            "missing", String.join(",", seller.missingIdentity())),
                    "/merchant/identity"));
        });
        return new Result(rows.size(), created, updated, held, refusedRows, errors);
    }

    /**
     * The import's merchants are share-locked in id order, as takedowns lock them: a suspension decided while the
     * import runs then waits for it (and its sweep finds the new listings) or is seen by it.
     */
    private void lockSellers(List<Row> rows) {
        List<Long> ids = rows.stream().filter(row -> row != null && !blank(row.merchantId())).map(row -> {
            try {
                return Long.parseLong(row.merchantId().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        if (!ids.isEmpty()) {
            Merchant.getEntityManager().createQuery("select m.id from Merchant m where m.id in :ids order by m.id",
                    Long.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_READ).getResultList();
        }
    }

    private static boolean validUrl(String url) {
        if (url.isEmpty() || url.length() > 2048) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
