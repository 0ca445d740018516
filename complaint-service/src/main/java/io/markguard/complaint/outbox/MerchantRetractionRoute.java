package io.markguard.complaint.outbox;

import io.markguard.complaint.client.MerchantClient;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Retractions to merchant-service: the brand took an item back, so its removal and violation are undone once. */
@ApplicationScoped
public class MerchantRetractionRoute implements OutboxRoute {

    public static final String DESTINATION = "merchant-retraction";

    @Inject
    MerchantClient merchants;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) {
        return merchants.retract(message.payload());
    }
}
