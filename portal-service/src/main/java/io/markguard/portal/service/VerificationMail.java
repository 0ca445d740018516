package io.markguard.portal.service;

import io.markguard.portal.IpRight;
import io.markguard.portal.config.PortalConfig;
import io.markguard.portal.web.PortalMessages;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jboss.logging.Logger;

/** Mails a one-time code through the real SMTP server, in English and Simplified Chinese. */
@ApplicationScoped
public class VerificationMail {

    private static final Logger LOG = Logger.getLogger(VerificationMail.class);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    Mailer mailer;

    @Inject
    PortalConfig config;

    public void sendCode(String to, String brandName, IpRight right, String code, Instant expiresAt) {
        PortalMessages en = MessageBundles.get(PortalMessages.class);
        PortalMessages zh = MessageBundles.get(PortalMessages.class, Localized.Literal.of("zh-CN"));
        String what = right.office + " " + right.registrationNumber + " (" + right.mark + ")";
        String expiry = TIME.format(expiresAt);
        String body = en.mail_code_body(brandName, what, code, expiry) + "\n\n---\n\n" + zh.mail_code_body(brandName, what, code, expiry);
        Mail mail = Mail.withText(to, en.mail_code_subject(brandName) + " / " + zh.mail_code_subject(brandName), body)
                .setFrom(config.verification().mailFrom());
        try {
            mailer.send(mail);
        } catch (RuntimeException first) {
            // One more try on a new connection: a server may drop a connection between two mails.
            LOG.warnf("Sending the code to %s failed (%s); trying once more", to, first.toString());
            mailer.send(mail);
        }
    }
}
