package io.markguard.platform.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Where messages of one destination go. A service declares one bean per destination it writes; the relay does the
 * rest (claims, leases, retries with capped backoff, dead letters).
 */
public interface OutboxRoute {

    /** When a message of this route is first tried. */
    enum FirstAttempt {
        /** Right after the writing transaction commits, off the request thread. */
        AFTER_COMMIT,
        /** By the writer itself once its transaction has committed ({@link OutboxRelay#deliverNow}), so that its
         * answer can show the outcome; the sweeper retries what that attempt did not deliver. */
        BY_WRITER
    }

    /** The destination name written with each message. */
    String destination();

    default FirstAttempt firstAttempt() {
        return FirstAttempt.AFTER_COMMIT;
    }

    /**
     * Whether one receiver stands behind the destination, so that a failure says it is down: the relay then claims
     * no more of the destination's messages in that round. A route whose messages go to many receivers (webhooks)
     * answers false: a failure holds back only its own message, which waits its backoff.
     */
    default boolean oneReceiver() {
        return true;
    }

    /**
     * Messages of the same key are delivered in the order written, one after another (messages of different keys go
     * side by side). Empty when the order of this route's messages does not matter. Asked once, when the message is
     * written, with the payload as stored.
     */
    default Optional<String> orderingKey(String payload) {
        return Optional.empty();
    }

    /**
     * Delivers one message outside any transaction; returns what the receiver answered (or null). Throwing means
     * not delivered: the message is retried. The receiver must apply a repeat of the same idempotency key once.
     */
    Object send(Message message) throws Exception;

    /** In the transaction that records the delivery: what the service keeps of the receiver's answer. */
    default void delivered(Message message, Object answer, Instant at) {
    }

    /** A claimed message, as the route sees it. */
    record Message(long id, String destination, String idempotencyKey, String payload, int attempts) {
    }
}
