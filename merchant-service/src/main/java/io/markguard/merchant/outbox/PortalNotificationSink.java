package io.markguard.merchant.outbox;

import io.markguard.merchant.Appeal;
import io.markguard.merchant.client.PortalNotificationClient;
import io.markguard.merchant.service.MerchantNotifications;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.NotificationSink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * merchant-service's notifications go to the portal, which keeps the inbox and mails them in each reader's language.
 * Once the portal has taken an appeal's notification to the brand, the appeal records when the brand was told.
 */
@ApplicationScoped
public class PortalNotificationSink implements NotificationSink {

    @RestClient
    PortalNotificationClient portal;

    @Inject
    Clock clock;

    @Override
    public void deliver(Notification notification) {
        portal.tell(notification);
        if (MerchantNotifications.APPEAL_FILED.equals(notification.kind()) && notification.params().containsKey("appealId")) {
            long appealId = Long.parseLong(notification.params().get("appealId"));
            QuarkusTransaction.requiringNew().run(() -> Appeal.update(
                    "brandNotifiedAt = ?1 where id = ?2 and brandNotifiedAt is null", clock.instant(), appealId));
        }
    }
}
