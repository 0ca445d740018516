package io.markguard.complaint.outbox;

import io.markguard.complaint.client.MerchantClient;
import io.markguard.platform.outbox.OutboxRoute;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A reviewer's upheld spot check of a fast-track takedown, to merchant-service, which keeps that reviewer off an
 * appeal against it. Written with the ordering key of the message that carried the takedown, so it follows it.
 */
@ApplicationScoped
public class MerchantSpotCheckRoute implements OutboxRoute {

    public static final String DESTINATION = "merchant-spot-check";

    /** The item's id as merchant-service knows it, and the reviewer's subject. */
    @RegisterForReflection
    public record SpotCheck(String complaintItemId, String checkedBy) {
    }

    @Inject
    MerchantClient merchants;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) {
        return merchants.spotChecked(message.payload());
    }
}
