package io.markguard.merchant.service;

import io.markguard.decisionlog.DecisionKind;
import io.markguard.decisionlog.Leaf;
import io.markguard.merchant.Appeal;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.TransparencySubmission;
import io.markguard.merchant.Violation;
import io.markguard.platform.decisionlog.DecisionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What merchant-service's public decision log records of its decisions: ids and codes only (no trader's name, no
 * listing's title or address, no free-text reason), since anyone may read the log.
 */
@ApplicationScoped
public class MerchantDecisionLog {

    @Inject
    DecisionLog log;

    /** Key of a sanction's decision, for the statement-of-reasons page that shows where it stands in the log. */
    public static String sanctionKey(long sanctionId) {
        return "sanction-" + sanctionId;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void takedownApplied(Violation violation) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("violationId", String.valueOf(violation.id));
        subject.put("complaintItemId", violation.complaintItemId);
        subject.put("listingId", String.valueOf(violation.listing.id));
        subject.put("merchantId", String.valueOf(violation.merchant.id));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("infringementType", violation.infringementType.name());
        details.put("severity", violation.severity.name());
        details.put("points", violation.points);
        details.put("reasonCode", violation.reasonCode == null ? null : String.valueOf(violation.reasonCode));
        details.put("policyVersion", violation.policyVersion);
        log.record("takedown-" + violation.id, Leaf.decision(DecisionKind.TAKEDOWN_APPLIED, violation.recordedAt,
                subject, details));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sanctionTaken(Sanction sanction) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measure", sanction.measure.name());
        details.put("clauseCode", sanction.clauseCode);
        details.put("automated", sanction.automatedDecision);
        details.put("policyVersion", sanction.policyVersion);
        log.record(sanctionKey(sanction.id), Leaf.decision(DecisionKind.SANCTION_TAKEN, sanction.decidedAt,
                subject(sanction), details));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sanctionReversed(Sanction sanction) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measure", sanction.measure.name());
        details.put("reasonCode", sanction.endReasonCode);
        log.record(sanctionKey(sanction.id) + "-reversed", Leaf.decision(DecisionKind.SANCTION_REVERSED,
                sanction.endedAt, subject(sanction), details));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appealDecided(Appeal appeal) {
        Map<String, Object> subject = new LinkedHashMap<>(subject(appeal.sanction));
        subject.put("appealId", String.valueOf(appeal.id));
        log.record("appeal-" + appeal.id + "-decided", Leaf.decision(DecisionKind.APPEAL_DECIDED, appeal.decidedAt,
                subject, outcome(appeal)));
    }

    /** The ledger marked the statement SUBMITTED: the EU Transparency Database holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void euSubmitted(TransparencySubmission row, Instant at) {
        log.record("eu-submission-" + row.puid, Leaf.decision(DecisionKind.EU_SUBMISSION, at,
                Map.of("sanctionId", String.valueOf(row.sanctionId), "puid", row.puid), Map.of()));
    }

    private static Map<String, Object> outcome(Appeal appeal) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", appeal.status.name());
        details.put("reasonCode", appeal.decisionReasonCode);
        return details;
    }

    private static Map<String, Object> subject(Sanction sanction) {
        return Map.of("sanctionId", String.valueOf(sanction.id), "merchantId", String.valueOf(sanction.merchant.id));
    }
}
