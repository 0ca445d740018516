package io.markguard.platform.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Hands committed notifications to the service's {@link NotificationSink}; one the sink refuses is tried again. */
@ApplicationScoped
public class NotificationRoute implements OutboxRoute {

    public static final String DESTINATION = "notification";

    @Inject
    Instance<NotificationSink> sinks;

    @Inject
    ObjectMapper json;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) throws Exception {
        if (!sinks.isResolvable()) {
            throw new IllegalStateException("No notification sink in this service");
        }
        sinks.get().deliver(json.readValue(message.payload(), Notification.class));
        return null;
    }
}
