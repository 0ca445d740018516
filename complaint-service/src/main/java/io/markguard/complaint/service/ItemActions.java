package io.markguard.complaint.service;

import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemMessage;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.ReversalNotice;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What happens to an item after intake: the brand retracts it, the sides talk, an appeal reverses it. */
@ApplicationScoped
public class ItemActions {

    /** merchant-service's notice of an upheld appeal, field for field; read by hand, so registered for native images. */
    @RegisterForReflection
    public record Reversal(String type, String complaintItemId, Long listingId, Long merchantId, String brandId,
            Long appealId, Long sanctionId, List<Long> reversedSanctionIds, Instant decidedAt, String reason) {
    }

    public record Applied(ComplaintItem item, boolean replayed) {
    }

    @Inject
    ComplaintNotifications told;

    @Inject
    BrandEvents events;

    @Inject
    Takedowns takedowns;

    @Inject
    FastTrack fastTrack;

    @Inject
    ItemFigures figures;

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    /** A pending item is simply withdrawn; a taken-down listing is restored and its sanction reversed. Repeatable. */
    @Transactional
    public ComplaintItem retract(long itemId, String reason) {
        ComplaintItem item = ReviewQueue.locked(itemId);
        if (item.status == ItemStatus.RETRACTED) {
            return item;
        }
        Instant now = clock.instant();
        ItemFigures.Before before = figures.before(item);
        if (item.status == ItemStatus.PENDING) {
            item.status = ItemStatus.RETRACTED;
        } else if (item.status == ItemStatus.ACCEPTED) {
            item.status = ItemStatus.RETRACTED;
            takedowns.retract(item, reason);
        } else {
            throw Refusal.conflict("itemId", "Item " + itemId + " is " + item.status + " and cannot be retracted.");
        }
        item.retractedAt = now;
        item.retractionReason = reason;
        figures.retracted(item, before);
        fastTrack.reassess(item.brandId);
        events.retracted(io.markguard.complaint.Complaint.findById(item.complaintId), item);
        return item;
    }

    public static final String MESSAGES = "item-messages";
    public static final String LATEST_MESSAGES = "item-messages-latest";

    /** The item's thread, oldest first, {@code limit} at a time after the (sentAt, id) of the last one read. */
    @Transactional
    public Page<ItemMessage> messages(long itemId, int limit, Cursor after) {
        TypedQuery<ItemMessage> query = ItemMessage.getEntityManager().createQuery("from ItemMessage m where m.itemId = :item"
                + (after == null ? "" : " and (m.sentAt, m.id) > (:sentAt, :id)") + " order by m.sentAt, m.id",
                ItemMessage.class).setParameter("item", itemId);
        if (after != null) {
            query.setParameter("sentAt", after.instant(0)).setParameter("id", after.number(1));
        }
        List<ItemMessage> rows = query.setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, m -> m, m -> Cursor.after(MESSAGES, m.sentAt, m.id));
    }

    /**
     * The item's thread latest first, {@code limit} at a time before the (sentAt, id) of the last one read: the index
     * {@code item_message_thread} read backwards, so the latest page of a long thread costs what a short one does.
     */
    @Transactional
    public Page<ItemMessage> latestMessages(long itemId, int limit, Cursor before) {
        TypedQuery<ItemMessage> query = ItemMessage.getEntityManager().createQuery("from ItemMessage m where m.itemId = :item"
                + (before == null ? "" : " and (m.sentAt, m.id) < (:sentAt, :id)") + " order by m.sentAt desc, m.id desc",
                ItemMessage.class).setParameter("item", itemId);
        if (before != null) {
            query.setParameter("sentAt", before.instant(0)).setParameter("id", before.number(1));
        }
        List<ItemMessage> rows = query.setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, m -> m, m -> Cursor.after(LATEST_MESSAGES, m.sentAt, m.id));
    }

    @Transactional
    public ItemMessage post(long itemId, Actor actor, String side, String body, IdempotencyKey idempotencyKey) {
        String scope = "item-message:" + itemId;
        String fingerprint = idempotency.fingerprint(side + "\n" + body.strip());
        Optional<String> earlier = idempotency.earlier(actor.subject(), scope, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return ItemMessage.findById(Long.parseLong(earlier.get()));
        }
        ItemMessage m = new ItemMessage();
        m.itemId = itemId;
        m.authorSide = side;
        m.authorSubject = actor.subject();
        m.authorName = actor.username();
        m.body = body.strip();
        m.sentAt = clock.instant();
        m.persist();
        idempotency.remember(actor.subject(), scope, idempotencyKey, fingerprint, m.id);
        ComplaintItem item = ComplaintItem.findById(itemId);
        told.messaged(item, m);
        if (ItemMessage.MERCHANT.equals(side)) {
            events.messageReceived(io.markguard.complaint.Complaint.findById(item.complaintId), item, m);
        }
        return m;
    }

    /** An upheld appeal: the item counts as reversed in the brand's score. A repeated key applies once. */
    @Transactional
    public Applied reverse(String idempotencyKey, Reversal notice, String payload) {
        Optional<ReversalNotice> earlier = ReversalNotice.find("idempotencyKey", idempotencyKey).firstResultOptional();
        if (earlier.isPresent()) {
            return new Applied(ComplaintItem.findById(earlier.get().complaintItemId), true);
        }
        long itemId;
        try {
            itemId = Long.parseLong(notice.complaintItemId().strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("complaintItemId", "is not a complaint item of this service");
        }
        ComplaintItem item = ReviewQueue.locked(itemId);
        ReversalNotice record = new ReversalNotice();
        record.idempotencyKey = idempotencyKey;
        record.complaintItemId = itemId;
        record.appealId = notice.appealId();
        record.payload = payload.length() > 10_000 ? payload.substring(0, 10_000) : payload;
        record.receivedAt = clock.instant();
        record.persist();
        if (item.status == ItemStatus.ACCEPTED) {
            ItemFigures.Before before = figures.before(item);
            item.status = ItemStatus.REVERSED_ON_APPEAL;
            item.reversedAt = notice.decidedAt() == null ? record.receivedAt : notice.decidedAt();
            String reason = notice.reason() == null ? "Appeal upheld." : notice.reason();
            item.reversalReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            figures.reversedOnAppeal(item, before);
            fastTrack.reassess(item.brandId);
        }
        return new Applied(item, false);
    }
}
