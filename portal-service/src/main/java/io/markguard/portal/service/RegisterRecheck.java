package io.markguard.portal.service;

import io.markguard.platform.outbox.Outbox;
import io.markguard.portal.Brand;
import io.markguard.portal.IpRight;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.config.PortalConfig;
import io.markguard.portal.outbox.BrandMailRoute;
import io.markguard.portal.registry.TrademarkRegistries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Verified rights stay true: every verified right is compared with the register again once its {@code next_check_at}
 * comes (expiry, cancellation, another owner), and suspended when the register no longer bears it out. The brand is
 * told by mail (through the outbox, after commit) and on its page; complaint-service asks portal-service who may
 * file on every notice, so a suspended right files nothing more, on the fast track or off it.
 *
 * <p>Safe on every replica: each batch claims due rights with {@code FOR UPDATE SKIP LOCKED} along the partial index
 * {@code ip_right_recheck}, so two replicas never check one right at once and a run reads a bounded batch, never
 * every right.
 */
@ApplicationScoped
public class RegisterRecheck {

    private static final Logger LOG = Logger.getLogger(RegisterRecheck.class);

    public record Run(int checked, int suspended) {
    }

    private record Batch(int checked, int suspended) {
    }

    @Inject
    EntityManager em;

    @Inject
    PortalDecisionLog decisionLog;

    @Inject
    TrademarkRegistries registries;

    @Inject
    PortalConfig config;

    @Inject
    CaseTrail trail;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Scheduled(identity = "register-recheck", every = "${markguard.jobs.register-recheck-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Run run = runDue();
        if (run.suspended() > 0) {
            LOG.infof("Register re-check: %d rights checked, %d suspended", run.checked(), run.suspended());
        }
    }

    /** Every right due now, a batch per transaction, up to the configured number of batches. */
    @ActivateRequestContext
    public Run runDue() {
        Instant asOf = clock.instant();
        int checked = 0;
        int suspended = 0;
        for (int i = 0; i < config.registerRecheck().maxBatches(); i++) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> checkBatch(asOf));
            checked += batch.checked();
            suspended += batch.suspended();
            if (batch.checked() < config.registerRecheck().batchSize()) {
                break;
            }
        }
        return new Run(checked, suspended);
    }

    private Batch checkBatch(Instant asOf) {
        @SuppressWarnings("unchecked")
        List<IpRight> due = em.createNativeQuery("""
                SELECT * FROM ip_right WHERE status = 'VERIFIED' AND next_check_at <= ?1
                ORDER BY next_check_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", IpRight.class)
                .setParameter(1, asOf).setParameter(2, config.registerRecheck().batchSize()).getResultList();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int suspended = 0;
        for (IpRight right : due) {
            var entry = registries.find(right.office, right.registrationNumber);
            RegisterStanding.Finding finding = RegisterStanding.forRecheck(entry, right.expiresOn, right.registerOwner, today);
            right.registerCheckedAt = now;
            if (finding.live()) {
                if (right.registerOwner == null && entry.isPresent()) {
                    // Verified before the owner was kept: what the register says now is what later checks compare with.
                    right.registerOwner = entry.get().owner();
                }
                right.nextCheckAt = now.plus(config.registerRecheck().interval());
            } else {
                suspend(right, finding, now);
                suspended++;
            }
        }
        return new Batch(due.size(), suspended);
    }

    private void suspend(IpRight right, RegisterStanding.Finding finding, Instant now) {
        right.status = IpRight.Status.SUSPENDED;
        right.suspendedAt = now;
        right.suspensionReason = finding.verdict().name();
        right.suspensionDetail = finding.detail();
        decisionLog.rightSuspended(right, now);
        Brand brand = Brand.findById(right.brandId);
        VerificationCase.<VerificationCase>find("rightId = ?1 and status = ?2 order by id desc", right.id,
                VerificationCase.Status.VERIFIED).firstResultOptional()
                .ifPresent(verified -> trail.record(verified, Actor.SYSTEM, "SUSPENDED", finding.verdict().name()
                        + (finding.detail() == null ? "" : ": " + finding.detail())));
        BrandStatus.refresh(brand);
        if (right.verifiedContact != null) {
            BrandMailRoute.Suspension notice = new BrandMailRoute.Suspension(right.id, right.verifiedContact, brand.name,
                    right.office + " " + right.registrationNumber + " (" + right.mark + ")", finding.verdict().name(),
                    finding.detail());
            outbox.enqueue(BrandMailRoute.DESTINATION, "right-" + right.id + "-suspended-" + now.toEpochMilli(), notice);
        }
        LOG.infof("Right %d of brand %d suspended: the register says %s", right.id, right.brandId, finding);
    }
}
