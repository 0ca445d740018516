package io.markguard.portal.outbox;

import io.markguard.platform.mail.MailDelivery;
import io.markguard.platform.outbox.OutboxRoute;
import io.markguard.portal.service.VerificationMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Mail to a brand about its rights (a suspended verification), sent once the change it reports has committed. */
@ApplicationScoped
public class BrandMailRoute implements OutboxRoute {

    public static final String DESTINATION = "brand-mail";

    /** The register no longer bears a verified right out: codes and parameters, rendered when the mail is sent. */
    public record Suspension(long rightId, String to, String brandName, String right, String reason, String detail) {
    }

    @Inject
    VerificationMail mail;

    @Inject
    MailDelivery mails;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message message) {
        mails.send(mail.suspension(mails.notice(message, Suspension.class)));
        return null;
    }
}
