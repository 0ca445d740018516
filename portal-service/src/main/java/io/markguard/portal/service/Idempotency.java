package io.markguard.portal.service;

import io.markguard.portal.IdempotencyRecord;
import java.time.Instant;
import java.util.Optional;

/** A creating request repeated with the same Idempotency-Key returns what the first one made. */
final class Idempotency {

    private Idempotency() {
    }

    static Optional<Long> earlier(Actor actor, String scope, String key) {
        return key == null || key.isBlank() ? Optional.empty() : IdempotencyRecord.resultOf(actor.subject(), scope, key);
    }

    static void remember(Actor actor, String scope, String key, long resultId) {
        if (key == null || key.isBlank()) {
            return;
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.subject = actor.subject();
        record.scope = scope;
        record.key = key.length() > 128 ? key.substring(0, 128) : key;
        record.resultId = resultId;
        record.createdAt = Instant.now();
        record.persist();
    }
}
