package io.markguard.platform.notify;

import io.markguard.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Tells people what concerns them. A notification is written to the outbox in the caller's transaction, so it
 * leaves only once what it tells of has committed, and is delivered once per key however often the relay tries.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Notification notification) {
        outbox.enqueue(NotificationRoute.DESTINATION, "notification-" + notification.key(), notification);
    }

    /**
     * One notification to each of {@code to}, all under {@code key}: the portal files a key once per person, so a
     * person that several recipients name (a brand's member who also filed the notice told of) is told once, by the
     * first recipient that names them. They are delivered one after another in the order given (one ordering key),
     * so a recipient that carries an address can be put before one the portal expands.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(String key, List<Recipient> to, String kind, Map<String, String> params, String link) {
        for (int i = 0; i < to.size(); i++) {
            outbox.enqueue(NotificationRoute.DESTINATION, "notification-" + key + (i == 0 ? "" : "-" + i),
                    new Notification(key, to.get(i), kind, params, link), "notification-" + key);
        }
    }
}
