package io.markguard.merchant.service;

import io.markguard.merchant.Merchant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** A user with the merchant role becomes a merchant the first time merchant-service sees them. */
@ApplicationScoped
public class MerchantEnrolment {

    @Inject
    Clock clock;

    /** The trader identity a merchant states (DSA Art. 30); {@code selfCertified} is its compliance pledge. */
    public record TraderIdentity(String legalName, String address, String phone, String email,
            String identityDocumentRef, String tradeRegisterNumber, boolean selfCertified) {
    }

    @Transactional
    public Merchant enrol(String subject, String username) {
        Merchant known = Merchant.findBySubject(subject).orElse(null);
        if (known != null) {
            if (!known.username.equals(username)) {
                known.username = username;
            }
            return known;
        }
        // Two first requests may race: the unique subject lets exactly one insert win.
        Merchant.getEntityManager().createNativeQuery("""
                INSERT INTO merchant (id, keycloak_subject, username, enrolled_at)
                VALUES (nextval('merchant_seq'), ?1, ?2, ?3)
                ON CONFLICT (keycloak_subject) DO NOTHING""")
                .setParameter(1, subject)
                .setParameter(2, username)
                .setParameter(3, Instant.now(clock))
                .executeUpdate();
        Merchant merchant = Merchant.findBySubject(subject).orElseThrow();
        if (!merchant.username.equals(username)) {
            merchant.username = username;
        }
        return merchant;
    }

    @Transactional
    public Merchant updateIdentity(String subject, String username, TraderIdentity identity) {
        Merchant merchant = enrol(subject, username);
        Instant now = clock.instant();
        boolean wasIncomplete = !merchant.missingIdentityFields().isEmpty();
        merchant.legalName = trimmed(identity.legalName());
        merchant.address = trimmed(identity.address());
        merchant.phone = trimmed(identity.phone());
        merchant.email = trimmed(identity.email());
        merchant.identityDocumentRef = trimmed(identity.identityDocumentRef());
        merchant.tradeRegisterNumber = trimmed(identity.tradeRegisterNumber());
        if (!identity.selfCertified()) {
            merchant.selfCertifiedAt = null;
        } else if (merchant.selfCertifiedAt == null) {
            merchant.selfCertifiedAt = now;
        }
        merchant.identityUpdatedAt = now;
        if (wasIncomplete && merchant.missingIdentityFields().isEmpty()) {
            // Listings held only for the identity are released by the sweep, a batch at a time (AccountSweep).
            Merchant.getEntityManager().createNativeQuery("""
                    insert into identity_release (merchant_id, release_after, requested_at) values (:m, 0, :now)
                    on conflict (merchant_id) do update set release_after = 0, requested_at = excluded.requested_at""")
                    .setParameter("m", merchant.id).setParameter("now", now).executeUpdate();
        }
        return merchant;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
