package io.markguard.platform.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.outbox.OutboxRoute;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends mail through the mail server, mostly for outbox routes: a route reads its notice ({@link #notice}), renders
 * it into a {@link Mail} in its own words and languages, and hands it here. A failure is thrown, so the relay counts
 * the message as not delivered and tries it again after its backoff. A service that uses it depends on
 * quarkus-mailer.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    @Inject
    Mailer mailer;

    @Inject
    ObjectMapper json;

    /** The notice a message carries, as the route wrote it; a payload that does not read is never delivered. */
    public <N> N notice(OutboxRoute.Message message, Class<N> type) {
        try {
            return json.readValue(message.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + message.destination() + " message " + message.idempotencyKey(), e);
        }
    }

    /** Sends once; a failure is thrown. */
    public void send(Mail mail) {
        mailer.send(mail);
    }

    /**
     * Sends, and once more on a new connection if the first try fails: a server may drop a connection between two
     * mails, and the relay's own retry comes only after its backoff.
     */
    public void sendWithSecondTry(Mail mail) {
        try {
            mailer.send(mail);
        } catch (RuntimeException first) {
            LOG.warnf("Sending a mail to %s failed (%s); trying once more", mail.getTo(), first.toString());
            mailer.send(mail);
        }
    }
}
