package io.markguard.merchant.outbox;

import io.markguard.merchant.Appeal;
import io.markguard.merchant.Violation;
import io.markguard.merchant.client.ComplaintEventClient;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Appeals filed, answered and decided, to complaint-service, which publishes them to the brand's webhooks (it keeps
 * the subscriptions). Each event has an id of its own, derived from what it tells of, so a repeat is published once.
 */
@ApplicationScoped
public class ComplaintBrandEventRoute implements OutboxRoute {

    public static final String DESTINATION = "complaint-brand-events";

    @Inject
    @RestClient
    ComplaintEventClient complaints;

    @Inject
    Outbox outbox;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) {
        complaints.report(message.payload());
        return null;
    }

    /**
     * Writes the event {@code type} ({@code appeal.filed}, {@code appeal.answered}, {@code appeal.decided}) of the
     * appeal in the caller's transaction; nothing for a takedown that no complaint-service item ordered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appeal(String type, Appeal appeal, Map<String, Object> facts) {
        Violation violation = appeal.sanction.violation;
        if (violation.complaintItemId == null || violation.complaintItemId.isBlank()) {
            return;
        }
        String key = "brand-event-" + type + "-appeal-" + appeal.id;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("appealId", String.valueOf(appeal.id));
        data.put("sanctionId", String.valueOf(appeal.sanction.id));
        data.put("measure", appeal.sanction.measure.name());
        data.putAll(facts);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", UUID.nameUUIDFromBytes(("merchant-service/" + key).getBytes(StandardCharsets.UTF_8)).toString());
        payload.put("type", type);
        payload.put("complaintItemId", violation.complaintItemId);
        payload.put("data", data);
        outbox.enqueue(DESTINATION, key, payload);
    }
}
