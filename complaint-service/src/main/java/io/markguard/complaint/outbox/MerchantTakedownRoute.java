package io.markguard.complaint.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.service.BrandEvents;
import io.markguard.complaint.client.MerchantClient;
import io.markguard.complaint.service.ComplaintMetrics;
import io.markguard.complaint.service.ItemFigures;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Takedown commands to merchant-service. merchant-service applies one per complaint item, so a command sent again
 * after a crash changes nothing there; its answer names the violation, which the item keeps.
 */
@ApplicationScoped
public class MerchantTakedownRoute implements OutboxRoute {

    public static final String DESTINATION = "merchant-takedown";

    @Inject
    MerchantClient merchants;

    @Inject
    ComplaintMetrics telemetry;

    @Inject
    ObjectMapper json;

    @Inject
    ItemFigures figures;

    @Inject
    BrandEvents events;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) {
        return merchants.takeDown(message.payload());
    }

    /**
     * An item's takedown goes before its retraction ({@link MerchantRetractionRoute}): merchant-service answers a
     * retraction of a takedown it has not recorded with 404, which would wait a retry.
     */
    @Override
    public Optional<String> orderingKey(String payload) {
        return Optional.of(itemOrder(json, payload));
    }

    /** The ordering key the takedown and the retraction of one item share. */
    static String itemOrder(ObjectMapper json, String payload) {
        try {
            return "complaint-item-" + json.readTree(payload).path("complaintItemId").asText();
        } catch (Exception e) {
            throw new IllegalStateException("Message " + payload + " names no complaint item", e);
        }
    }

    @Override
    public void delivered(Message message, Object answer, Instant at) {
        // Locked like every other change to an item, so the figures see it before and after this one alone.
        ComplaintItem item = ComplaintItem.getEntityManager().find(ComplaintItem.class, itemId(message),
                LockModeType.PESSIMISTIC_WRITE);
        ItemFigures.Before before = figures.before(item);
        item.takedownAppliedAt = at;
        telemetry.takedownApplied(item.channel.name(), Duration.between(item.createdAt, at));
        if (answer instanceof Map<?, ?> fields && fields.get("violationId") instanceof Number n) {
            item.violationId = n.longValue();
            severityApplied(item, fields.get("severity"));
        }
        figures.takedownApplied(item, before);
        events.takedownApplied(Complaint.findById(item.complaintId), java.util.List.of(item), at);
    }

    /** The severity merchant-service weighed: the reviewer's as sent, or the policy's default it applied. */
    static void severityApplied(ComplaintItem item, Object severity) {
        if (severity instanceof String name) {
            item.severity = io.markguard.complaint.Severity.valueOf(name);
        }
    }

    private long itemId(Message message) {
        try {
            return Long.parseLong(json.readTree(message.payload()).path("complaintItemId").asText());
        } catch (Exception e) {
            throw new IllegalStateException("Takedown " + message.idempotencyKey() + " names no complaint item", e);
        }
    }
}
