package io.markguard.complaint.service;

import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.outbox.MerchantRetractionRoute;
import io.markguard.complaint.outbox.MerchantTakedownRoute;
import io.markguard.platform.outbox.Outbox;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Orders the takedown and the retraction of an item's listing through the outbox. */
@ApplicationScoped
public class Takedowns {

    /** merchant-service's takedown command, field for field. */
    @RegisterForReflection
    public record Takedown(String complaintItemId, long listingId, String brandId, String brandName,
            String submitterSubject, String submitterEmail, IpRight ipRight, String infringementType, String severity,
            String channel, boolean automatedDetection, boolean automatedDecision, String explanation,
            Instant decidedAt) {
    }

    @RegisterForReflection
    public record IpRight(String office, String registrationNumber, String mark) {
    }

    @RegisterForReflection
    public record Retraction(String complaintItemId, String reason) {
    }

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void order(Complaint complaint, ComplaintItem item, boolean automatedDecision) {
        Takedown command = new Takedown(item.complaintItemId(), item.listingId, String.valueOf(complaint.brandId),
                complaint.brandName, complaint.submitterSubject, complaint.submitterEmail,
                new IpRight(complaint.rightOffice, complaint.rightRegistrationNumber, complaint.rightMark),
                complaint.infringementType.name(), null, item.channel.name(), false, automatedDecision,
                complaint.explanation, item.decidedAt);
        outbox.enqueue(MerchantTakedownRoute.DESTINATION, "takedown-" + item.id, command);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void retract(ComplaintItem item, String reason) {
        outbox.enqueue(MerchantRetractionRoute.DESTINATION, "retraction-" + item.id,
                new Retraction(item.complaintItemId(), reason.length() > 1900 ? reason.substring(0, 1900) : reason));
    }
}
