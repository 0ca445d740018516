package io.markguard.merchant;

import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;

/** A receiver that is never there, so the relay's retries, backoff and dead letters can be watched step by step. */
@ApplicationScoped
public class UnreachableRoute implements OutboxRoute {

    public static final String DESTINATION = "test-unreachable";

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public FirstAttempt firstAttempt() {
        // The test makes every attempt itself.
        return FirstAttempt.BY_WRITER;
    }

    @Override
    public Object send(Message message) {
        throw new IllegalStateException("test-unreachable does not answer");
    }
}
