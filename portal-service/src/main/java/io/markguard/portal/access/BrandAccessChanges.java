package io.markguard.portal.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.outbox.OutboxRoute;
import io.markguard.portal.client.BrandAccessChangeClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Who may act for a brand changed in this transaction (a member revoked, rescoped, added or made owner; a right
 * verified or suspended; the brand's status): complaint-service, which keeps portal-service's answers for a few
 * seconds, is told once the change commits and stops using what it held for the brand. A revocation takes effect
 * there when the message arrives, on every replica, rather than when the held answer runs out.
 */
@ApplicationScoped
public class BrandAccessChanges implements OutboxRoute {

    public static final String DESTINATION = "brand-access-change";

    @Inject
    Outbox outbox;

    @Inject
    @RestClient
    BrandAccessChangeClient complaints;

    @Inject
    ObjectMapper json;

    /** One message per change: a repeat only makes complaint-service ask again once more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(long brandId) {
        outbox.enqueue(DESTINATION, "brand-access-" + brandId + "-" + UUID.randomUUID(),
                new BrandAccessChangeClient.Change(brandId));
    }

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) throws Exception {
        complaints.changed(message.idempotencyKey(), json.readValue(message.payload(), BrandAccessChangeClient.Change.class));
        return null;
    }

}
