package io.markguard.complaint.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.service.BrandEvents;
import io.markguard.complaint.client.MerchantClient;
import io.markguard.complaint.service.ComplaintMetrics;
import io.markguard.complaint.service.ItemFigures;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Several items' takedowns in one message (a bulk upload's chunk, a fast-track notice's listings), which
 * merchant-service applies in one transaction, each once by its complaint item. A takedown merchant-service
 * refuses in the batch (a listing it no longer has) goes on as a message of its own, with that route's retries and
 * dead letter, so one row never holds back the others.
 */
@ApplicationScoped
public class MerchantTakedownsRoute implements OutboxRoute {

    public static final String DESTINATION = "merchant-takedowns";

    private static final Logger LOG = Logger.getLogger(MerchantTakedownsRoute.class);

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

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Override
    public String destination() {
        return DESTINATION;
    }

    /**
     * The ordering key of the messages of one lane of a complaint ({@code Takedowns#orderAll}), which their items
     * keep as {@link ComplaintItem#takedownOrder} for their retractions.
     */
    public static String orderingKey(long complaintId, int lane) {
        return "takedowns-of-complaint-" + complaintId + "-lane-" + lane;
    }

    @Override
    public Object send(Message message) {
        return merchants.takeDownAll(message.payload());
    }

    @Override
    public void delivered(Message message, Object answer, Instant at) {
        ObjectNode batch;
        try {
            batch = (ObjectNode) json.readTree(message.payload());
        } catch (Exception e) {
            throw new IllegalStateException("Takedowns " + message.idempotencyKey() + " are not readable", e);
        }
        Map<Long, JsonNode> commands = new HashMap<>();
        batch.path("items").forEach(item -> {
            // The single takedown of this item: the fields the items share, with the item's own.
            ObjectNode single = batch.deepCopy();
            single.remove("items");
            single.setAll((ObjectNode) item);
            commands.put(Long.parseLong(item.path("complaintItemId").asText()), single);
        });
        Map<Long, Long> violations = new HashMap<>();
        Map<Long, Object> severities = new HashMap<>();
        if (answer instanceof Map<?, ?> fields && fields.get("results") instanceof List<?> results) {
            for (Object r : results) {
                if (r instanceof Map<?, ?> result && result.get("violationId") instanceof Number v) {
                    violations.put(Long.parseLong(String.valueOf(result.get("complaintItemId"))), v.longValue());
                    severities.put(Long.parseLong(String.valueOf(result.get("complaintItemId"))), result.get("severity"));
                }
            }
        }
        // Locked in id order, like every other change to an item, so the figures see each change alone and two
        // deliveries never wait on each other's items crosswise.
        List<ComplaintItem> items = em.createQuery("from ComplaintItem where id in :ids order by id", ComplaintItem.class)
                .setParameter("ids", commands.keySet()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<ComplaintItem> applied = new java.util.ArrayList<>(items.size());
        for (ComplaintItem item : items) {
            Long violation = violations.get(item.id);
            if (violation == null) {
                LOG.warnf("merchant-service refused the takedown of complaint item %d in %s; it goes on alone",
                        item.id, message.idempotencyKey());
                outbox.enqueue(MerchantTakedownRoute.DESTINATION, "takedown-" + item.id,
                        commands.get(item.id).toString(), item.takedownOrder);
                continue;
            }
            ItemFigures.Before before = figures.before(item);
            item.takedownAppliedAt = at;
            item.violationId = violation;
            MerchantTakedownRoute.severityApplied(item, severities.get(item.id));
            telemetry.takedownApplied(item.channel.name(), Duration.between(item.createdAt, at));
            figures.takedownApplied(item, before);
            applied.add(item);
        }
        if (!applied.isEmpty()) {
            events.takedownApplied(Complaint.findById(applied.get(0).complaintId), applied, at);
        }
    }
}
