package io.markguard.complaint.service;

import io.markguard.complaint.MisuseReview;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemMessage;
import io.markguard.complaint.MisuseEvent;
import io.markguard.complaint.MisuseReview;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Notifications;
import io.markguard.platform.notify.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What complaint-service tells people, each in the transaction of the change it tells of: the notifier's receipt
 * for a notice (DSA Art. 16(4)) and each decision on its items (Art. 16(5)) to the user who filed it, a new message
 * in an item's thread to the other side, a review deadline about to pass to the reviewers, each misuse measure
 * (DSA Art. 23) to the brand.
 */
@ApplicationScoped
public class ComplaintNotifications {

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    /** The receipt of a filed notice; {@code removed} of its {@code items} were taken down at once on the fast track. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(Complaint complaint, int items, int removed) {
        notifications.tell(new Notification("complaint-" + complaint.id + "-receipt", filer(complaint), "notice-receipt",
                Map.of("complaintId", String.valueOf(complaint.id), "items", String.valueOf(items),
                        "removed", String.valueOf(removed), "filedAt", complaint.filedAt.toString()),
                "/complaints/" + complaint.id));
    }

    /** A reviewer's decision on an item, to the user who filed its notice; one notification per item and outcome. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(Complaint complaint, ComplaintItem item) {
        notifications.tell(new Notification("item-" + item.id + "-decided-" + item.status, filer(complaint), "item-decided",
                Map.of("complaintId", String.valueOf(complaint.id), "itemId", String.valueOf(item.id),
                        "outcome", item.status.name(), "decidedAt", decidedAt(item)),
                "/complaints/items/" + item.id));
    }

    /**
     * A message in an item's thread, to the other side: the merchant's users when the brand wrote, the brand's
     * members who may message when the merchant wrote.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void messaged(ComplaintItem item, ItemMessage message) {
        Map<String, String> params = Map.of("complaintId", String.valueOf(item.complaintId), "itemId", String.valueOf(item.id),
                "from", message.authorSide);
        String key = "item-message-" + message.id;
        if (ItemMessage.MERCHANT.equals(message.authorSide)) {
            notifications.tell(new Notification(key, Recipient.brandMembers(item.brandId, "MESSAGE"), "item-message", params,
                    "/complaints/items/" + item.id));
            return;
        }
        // The merchant's users, as merchant-service named them to this service; a merchant has one account.
        @SuppressWarnings("unchecked")
        List<String> merchants = em.createNativeQuery("SELECT subject FROM merchant_account WHERE merchant_id = ?1 LIMIT 5")
                .setParameter(1, item.sellerMerchantId).getResultList();
        for (String subject : merchants) {
            notifications.tell(new Notification(key + "-" + subject, Recipient.person(subject, null), "item-message", params,
                    "/merchant/complaints/" + item.id));
        }
    }

    /** A pending item whose review deadline is near, to every reviewer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineNear(long itemId, long complaintId, java.time.Instant deadline) {
        notifications.tell(new Notification("item-" + itemId + "-deadline-reminder", Recipient.staff("reviewer"),
                "review-deadline", Map.of("itemId", String.valueOf(itemId), "complaintId", String.valueOf(complaintId),
                        "deadline", deadline.toString()),
                "/review/complaints/items/" + itemId));
    }

    /** An open proposal to suspend a brand's filing whose deadline is near, to the reviewers. */
    public void misuseReviewDue(MisuseReview review) {
        notifications.tell(new Notification("misuse-review-" + review.id + "-deadline-reminder", Recipient.staff("reviewer"),
                "misuse-review-deadline", Map.of("reviewId", String.valueOf(review.id), "brand", brandLabel(review),
                        "deadline", review.deadline.toString()),
                "/review/misuse/" + review.id));
    }

    /** An open proposal past its deadline, to the administrators: someone has to see that a reviewer decides it. */
    public void misuseReviewOverdue(MisuseReview review) {
        notifications.tell(new Notification("misuse-review-" + review.id + "-overdue", Recipient.staff("admin"),
                "misuse-review-overdue", Map.of("reviewId", String.valueOf(review.id), "brand", brandLabel(review),
                        "deadline", review.deadline.toString()),
                "/review/misuse/" + review.id));
    }

    private static String brandLabel(MisuseReview review) {
        return review.brandName == null ? "#" + review.brandId : review.brandName;
    }

    /** The notification kind of each misuse event the brand is told of; a contest, the brand's own, is not told. */
    public static final Map<MisuseEvent.Kind, String> MISUSE_KINDS = Map.of(
            MisuseEvent.Kind.WARNING, "misuse-warning",
            MisuseEvent.Kind.SUSPENSION_PROPOSED, "misuse-suspension-proposed",
            MisuseEvent.Kind.SUSPENSION_CONFIRMED, "misuse-suspended",
            MisuseEvent.Kind.SUSPENSION_DECLINED, "misuse-suspension-declined",
            MisuseEvent.Kind.SUSPENSION_LIFTED, "misuse-lifted");

    /** The most of a reviewer's words a notification carries; the brand's trust page shows them whole. */
    static final int REVIEWER_WORDS = 1000;

    /**
     * A misuse measure, to the brand's members who may file for it (owners and co-owners among them) and to the
     * user who filed the notice that drew it ({@code filerSubject}, when known), under one key: a member who filed
     * it is told once. The event's figures go as values (shares as percentages), its reason as a code, its instants
     * as ISO-8601; the portal words them in each reader's language. The link is the brand's trust page, where the
     * brand reads its history and contests.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void misuse(MisuseEvent event, String brandName, String filerSubject, String filerEmail) {
        String kind = MISUSE_KINDS.get(event.kind);
        if (kind == null) {
            return;
        }
        Map<String, String> params = new HashMap<>(event.reasonParams);
        params.put("share", percent(event.reasonParams.get("share")));
        params.put("bar", percent(event.reasonParams.get("bar")));
        params.put("brand", brandName == null || brandName.isBlank() ? "#" + event.brandId : brandName);
        params.put("brandId", String.valueOf(event.brandId));
        params.put("reasonCode", event.reasonCode);
        if (event.actorRole == MisuseEvent.ActorRole.REVIEWER) {
            String words = event.statement == null ? "" : event.statement;
            params.put("reviewerReason", words.length() <= REVIEWER_WORDS ? words : words.substring(0, REVIEWER_WORDS) + "…");
        }
        // The filer first, with the address the notice names, delivered before the members: the portal may know no
        // address for an owner who filed through the API, and files the key for each person once, from the first.
        List<Recipient> to = new ArrayList<>(2);
        if (filerSubject != null && !filerSubject.isBlank()) {
            to.add(Recipient.person(filerSubject, filerEmail == null || filerEmail.isBlank() ? null : filerEmail));
        }
        to.add(Recipient.brandMembers(event.brandId, "FILE"));
        notifications.tell("misuse-event-" + event.id, to, kind, params, "/complaints/brands/" + event.brandId + "/trust");
    }

    /** A share of 0 to 1 as a percentage with at most one decimal ({@code 0.6667} → {@code 66.7}); empty stays empty. */
    static String percent(String share) {
        if (share == null || share.isBlank()) {
            return "";
        }
        return new BigDecimal(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** When the decision told of was taken: a spot check's when it overturned a fast-track takedown. */
    private static String decidedAt(ComplaintItem item) {
        java.time.Instant at = item.spotCheckedAt != null ? item.spotCheckedAt : item.decidedAt;
        return at == null ? "" : at.toString();
    }

    private static Recipient filer(Complaint complaint) {
        return Recipient.person(complaint.submitterSubject, complaint.submitterEmail);
    }
}
