package io.markguard.merchant.service;

import io.markguard.merchant.LedgerStatus;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.PenaltyPolicy;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Lapses points and sanctions whose expiry has passed. One set-based UPDATE keyed on the expiry time:
 * with several replicas running it at once, each row changes once and a repeat changes nothing. The ledger's
 * counters need no change for a lapse (they count by expiry day, and today's violations are read one by one);
 * their rows of days gone by are dropped here.
 */
@ApplicationScoped
public class StandingExpiry {

    private static final Logger LOG = Logger.getLogger(StandingExpiry.class);

    public record Expired(int violations, int sanctions) {
    }

    @Inject
    Clock clock;

    @Inject
    LedgerCounters counters;

    @Inject
    PenaltyPolicy policy;

    @Scheduled(identity = "standing-expiry", every = "${markguard.jobs.expiry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Expired expired = expireDue();
        if (expired.violations() + expired.sanctions() > 0) {
            LOG.infof("Expired %d violations and %d sanctions", expired.violations(), expired.sanctions());
        }
    }

    @Transactional
    public Expired expireDue() {
        Instant now = clock.instant();
        int violations = Violation.update("status = ?1, endedAt = expiresAt, endReason = 'expired', endReasonCode = 'EXPIRED'"
                + " where status = ?2 and expiresAt <= ?3", LedgerStatus.EXPIRED, LedgerStatus.ACTIVE, now);
        int sanctions = Sanction.update("status = ?1, endedAt = expiresAt, endReason = 'expired', endReasonCode = 'EXPIRED'"
                + " where status = ?2 and expiresAt is not null and expiresAt <= ?3",
                LedgerStatus.EXPIRED, LedgerStatus.ACTIVE, now);
        // Counter rows of days gone by and of brands out of the repeat-infringer window no longer count.
        counters.dropPast(now, now.minus(policy.repeatInfringer().window()));
        return new Expired(violations, sanctions);
    }
}
