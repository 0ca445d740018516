package io.markguard.complaint.outbox;

import io.markguard.complaint.client.PortalNotificationClient;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.NotificationSink;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** complaint-service's notifications go to the portal, which keeps the inbox and mails them in each reader's language. */
@ApplicationScoped
public class PortalNotificationSink implements NotificationSink {

    @RestClient
    PortalNotificationClient portal;

    @Override
    public void deliver(Notification notification) {
        portal.tell(notification);
    }
}
