package io.markguard.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/**
 * The merchant a signed-in user is, as merchant-service first answered: merchant-service never changes a
 * merchant's subject or id, so the answer holds for good.
 */
@Entity
public class MerchantAccount extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String subject;
    @Column(nullable = false)
    public long merchantId;
    @Column(nullable = false)
    public Instant recordedAt;

    public static Optional<Long> merchantIdOf(String subject) {
        return MerchantAccount.<MerchantAccount>findByIdOptional(subject).map(account -> account.merchantId);
    }

    /** Keeps the answer; a request of another replica that recorded it first wins, with the same answer. */
    public static void record(String subject, long merchantId, Instant at) {
        getEntityManager().createNativeQuery("""
                INSERT INTO merchant_account (subject, merchant_id, recorded_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (subject) DO NOTHING""")
                .setParameter(1, subject).setParameter(2, merchantId).setParameter(3, at).executeUpdate();
    }
}
