package io.markguard.complaint.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * How many times portal-service has said who may act for a brand changed ({@code brand_access_version}). An answer
 * {@link Authorities} holds is used only while the brand's version is the one it was asked under: one read by key
 * per question, and a change reaches every replica as soon as the message is received.
 */
@ApplicationScoped
public class BrandAccessVersions {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The brand's version now; 0 before any change was told. */
    @Transactional
    public long of(long brandId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT version FROM brand_access_version WHERE brand_id = ?1")
                .setParameter(1, brandId).getResultList();
        return rows.isEmpty() ? 0 : rows.get(0).longValue();
    }

    /** portal-service's message: the brand's held answers are not used again. A repeat only bumps once more. */
    @Transactional
    public long changed(long brandId) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO brand_access_version (brand_id, version, changed_at) VALUES (?1, 1, ?2)
                ON CONFLICT (brand_id) DO UPDATE SET version = brand_access_version.version + 1, changed_at = ?2
                RETURNING version""").setParameter(1, brandId).setParameter(2, clock.instant()).getSingleResult())
                .longValue();
    }
}
