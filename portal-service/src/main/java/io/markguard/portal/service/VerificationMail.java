package io.markguard.portal.service;

import io.markguard.platform.mail.MailDelivery;
import io.markguard.portal.IpRight;
import io.markguard.portal.config.PortalConfig;
import io.markguard.portal.web.PortalMessages;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Verification mail to a brand, in English and Simplified Chinese: the one-time code (sent at once) and the
 * suspension of a verified right (rendered for the outbox).
 */
@ApplicationScoped
public class VerificationMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    MailDelivery mails;

    @Inject
    PortalConfig config;

    /** The mail saying the register no longer bears a verified right out; the outbox sends it. */
    public Mail suspension(io.markguard.portal.outbox.BrandMailRoute.Suspension notice) {
        PortalMessages en = MessageBundles.get(PortalMessages.class);
        PortalMessages zh = MessageBundles.get(PortalMessages.class, Localized.Literal.of("zh-CN"));
        String body = en.mail_suspended_body(notice.brandName(), notice.right(), en.right_suspension(notice.reason(), notice.detail()))
                + "\n\n---\n\n"
                + zh.mail_suspended_body(notice.brandName(), notice.right(), zh.right_suspension(notice.reason(), notice.detail()));
        return Mail.withText(notice.to(), en.mail_suspended_subject(notice.right()) + " / " + zh.mail_suspended_subject(notice.right()),
                body).setFrom(config.verification().mailFrom());
    }

    public void sendCode(String to, String brandName, IpRight right, String code, Instant expiresAt) {
        PortalMessages en = MessageBundles.get(PortalMessages.class);
        PortalMessages zh = MessageBundles.get(PortalMessages.class, Localized.Literal.of("zh-CN"));
        String what = right.office + " " + right.registrationNumber + " (" + right.mark + ")";
        String expiry = TIME.format(expiresAt);
        String body = en.mail_code_body(brandName, what, code, expiry) + "\n\n---\n\n" + zh.mail_code_body(brandName, what, code, expiry);
        Mail mail = Mail.withText(to, en.mail_code_subject(brandName) + " / " + zh.mail_code_subject(brandName), body)
                .setFrom(config.verification().mailFrom());
        mails.sendWithSecondTry(mail);
    }
}
