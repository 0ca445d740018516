package io.markguard.complaint.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.client.MerchantClient;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Retractions to merchant-service: the brand took an item back, so its removal and violation are undone once. */
@ApplicationScoped
public class MerchantRetractionRoute implements OutboxRoute {

    public static final String DESTINATION = "merchant-retraction";

    @Inject
    MerchantClient merchants;

    @Inject
    ObjectMapper json;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) {
        return merchants.retract(message.payload());
    }

    /** After the item's takedown, never beside it. */
    @Override
    public Optional<String> orderingKey(String payload) {
        return Optional.of(MerchantTakedownRoute.itemOrder(json, payload));
    }
}
