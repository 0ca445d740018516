package io.markguard.complaint.service;

import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.SeveritySource;
import io.markguard.complaint.config.IntakeRules;
import io.markguard.complaint.outbox.MerchantRetractionRoute;
import io.markguard.complaint.outbox.MerchantSpotCheckRoute;
import io.markguard.complaint.outbox.MerchantTakedownRoute;
import io.markguard.complaint.outbox.MerchantTakedownsRoute;
import io.markguard.platform.outbox.Outbox;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders the takedown and the retraction of an item's listing through the outbox. The takedowns one transaction
 * orders for several items (a fast-track notice or a bulk upload's chunk) go as one message per
 * {@link IntakeRules#takedownsPerMessage()} items, which merchant-service applies in one transaction; an item keeps
 * the ordering key of the message that carried its takedown, so its retraction is sent after that message.
 * merchant-service takes the locks of a message's merchants for the whole message, so two messages naming the same
 * merchants cannot be applied side by side: sent at once, they would only wait on each other there, each holding a
 * connection the upload's next lookup needs. So a complaint's items go in {@link IntakeRules#takedownLanes()} lanes
 * by seller: the messages of one lane go one after another, and the lanes, which share no merchant, side by side.
 */
@ApplicationScoped
public class Takedowns {

    /**
     * merchant-service's takedown command, field for field: {@code severity} the reviewer's choice (source REVIEWER,
     * naming {@code severityReviewer}), else empty and merchant-service's policy gives the default for the type and
     * {@code reasonCode} (POLICY_DEFAULT) or for the type (FAST_TRACK).
     * {@code decidedBy} is the item's decider (a reviewer's
     * subject, or {@link FastTrack#DECIDER}), whom merchant-service keeps from deciding the appeal against it;
     * {@code rightId} the complaint's right, by which a rights-scoped member sees the appeals.
     */
    @RegisterForReflection
    public record Takedown(String complaintItemId, long listingId, String brandId, String brandName,
            String submitterSubject, String submitterEmail, IpRight ipRight, String infringementType, String severity,
            String severitySource, String severityReviewer, String reasonCode, String channel,
            boolean automatedDetection, boolean automatedDecision, String explanation, Instant decidedAt,
            String decidedBy, long rightId) {
    }

    @RegisterForReflection
    public record IpRight(String office, String registrationNumber, String mark) {
    }

    /** {@code kind}: {@link #RETRACTED_BY_BRAND} or {@link #OVERTURNED_ON_REVIEW}; {@code reason} as a person wrote it. */
    @RegisterForReflection
    public record Retraction(String complaintItemId, String reason, String kind) {
    }

    public static final String RETRACTED_BY_BRAND = "RETRACTED_BY_BRAND";
    public static final String OVERTURNED_ON_REVIEW = "OVERTURNED_ON_REVIEW";

    /**
     * Takedowns of several items of one complaint, applied by merchant-service in one transaction, each once: what
     * the items share once, then each item's own fields. merchant-service reads each item as the {@link Takedown}
     * of these fields with the item's.
     */
    @RegisterForReflection
    public record Batch(String brandId, String brandName, String submitterSubject, String submitterEmail,
            IpRight ipRight, String infringementType, String severity, String severitySource, String channel,
            boolean automatedDetection, boolean automatedDecision, String explanation, long rightId,
            List<BatchItem> items) {
    }

    @RegisterForReflection
    public record BatchItem(String complaintItemId, long listingId, Instant decidedAt, String decidedBy) {
    }

    @Inject
    Outbox outbox;

    @Inject
    IntakeRules rules;

    /** The takedown of a fast-track item, weighing its type's default severity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void order(Complaint complaint, ComplaintItem item, boolean automatedDecision) {
        order(complaint, item, automatedDecision, null);
    }

    /** The takedown of an item with the severity it carries and who set it ({@code reviewer} by their user name). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void order(Complaint complaint, ComplaintItem item, boolean automatedDecision, String reviewer) {
        outbox.enqueue(MerchantTakedownRoute.DESTINATION, "takedown-" + item.id,
                command(complaint, item, automatedDecision, reviewer));
    }

    /** The takedowns of these items of one complaint, in as few messages as the batch size allows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderAll(Complaint complaint, List<ComplaintItem> items, boolean automatedDecision) {
        if (items.size() == 1) {
            order(complaint, items.getFirst(), automatedDecision);
            return;
        }
        // A lane per share of the merchants: messages of one lane go one after another, each lane beside the others.
        int lanes = rules.takedownLanes();
        Map<Integer, List<ComplaintItem>> byLane = new TreeMap<>();
        for (ComplaintItem item : items) {
            // Mixed first: merchant ids that share a residue (every other one, say) still spread over the lanes.
            int lane = Math.floorMod(Long.hashCode(item.sellerMerchantId * 0x9E3779B97F4A7C15L), lanes);
            byLane.computeIfAbsent(lane, k -> new ArrayList<>()).add(item);
        }
        int size = rules.takedownsPerMessage();
        byLane.forEach((lane, laneItems) -> {
            String order = MerchantTakedownsRoute.orderingKey(complaint.id, lane);
            for (int from = 0; from < laneItems.size(); from += size) {
                List<ComplaintItem> part = laneItems.subList(from, Math.min(laneItems.size(), from + size));
                for (ComplaintItem item : part) {
                    item.takedownOrder = order;
                }
                // The first item's id makes the idempotency key unique: an item is in one message only.
                outbox.enqueue(MerchantTakedownsRoute.DESTINATION, "takedowns-" + part.getFirst().id,
                        new Batch(String.valueOf(complaint.brandId), complaint.brandName, complaint.submitterSubject,
                                complaint.submitterEmail,
                                new IpRight(complaint.rightOffice, complaint.rightRegistrationNumber, complaint.rightMark),
                                complaint.infringementType.name(), null, SeveritySource.FAST_TRACK.name(),
                                part.getFirst().channel.name(), false,
                                automatedDecision, complaint.explanation, complaint.rightId, part.stream()
                                        .map(item -> new BatchItem(item.complaintItemId(), item.listingId, item.decidedAt,
                                                item.decidedBy))
                                        .toList()),
                        order);
            }
        });
    }

    private static Takedown command(Complaint complaint, ComplaintItem item, boolean automatedDecision,
            String reviewer) {
        SeveritySource source = item.severitySource == null ? SeveritySource.FAST_TRACK : item.severitySource;
        return new Takedown(item.complaintItemId(), item.listingId, String.valueOf(complaint.brandId),
                complaint.brandName, complaint.submitterSubject, complaint.submitterEmail,
                new IpRight(complaint.rightOffice, complaint.rightRegistrationNumber, complaint.rightMark),
                complaint.infringementType.name(), item.severity == null ? null : item.severity.name(), source.name(),
                source == SeveritySource.REVIEWER ? reviewer : null,
                item.reasonCode == null ? null : item.reasonCode.name(), item.channel.name(), false, automatedDecision,
                complaint.explanation, item.decidedAt, item.decidedBy, complaint.rightId);
    }

    /** A reviewer upheld the item's fast-track takedown; told to merchant-service after the message that carried it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spotChecked(ComplaintItem item, String reviewer) {
        outbox.enqueue(MerchantSpotCheckRoute.DESTINATION, "spot-check-" + item.id,
                new MerchantSpotCheckRoute.SpotCheck(item.complaintItemId(), reviewer), item.takedownOrder);
    }

    /** After the message that carried the item's takedown, whichever it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retract(ComplaintItem item, String reason) {
        retract(item, reason, RETRACTED_BY_BRAND);
    }

    /** As {@link #retract(ComplaintItem, String)}, saying why: the brand's retraction or a review's overturn. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retract(ComplaintItem item, String reason, String kind) {
        outbox.enqueue(MerchantRetractionRoute.DESTINATION, "retraction-" + item.id,
                new Retraction(item.complaintItemId(), reason.length() > 1900 ? reason.substring(0, 1900) : reason,
                        kind),
                item.takedownOrder);
    }
}
