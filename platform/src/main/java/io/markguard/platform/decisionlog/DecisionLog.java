package io.markguard.platform.decisionlog;

import io.markguard.decisionlog.Leaf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import org.hibernate.query.NativeQuery;

/**
 * Where a service records a decision for its public log: in the transaction that takes it, so the two commit
 * together. Recording is a plain insert into the intake, no lock shared by all decisions; the
 * {@link DecisionLogAppender} appends the intake to the tree in order. A key names one decision, so a decision
 * recorded twice (a retried request, a repeated message) is appended once.
 */
@ApplicationScoped
public class DecisionLog {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String key, Leaf leaf) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("a decision's key is 1 to 200 characters");
        }
        // Only the intake is written: naming its table spares the flush of every entity the transaction holds, which
        // a bulk job's chunk would otherwise pay once per decision.
        em.createNativeQuery("""
                insert into decision_log_intake (decision_key, kind, decided_at, leaf_json)
                values (:key, :kind, :decidedAt, :leaf) on conflict (decision_key) do nothing""")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("decision_log_intake")
                .setParameter("key", key)
                .setParameter("kind", leaf.kind())
                .setParameter("decidedAt", leaf.decidedAt().atOffset(ZoneOffset.UTC))
                .setParameter("leaf", leaf.text())
                .executeUpdate();
    }
}
