package io.markguard.merchant.outbox;

import io.markguard.merchant.client.ComplaintReversalClient;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Upheld appeals to complaint-service, so the brand's standing counts the reversal; a repeat applies once there. */
@ApplicationScoped
public class ComplaintReversalRoute implements OutboxRoute {

    public static final String DESTINATION = "complaint-service";

    @Inject
    @RestClient
    ComplaintReversalClient complaints;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) {
        complaints.reportReversal(message.idempotencyKey(), message.payload());
        return null;
    }
}
