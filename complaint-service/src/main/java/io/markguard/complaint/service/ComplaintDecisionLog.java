package io.markguard.complaint.service;

import io.markguard.complaint.Channel;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.MisuseEvent;
import io.markguard.decisionlog.DecisionKind;
import io.markguard.decisionlog.Leaf;
import io.markguard.platform.decisionlog.DecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What complaint-service's public decision log records of its decisions: ids and codes only, never a name, an
 * address, a listing's text or a free-text reason, since anyone may read the log.
 */
@ApplicationScoped
public class ComplaintDecisionLog {

    /** The misuse events that are measures (or the end of one); a proposal or a brand's statement is not. */
    static final Set<MisuseEvent.Kind> MEASURES = Set.of(MisuseEvent.Kind.WARNING,
            MisuseEvent.Kind.SUSPENSION_CONFIRMED, MisuseEvent.Kind.SUSPENSION_DECLINED,
            MisuseEvent.Kind.SUSPENSION_LIFTED);

    @Inject
    DecisionLog log;

    @Inject
    Clock clock;

    /** Key of an item's decision, for the pages that show where it stands in the log. */
    public static String itemDecidedKey(long itemId) {
        return "item-" + itemId + "-decided";
    }

    /** Key of a reviewer's spot check of a fast-track removal: a decision of its own, after the removal's. */
    public static String itemSpotCheckedKey(long itemId) {
        return "item-" + itemId + "-spot-checked";
    }

    /**
     * An item accepted or rejected, by a reviewer or by the fast track at filing; once per item. A reviewer's spot
     * check of a fast-track removal is a second leaf, of the outcome it reached (accepted: upheld; rejected:
     * overturned, the listing restored), so the log holds both the automated removal and what a person made of it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemDecided(ComplaintItem item) {
        DecisionKind kind = switch (item.status) {
            case ACCEPTED -> DecisionKind.ITEM_ACCEPTED;
            case REJECTED -> DecisionKind.ITEM_REJECTED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("brandId", String.valueOf(item.brandId));
        details.put("channel", item.channel == null ? null : item.channel.name());
        details.put("reasonCode", item.reasonCode == null ? null : item.reasonCode.name());
        details.put("infringementType", item.infringementType == null ? null : item.infringementType.name());
        if (item.channel == Channel.FAST_TRACK && item.spotCheckedAt != null) {
            details.put("spotCheck", item.status == ItemStatus.ACCEPTED ? "UPHELD" : "OVERTURNED");
            log.record(itemSpotCheckedKey(item.id), Leaf.decision(kind, at(item.spotCheckedAt), subject(item), details));
            return;
        }
        log.record(itemDecidedKey(item.id), Leaf.decision(kind, at(item.decidedAt), subject(item), details));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void itemRetracted(ComplaintItem item) {
        if (item.status != ItemStatus.RETRACTED) {
            return;
        }
        log.record("item-" + item.id + "-retracted", Leaf.decision(DecisionKind.RETRACTION, at(item.retractedAt),
                subject(item), Map.of("brandId", String.valueOf(item.brandId))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void misuseEvent(MisuseEvent event) {
        if (!MEASURES.contains(event.kind)) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measure", event.kind.name());
        details.put("reasonCode", event.reasonCode);
        details.put("policyVersion", event.policyVersion);
        details.put("effectiveFrom", event.effectiveFrom);
        details.put("effectiveUntil", event.effectiveUntil);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("brandId", String.valueOf(event.brandId));
        subject.put("misuseEventId", String.valueOf(event.id));
        subject.put("reviewId", event.reviewId == null ? null : String.valueOf(event.reviewId));
        log.record("misuse-event-" + event.id, Leaf.decision(DecisionKind.MISUSE_MEASURE, at(event.occurredAt),
                subject, details));
    }

    private static Map<String, Object> subject(ComplaintItem item) {
        return Map.of("complaintId", String.valueOf(item.complaintId), "itemId", String.valueOf(item.id));
    }

    private Instant at(Instant decidedAt) {
        return decidedAt == null ? clock.instant() : decidedAt;
    }
}
