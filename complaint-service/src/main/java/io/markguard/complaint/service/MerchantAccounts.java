package io.markguard.complaint.service;

import io.markguard.complaint.MerchantAccount;
import io.markguard.complaint.client.MerchantClient;
import io.markguard.platform.problem.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Which merchant the caller is. merchant-service is asked with the caller's token the first time only; its answer
 * is kept in {@code merchant_account} and read by the caller's subject afterwards, on every replica.
 */
@ApplicationScoped
public class MerchantAccounts {

    @Inject
    MerchantClient merchants;

    @Inject
    Clock clock;

    public long merchantOf(Actor actor) {
        Optional<Long> recorded = QuarkusTransaction.joiningExisting()
                .call(() -> MerchantAccount.merchantIdOf(actor.subject()));
        if (recorded.isPresent()) {
            return recorded.get();
        }
        long merchantId;
        try {
            merchantId = merchants.merchantOf(actor.bearer()).id();
        } catch (RuntimeException e) {
            // Nothing is kept: no answer, or a user merchant-service does not hold as a merchant.
            throw new Refusal(Refusal.Kind.UNAVAILABLE, null, "merchant-service cannot say which merchant you are right now.");
        }
        QuarkusTransaction.requiringNew().run(() -> MerchantAccount.record(actor.subject(), merchantId, clock.instant()));
        return merchantId;
    }
}
