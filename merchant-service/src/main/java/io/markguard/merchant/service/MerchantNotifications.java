package io.markguard.merchant.service;

import io.markguard.merchant.Appeal;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.Violation;
import io.markguard.platform.outbox.OutboxMessage;
import jakarta.persistence.EntityManager;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Notifications;
import io.markguard.platform.notify.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * What merchant-service tells people, in the transaction of the change: the merchant's statement of reasons for
 * every measure (DSA Art. 17), and an appeal to the brand's members who may answer it and, as a receipt, to the
 * merchant. One notification per sanction is one outbox row, so a bulk fast-track takedown of thousands of listings
 * writes one row beside each sanction and nothing more.
 */
@ApplicationScoped
public class MerchantNotifications {

    public static final String APPEAL_FILED = "appeal-filed";

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void statementOfReasons(Sanction sanction) {
        notifications.tell(new Notification("sanction-" + sanction.id + "-statement",
                Recipient.person(sanction.merchant.subject, sanction.merchant.email), "statement-of-reasons",
                Map.of("sanctionId", String.valueOf(sanction.id), "measure", sanction.measure.name(),
                        "decidedAt", sanction.decidedAt.toString(), "appealUntil", sanction.appealDeadline.toString()),
                "/merchant/sanctions/" + sanction.id));
    }

    /**
     * The merchant's appeal: to the brand's members who may answer appeals (the user who filed the notice where the
     * brand is not one of the portal's), and a receipt to the merchant. Returns the outbox message of the brand's
     * notification, which the appeal's writer sends once it has committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long appealFiled(Appeal appeal) {
        Sanction sanction = appeal.sanction;
        Violation violation = sanction.violation;
        Map<String, String> params = Map.of("appealId", String.valueOf(appeal.id), "sanctionId", String.valueOf(sanction.id),
                "measure", sanction.measure.name(), "filedAt", appeal.filedAt.toString(),
                "answerBy", appeal.brandAnswerDeadline.toString(), "decisionBy", appeal.decisionDeadline.toString());
        String brandKey = "appeal-" + appeal.id + "-brand";
        Recipient brand = brandOf(violation);
        String brandPage = brand.brandId() == null ? "/appeals/" + appeal.id
                : "/brands/" + brand.brandId() + "/appeals/" + appeal.id;
        notifications.tell(new Notification(brandKey, brand, APPEAL_FILED, params, brandPage));
        notifications.tell(new Notification("appeal-" + appeal.id + "-received",
                Recipient.person(appeal.merchant.subject, appeal.merchant.email), "appeal-received", params,
                "/merchant/appeals/" + appeal.id));
        return em.createQuery("select m.id from OutboxMessage m where m.idempotencyKey = :key", Long.class)
                .setParameter("key", "notification-" + brandKey).getSingleResult();
    }

    /** The brand's members who may answer; the notice's filer where the brand id is not a portal brand's. */
    static Recipient brandOf(Violation violation) {
        try {
            return Recipient.brandMembers(Long.parseLong(violation.brandId.strip()), "ANSWER_APPEALS");
        } catch (NumberFormatException notThePortals) {
            return Recipient.person(violation.submitterSubject, violation.submitterEmail);
        }
    }
}
