package io.markguard.portal.notify;

import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.NotificationSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The portal's own notifications are filed in its inbox directly, as the other services' arrive through its API. */
@ApplicationScoped
public class LocalNotificationSink implements NotificationSink {

    @Inject
    Inbox inbox;

    @Override
    public void deliver(Notification notification) {
        inbox.file(notification);
    }
}
