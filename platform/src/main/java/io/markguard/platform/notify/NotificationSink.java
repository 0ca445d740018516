package io.markguard.platform.notify;

/**
 * Where a service's notifications go once committed: the portal keeps the inbox and mails them, so the other
 * services hand them to the portal and the portal files its own. Receiving the same key twice must file it once.
 */
public interface NotificationSink {

    void deliver(Notification notification) throws Exception;
}
