package io.markguard.portal.outbox;

import io.markguard.platform.mail.MailDelivery;
import io.markguard.platform.outbox.OutboxRoute;
import io.markguard.portal.BrandInvitation;
import io.markguard.portal.config.InvitationRules;
import io.markguard.portal.service.Invitations;
import io.markguard.portal.web.OrgMessages;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Invitations to a brand, mailed after commit in the language the inviter chose for the invitee. */
@ApplicationScoped
public class InvitationMailRoute implements OutboxRoute {

    public static final String DESTINATION = "invitation-mail";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    MailDelivery mails;

    @Inject
    InvitationRules rules;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public Object send(Message outboxMessage) {
        Invitations.Mail mail = mails.notice(outboxMessage, Invitations.Mail.class);
        OrgMessages text = "zh-CN".equals(mail.language())
                ? MessageBundles.get(OrgMessages.class, Localized.Literal.of("zh-CN"))
                : MessageBundles.get(OrgMessages.class);
        String body = text.mail_invitation_body(mail.brandName(), text.member_role(mail.role()), mail.link(),
                TIME.format(mail.expiresAt()));
        Mail message = Mail.withText(mail.to(), text.mail_invitation_subject(mail.brandName()), body).setFrom(rules.mailFrom());
        mails.sendWithSecondTry(message);
        return null;
    }

    @Override
    public void delivered(Message message, Object answer, Instant at) {
        BrandInvitation.update("mailedAt = ?1 where id = ?2", at, mails.notice(message, Invitations.Mail.class).invitationId());
    }
}
