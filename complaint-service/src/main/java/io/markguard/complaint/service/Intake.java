package io.markguard.complaint.service;

import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.Channel;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintEvidence;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.InfringementType;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.client.MerchantClient;
import io.markguard.complaint.client.MerchantRestClient.ListingSnapshot;
import io.markguard.complaint.client.PortalClient;
import io.markguard.complaint.client.PortalRestClient;
import io.markguard.complaint.config.IntakeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Files notices: checks who may file, resolves each listing against merchant-service and keeps its snapshot,
 * marks duplicates, and files each item in the channel {@link FastTrack} gives the notice. On the fast track
 * the takedown is written to the outbox in the same transaction as the complaint.
 */
@ApplicationScoped
public class Intake {

    /** The notice as the brand wrote it; the submitter, brand name and right details are not in it. */
    public record Notice(long brandId, long rightId, InfringementType infringementType, List<String> listings,
            String explanation, List<String> evidenceUrls, List<String> testPurchaseOrders, boolean goodFaith,
            boolean accurate) {
    }

    /** What portal-service says about the brand and right, read with the user's own token. */
    public record Grounds(String brandName, PortalRestClient.Right right) {
    }

    public record Filed(long complaintId, boolean replayed) {
    }

    @Inject
    Authorities authorities;

    @Inject
    PortalClient portal;

    @Inject
    MerchantClient merchants;

    @Inject
    TrustScores trust;

    @Inject
    FastTrack fastTrack;

    @Inject
    ItemFigures figures;

    @Inject
    Takedowns takedowns;

    @Inject
    IntakeRules rules;

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    ComplaintNotifications told;

    @Inject
    BrandEvents events;

    /** What a notice's Idempotency-Key names among the caller's keys. */
    static final String IDEMPOTENCY_SCOPE = "complaint";

    public Filed file(Actor actor, Notice notice, IdempotencyKey idempotencyKey, String requestSha256) {
        Optional<Filed> earlier = replay(actor, idempotencyKey, requestSha256);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Grounds grounds = grounds(actor, notice.brandId(), notice.rightId());
        List<ListingSnapshot> listings = new java.util.ArrayList<>();
        for (int i = 0; i < notice.listings().size(); i++) {
            String ref = notice.listings().get(i);
            int index = i;
            listings.add(resolve(ref).orElseThrow(() -> new Refusal(Refusal.Kind.UNPROCESSABLE, "listings[" + index + "]",
                    "No listing " + ref + " on the marketplace.")));
        }
        try {
            return write(actor, notice, grounds, listings, idempotencyKey, requestSha256);
        } catch (Idempotency.KeyInUse inUse) {
            // Two requests with one key at once: the loser answers what the winner filed.
            return replay(actor, idempotencyKey, requestSha256).orElseThrow(() -> inUse);
        } catch (RuntimeException e) {
            if (!lostARace(e)) {
                throw e;
            }
            // Two notices of the brand naming one listing at once: the index of live items let one in; written
            // again, the other finds it and files the listing as a duplicate.
            return write(actor, notice, grounds, listings, idempotencyKey, requestSha256);
        }
    }

    /** The transaction failed on a unique index: another filing committed the same thing first. */
    static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof org.hibernate.exception.ConstraintViolationException) {
                    return true;
                }
            }
        }
        return false;
    }

    @Transactional
    Optional<Filed> replay(Actor actor, IdempotencyKey idempotencyKey, String requestSha256) {
        return idempotency.earlier(actor.subject(), IDEMPOTENCY_SCOPE, idempotencyKey, requestSha256)
                .map(id -> new Filed(Long.parseLong(id), true));
    }

    /** May the user file, is the brand suspended, and what are the brand's name and the right's register details. */
    public Grounds grounds(Actor actor, long brandId, long rightId) {
        authorities.requireMayFile(actor, brandId, rightId);
        trust.requireMayFile(readRecord(brandId));
        if (actor.email() == null || actor.email().isBlank()) {
            throw Refusal.forbidden("submitter", "Your account has no e-mail address; a notice must name how to reach you.");
        }
        // The user may act on the right (just confirmed): the brand's name and the right's register details are
        // the same for everyone, and are kept as long as an authority answer is.
        return groundsCache.get(new GroundsKey(brandId, rightId), clock.instant(), rules.authorityCacheFor(),
                () -> askGrounds(actor, brandId, rightId));
    }

    private record GroundsKey(long brandId, long rightId) {
    }

    private final ExpiringCache<GroundsKey, Grounds> groundsCache = new ExpiringCache<>();

    private Grounds askGrounds(Actor actor, long brandId, long rightId) {
        try {
            // Read as complaint-service itself: the filer was just found to act on the right, and an API client has
            // no portal session to read it with.
            PortalRestClient.Grounds grounds = portal.grounds(brandId, rightId)
                    .orElseThrow(() -> Refusal.forbidden("rightId", "Right " + rightId + " is not a right of brand " + brandId + "."));
            return new Grounds(grounds.brandName(), grounds.right());
        } catch (WebApplicationException | ProcessingException | CircuitBreakerOpenException | TimeoutException e) {
            throw new Refusal(Refusal.Kind.UNAVAILABLE, null, "portal-service did not answer for brand " + brandId + "; try again shortly.");
        }
    }

    @Transactional
    BrandRecord readRecord(long brandId) {
        return BrandRecord.read(brandId);
    }

    /** The listing now, with its snapshot checked against its hash; empty when merchant-service has no such listing. */
    public Optional<ListingSnapshot> resolve(String reference) {
        try {
            return verified(merchants.listing(reference));
        } catch (WebApplicationException | ProcessingException | CircuitBreakerOpenException | TimeoutException e) {
            throw new Refusal(Refusal.Kind.UNAVAILABLE, null, "merchant-service did not answer; the notice was not filed.");
        }
    }

    /** A listing whose snapshot matches the hash merchant-service gave with it; anything else counts as none. */
    private static Optional<ListingSnapshot> verified(Optional<ListingSnapshot> found) {
        return found.filter(l -> l.snapshot() != null && sha256(l.snapshot()).equals(l.snapshotSha256()));
    }

    /** Many listings in one call to merchant-service, as {@link #resolve} each; for bulk jobs. */
    public List<Optional<ListingSnapshot>> resolveAll(List<String> references) {
        try {
            return merchants.listings(references).stream().map(Intake::verified).toList();
        } catch (WebApplicationException | ProcessingException | CircuitBreakerOpenException | TimeoutException e) {
            throw new Refusal(Refusal.Kind.UNAVAILABLE, null, "merchant-service did not answer; the rows stay pending.");
        }
    }

    /**
     * The brand's live (pending or accepted) items for these listings, by listing id: one query for many listings.
     * The statuses are written out as the partial index {@code complaint_item_live} names them, never bound: a
     * prepared statement's generic plan cannot prove a bound status list implies the index's condition, and reads
     * every item of the brand instead (a notice then costs more with every item the brand has filed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, Long> liveItems(long brandId, java.util.Collection<Long> listingIds) {
        Map<Long, Long> live = new java.util.HashMap<>();
        if (listingIds.isEmpty()) {
            return live;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ComplaintItem.getEntityManager().createNativeQuery("SELECT listing_id, id FROM complaint_item"
                + " WHERE brand_id = :brand AND listing_id IN (:listings) AND status IN ('PENDING', 'ACCEPTED')")
                .setParameter("brand", brandId).setParameter("listings", listingIds).getResultList();
        rows.forEach(row -> live.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return live;
    }

    @Transactional
    Filed write(Actor actor, Notice notice, Grounds grounds, List<ListingSnapshot> listings,
            IdempotencyKey idempotencyKey, String requestSha256) {
        FastTrack.Decision decision = fastTrack.forNotice(notice.brandId(), notice.infringementType());
        trust.requireMayFile(decision.record());
        Complaint complaint = newComplaint(actor, notice.brandId(), notice.rightId(), notice.infringementType(),
                notice.explanation(), grounds, decision.channel());
        complaint.persist();
        idempotency.remember(actor.subject(), IDEMPOTENCY_SCOPE, idempotencyKey, requestSha256, complaint.id);
        Instant now = complaint.filedAt;
        for (String url : notice.evidenceUrls()) {
            evidence(complaint, ComplaintEvidence.URL, url, now);
        }
        for (String order : notice.testPurchaseOrders()) {
            evidence(complaint, ComplaintEvidence.TEST_PURCHASE, order, now);
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Map<Long, Long> live = liveItems(notice.brandId(), listings.stream().map(ListingSnapshot::id).toList());
        List<ComplaintItem> items = new java.util.ArrayList<>(listings.size());
        for (ListingSnapshot listing : listings) {
            items.add(addItem(complaint, decision, listing, seen, live));
        }
        List<ComplaintItem> removed = removals(items);
        takedowns.orderAll(complaint, removed, true);
        figures.filed(complaint, items, true);
        told.received(complaint, items.size(), removed.size());
        events.decided(complaint, removed, true);
        return new Filed(complaint.id, false);
    }

    Complaint newComplaint(Actor actor, long brandId, long rightId, InfringementType type, String explanation,
            Grounds grounds, Channel channel) {
        Complaint c = new Complaint();
        c.brandId = brandId;
        c.brandName = grounds.brandName();
        c.rightId = rightId;
        c.rightType = grounds.right().type();
        c.rightOffice = grounds.right().office();
        c.rightRegistrationNumber = grounds.right().registrationNumber();
        c.rightMark = grounds.right().mark();
        c.infringementType = type;
        c.explanation = explanation.strip();
        c.submitterSubject = actor.subject();
        c.submitterUsername = actor.username();
        c.submitterEmail = actor.email();
        c.submitterClient = actor.client();
        c.goodFaith = true;
        c.accurate = true;
        c.channel = channel;
        c.filedAt = clock.instant();
        return c;
    }

    static void evidence(Complaint complaint, String kind, String reference, Instant at) {
        ComplaintEvidence e = new ComplaintEvidence();
        e.complaintId = complaint.id;
        e.kind = kind;
        e.reference = reference.strip();
        e.addedAt = at;
        e.persist();
    }

    /** The items of {@link #addItem} the fast track accepted: their takedowns go to {@link Takedowns#orderAll}. */
    public static List<ComplaintItem> removals(List<ComplaintItem> items) {
        return items.stream().filter(i -> i.status == ItemStatus.ACCEPTED && FastTrack.DECIDER.equals(i.decidedBy))
                .toList();
    }

    /**
     * One listing of a complaint; the caller orders the takedowns of the items the fast track accepted
     * ({@link #removals}) and reports the items it adds to {@link ItemFigures#filed}. A listing
     * already removed, already named earlier in this complaint, or live in another complaint of the brand
     * ({@code live}, from {@link #liveItems}, by listing id) is a DUPLICATE. Should two filings of the brand name one
     * listing at once, the unique index of live items refuses the second.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ComplaintItem addItem(Complaint complaint, FastTrack.Decision decision, ListingSnapshot listing,
            Set<Long> seen, Map<Long, Long> live) {
        // A single notice's items share its filing instant; a bulk job's items count from when each is filed.
        Instant now = complaint.bulkJobId == null ? complaint.filedAt : clock.instant();
        ComplaintItem item = new ComplaintItem();
        item.complaintId = complaint.id;
        item.brandId = complaint.brandId;
        item.infringementType = complaint.infringementType;
        item.listingId = listing.id();
        item.listingUrl = listing.url();
        item.listingTitle = listing.title();
        item.listingPrice = listing.price();
        item.listingCurrency = listing.currency();
        item.listingStatus = listing.status();
        item.sellerMerchantId = listing.seller().merchantId();
        item.sellerName = listing.seller().name();
        item.snapshot = listing.snapshot();
        item.snapshotSha256 = listing.snapshotSha256();
        item.snapshotAt = now;
        // The decision's channel: a bulk job's chunk may have lost the fast track its upload (the complaint) was given.
        item.channel = decision.channel();
        item.createdAt = now;
        item.deadline = now.plus(rules.reviewDeadline());
        Long liveItem = live.get(listing.id());
        if ("REMOVED".equals(listing.status()) || !seen.add(listing.id()) || liveItem != null) {
            item.status = ItemStatus.DUPLICATE;
            item.duplicateOf = liveItem;
            item.persist();
            return item;
        }
        if (decision.channel() == Channel.FAST_TRACK) {
            item.status = ItemStatus.ACCEPTED;
            item.decidedAt = now;
            item.decidedBy = FastTrack.DECIDER;
            item.severitySource = io.markguard.complaint.SeveritySource.FAST_TRACK;
            item.spotCheck = decision.nextIsSpotCheck();
            item.persist();
        } else {
            item.status = ItemStatus.PENDING;
            item.persist();
        }
        return item;
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
