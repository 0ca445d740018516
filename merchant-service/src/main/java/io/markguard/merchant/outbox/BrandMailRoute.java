package io.markguard.merchant.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.merchant.Appeal;
import io.markguard.merchant.service.BrandMail;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Appeal notices to the brand that complained, through the mail server. The filing merchant's answer shows
 * whether the brand was told, so the appeal's writer makes the first attempt itself once it has committed.
 */
@ApplicationScoped
public class BrandMailRoute implements OutboxRoute {

    public static final String DESTINATION = "brand-mail";

    @Inject
    BrandMail mail;

    @Inject
    ObjectMapper json;

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public FirstAttempt firstAttempt() {
        return FirstAttempt.BY_WRITER;
    }

    @Override
    public Object send(Message message) {
        mail.appealFiled(notice(message));
        return null;
    }

    @Override
    public void delivered(Message message, Object answer, Instant at) {
        Appeal.update("brandNotifiedAt = ?1 where id = ?2", at, notice(message).appealId());
    }

    private BrandMail.AppealNotice notice(Message message) {
        try {
            return json.readValue(message.payload(), BrandMail.AppealNotice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable brand notice " + message.idempotencyKey(), e);
        }
    }
}
