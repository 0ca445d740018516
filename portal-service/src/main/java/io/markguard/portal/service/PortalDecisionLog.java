package io.markguard.portal.service;

import io.markguard.decisionlog.DecisionKind;
import io.markguard.decisionlog.Leaf;
import io.markguard.platform.decisionlog.DecisionLog;
import io.markguard.portal.IpRight;
import io.markguard.portal.VerificationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * What the portal's public decision log records of verification outcomes: a case decided (verified, rejected, sent
 * back for evidence) and a right the register re-check suspended; ids and codes only, since anyone may read the log.
 */
@ApplicationScoped
public class PortalDecisionLog {

    @Inject
    DecisionLog log;

    /** A case closed or sent back; a case may be sent back more than once, so the instant is part of the key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseDecided(VerificationCase verification, Instant at) {
        log.record("verification-" + verification.id + "-" + verification.status.name() + "-" + at.toEpochMilli(),
                Leaf.decision(DecisionKind.VERIFICATION_OUTCOME, at, Map.of("verificationId",
                        String.valueOf(verification.id), "rightId", String.valueOf(verification.rightId), "brandId",
                        String.valueOf(verification.brandId)), Map.of("outcome", verification.status.name(),
                        "method", verification.method == null ? "" : verification.method.name())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rightSuspended(IpRight right, Instant at) {
        log.record("right-" + right.id + "-suspended-" + at.toEpochMilli(), Leaf.decision(
                DecisionKind.VERIFICATION_OUTCOME, at, Map.of("rightId", String.valueOf(right.id), "brandId",
                        String.valueOf(right.brandId)), Map.of("outcome", "SUSPENDED", "reasonCode",
                        right.suspensionReason)));
    }
}
