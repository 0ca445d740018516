package io.markguard.portal.notify;

import io.markguard.platform.mail.MailDelivery;
import io.markguard.platform.outbox.OutboxRoute;
import io.markguard.portal.InboxEntry;
import io.markguard.portal.config.NotificationRules;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** The mail of an inbox entry, rendered in the reader's language when it was filed; on delivery the entry is marked mailed. */
@ApplicationScoped
public class NotificationMailRoute implements OutboxRoute {

    public static final String DESTINATION = "notification-mail";

    @Inject
    MailDelivery mails;

    @Inject
    NotificationRules rules;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) {
        Inbox.Mail mail = mails.notice(message, Inbox.Mail.class);
        mails.send(Mail.withText(mail.to(), mail.subject(), mail.body()).setFrom(rules.mailFrom()));
        return null;
    }

    @Override
    public void delivered(Message message, Object answer, Instant at) {
        InboxEntry.update("mailedAt = ?1 where id = ?2", at, mails.notice(message, Inbox.Mail.class).entryId());
    }
}
