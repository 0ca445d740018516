package io.markguard.merchant.service;

import io.markguard.merchant.config.AppealRules;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Tells the brand that filed a complaint that the merchant appealed, and by when it may answer. */
@ApplicationScoped
public class BrandMail {

    /** What the mail says, read inside the transaction that filed the appeal. */
    public record AppealNotice(long appealId, String to, String brandName, long listingId, String listingTitle,
            String merchantName, String measure, String explanation, List<String> evidence, Instant answerBy,
            Instant decisionBy) {
    }

    @Inject
    Mailer mailer;

    @Inject
    AppealRules rules;

    public void appealFiled(AppealNotice notice) {
        String body = """
                Dear %s,

                The merchant %s has appealed the sanction %s that followed your complaint against listing %d ("%s").

                The merchant's explanation:
                %s

                Evidence supplied (name, SHA-256):
                %s

                You may answer until %s: %s/appeals/%d (API: POST /api/appeals/%d/brand-answer).
                A reviewer will decide by %s.

                Markguard, on behalf of the marketplace
                """.formatted(notice.brandName(), notice.merchantName(), notice.measure(), notice.listingId(),
                notice.listingTitle(), notice.explanation(),
                notice.evidence().isEmpty() ? "(none)" : String.join("\n", notice.evidence()), notice.answerBy(),
                rules.portalUrl(), notice.appealId(), notice.appealId(), notice.decisionBy());
        mailer.send(Mail.withText(notice.to(),
                "Appeal " + notice.appealId() + " against your takedown of listing " + notice.listingId()
                        + ": answer by " + notice.answerBy(),
                body).setFrom(rules.mailFrom()));
    }
}
