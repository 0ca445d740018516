package io.markguard.merchant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.outbox.OutboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A receiver that answers at once, except for messages whose payload says {@code "hold": true}: those are answered
 * only when the test lets them go, as a slow receiver would. Messages naming an {@code "item"} are ordered by it.
 */
@ApplicationScoped
public class HeldRoute implements OutboxRoute {

    public static final String DESTINATION = "test-held";

    @Inject
    ObjectMapper json;

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private volatile CountDownLatch release = new CountDownLatch(1);

    /** Forgets what was received; held messages wait for the next {@link #letGo()}. */
    public void reset() {
        received.clear();
        held.clear();
        release = new CountDownLatch(1);
    }

    /** The idempotency keys received so far, in the order their sending began. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** Waits until a held message with this key is being sent. */
    public boolean awaitHeld(String idempotencyKey) throws InterruptedException {
        return held.computeIfAbsent(idempotencyKey, k -> new CountDownLatch(1)).await(30, TimeUnit.SECONDS);
    }

    public void letGo() {
        release.countDown();
    }

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public FirstAttempt firstAttempt() {
        return FirstAttempt.BY_WRITER;
    }

    @Override
    public Optional<String> orderingKey(String payload) {
        try {
            String item = json.readTree(payload).path("item").asText(null);
            return Optional.ofNullable(item);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object send(Message message) throws Exception {
        received.add(message.idempotencyKey());
        if (json.readTree(message.payload()).path("hold").asBoolean()) {
            CountDownLatch wait = release;
            held.computeIfAbsent(message.idempotencyKey(), k -> new CountDownLatch(1)).countDown();
            if (!wait.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("held message was never let go");
            }
        }
        return null;
    }
}
