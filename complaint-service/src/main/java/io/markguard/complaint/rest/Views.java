package io.markguard.complaint.rest;

import io.markguard.complaint.BulkJob;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintEvidence;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemMessage;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.service.Actor;
import io.markguard.platform.paging.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Response records: every time is an instant, and views with a deadline carry asOf, the server's now. */
public final class Views {

    private Views() {
    }

    public record Listing(long id, String url, String title, BigDecimal price, String currency, String statusAtIntake) {
    }

    public record Seller(long merchantId, String name) {
    }

    public record Item(long id, long complaintId, long brandId, String infringementType, Listing listing, Seller seller,
            String snapshotSha256, Instant snapshotAt, String status, String channel, Long duplicateOf,
            boolean spotCheck, Instant spotCheckedAt, Instant deadline, boolean breached, String claimedBy,
            Instant claimedAt, Instant claimExpiresAt, Instant decidedAt, String reasonCode, String reasonText,
            String severity, String severitySource, Instant takedownAppliedAt, Long violationId, Instant retractedAt,
            Instant reversedAt, String reversalReason, Instant asOf) {
    }

    public record Right(long id, String type, String office, String registrationNumber, String mark) {
    }

    /** Who filed: a person, or a brand's API client ({@code client}: its client id). */
    public record Submitter(String subject, String username, String client) {
    }

    public record Evidence(long id, String kind, String reference, String mediaType, Long sizeBytes, String sha256,
            Instant addedAt) {
    }

    /** The listing as merchant-service gave it at filing: its exact text (canonical JSON) and that text's SHA-256. */
    public record Snapshot(String text, String sha256, Instant takenAt) {
    }

    /** Who holds an item and until when; {@code live} while the claim has not lapsed. */
    public record Claim(String by, Instant at, Instant expiresAt, boolean live) {
    }

    /** The notice an item belongs to, as the reviewer decides on it. */
    public record Grounds(long id, long brandId, String brandName, Right right, String infringementType,
            String explanation, String channel, Submitter submitter, boolean goodFaith, boolean accurate, Instant filedAt,
            Long bulkJobId) {
    }

    /**
     * Everything a reviewer decides an item on: the item, its notice's grounds and explanation, the evidence (URLs and
     * documents) and the test purchases apart, the listing's snapshot at filing, and the claim.
     */
    public record ReviewItem(Item item, Grounds complaint, List<Evidence> evidence, List<Evidence> testPurchases,
            Snapshot snapshot, Claim claim, Instant asOf) {
    }

    public record Counts(int items, int pending, int accepted, int rejected, int duplicates, int retracted, int reversed) {
    }

    public record ComplaintView(long id, long brandId, String brandName, Right right, String infringementType,
            String explanation, String channel, Submitter submitter, boolean goodFaith, boolean accurate,
            Instant filedAt, Long bulkJobId, List<Evidence> evidence, Counts counts, List<Item> items,
            String itemsNextCursor, Instant asOf) {
    }

    public record ComplaintSummary(long id, long brandId, String brandName, String infringementType, String channel,
            Instant filedAt, Counts counts, Instant nextDeadline, Instant asOf) {
    }

    public record Message(long id, long itemId, String authorSide, String authorName, String body, Instant sentAt) {
    }

    /**
     * A bulk job; {@code complaintId} is the notice of the upload's own grounds, {@code notices} every notice its rows
     * went into (rows with grounds of their own make one each), that one first.
     */
    public record Job(long id, Long complaintId, long brandId, String format, String state, int totalRows,
            int processedRows, int filedRows, int duplicateRows, int refusedRows, int percent, Instant createdAt,
            Instant startedAt, Instant finishedAt, String failure, List<JobNotice> notices, Instant asOf) {
    }

    /** A notice of a bulk job and its rows so far. */
    public record JobNotice(long complaintId, int filedRows, int duplicateRows, int fastTrackRows) {
    }

    public record ReportRow(int row, String listing, String outcome, String field, String message, Long itemId) {
    }

    /**
     * The item as {@code viewer} may see it. A spot check is the reviewers' until it is decided: to anyone else (the
     * brand, the merchant) it reads as any other fast-track item, without the flag or the reviewer who claimed it.
     */
    static Item item(ComplaintItem i, Instant now, Actor viewer) {
        boolean hidden = i.spotCheck && i.spotCheckedAt == null && !viewer.staff();
        boolean breached = i.channel.name().equals("STANDARD") && i.status != ItemStatus.DUPLICATE
                && (i.decidedAt != null ? i.decidedAt.isAfter(i.deadline)
                        : i.status == ItemStatus.PENDING && now.isAfter(i.deadline));
        return new Item(i.id, i.complaintId, i.brandId, i.infringementType.name(),
                new Listing(i.listingId, i.listingUrl, i.listingTitle, i.listingPrice, i.listingCurrency, i.listingStatus),
                new Seller(i.sellerMerchantId, i.sellerName), i.snapshotSha256, i.snapshotAt, i.status.name(),
                i.channel.name(), i.duplicateOf, i.spotCheck && !hidden, i.spotCheckedAt, i.deadline, breached,
                hidden ? null : i.claimedBy, hidden ? null : i.claimedAt, hidden ? null : i.claimExpiresAt,
                i.decidedAt, i.reasonCode == null ? null : i.reasonCode.name(), i.reasonText,
                i.severity == null ? null : i.severity.name(), i.severitySource == null ? null : i.severitySource.name(),
                i.takedownAppliedAt,
                i.violationId, i.retractedAt, i.reversedAt, i.reversalReason, now);
    }

    /** The counts the complaint keeps of its items; nothing here reads the items. */
    static Counts counts(Complaint c) {
        return new Counts(c.pendingItems + c.acceptedItems + c.rejectedItems + c.duplicateItems + c.retractedItems
                + c.reversedItems, c.pendingItems, c.acceptedItems, c.rejectedItems, c.duplicateItems, c.retractedItems,
                c.reversedItems);
    }

    static Evidence evidence(ComplaintEvidence e) {
        return new Evidence(e.id, e.kind, e.reference, e.mediaType, e.sizeBytes, e.sha256, e.addedAt);
    }

    static ComplaintView complaint(Complaint c, List<ComplaintEvidence> evidence, Page<ComplaintItem> items, Instant now,
            Actor viewer) {
        return new ComplaintView(c.id, c.brandId, c.brandName,
                new Right(c.rightId, c.rightType, c.rightOffice, c.rightRegistrationNumber, c.rightMark),
                c.infringementType.name(), c.explanation, c.channel.name(),
                new Submitter(c.submitterSubject, c.submitterUsername, c.submitterClient), c.goodFaith, c.accurate, c.filedAt, c.bulkJobId,
                evidence.stream().map(Views::evidence).toList(), counts(c),
                items.items().stream().map(i -> item(i, now, viewer)).toList(), items.nextCursor(), now);
    }

    static ReviewItem review(ComplaintItem i, Complaint c, List<ComplaintEvidence> evidence, String snapshot, Instant now,
            Actor viewer) {
        return new ReviewItem(item(i, now, viewer),
                new Grounds(c.id, c.brandId, c.brandName,
                        new Right(c.rightId, c.rightType, c.rightOffice, c.rightRegistrationNumber, c.rightMark),
                        c.infringementType.name(), c.explanation, c.channel.name(),
                        new Submitter(c.submitterSubject, c.submitterUsername, c.submitterClient), c.goodFaith, c.accurate, c.filedAt,
                        c.bulkJobId),
                evidence.stream().filter(e -> !ComplaintEvidence.TEST_PURCHASE.equals(e.kind)).map(Views::evidence).toList(),
                evidence.stream().filter(e -> ComplaintEvidence.TEST_PURCHASE.equals(e.kind)).map(Views::evidence).toList(),
                new Snapshot(snapshot, i.snapshotSha256, i.snapshotAt),
                new Claim(i.claimedBy, i.claimedAt, i.claimExpiresAt, i.claimHolder(now) != null), now);
    }

    static ComplaintSummary summary(Complaint c, Instant now) {
        return new ComplaintSummary(c.id, c.brandId, c.brandName, c.infringementType.name(), c.channel.name(), c.filedAt,
                counts(c), c.nextDeadline, now);
    }

    static Message message(ItemMessage m) {
        return new Message(m.id, m.itemId, m.authorSide, m.authorName, m.body, m.sentAt);
    }

    static Job job(BulkJob j, List<io.markguard.complaint.BulkJobNotice> notices, Instant now) {
        int percent = j.totalRows == 0 ? 0 : (int) Math.floor(100.0 * j.processedRows / j.totalRows);
        return new Job(j.id, j.complaintId, j.brandId, j.format, j.state, j.totalRows, j.processedRows, j.filedRows,
                j.duplicateRows, j.refusedRows, percent, j.createdAt, j.startedAt, j.finishedAt, j.failure,
                notices.stream().map(n -> new JobNotice(n.complaintId, n.filedRows, n.duplicateRows, n.fastTrackRows)).toList(),
                now);
    }
}
