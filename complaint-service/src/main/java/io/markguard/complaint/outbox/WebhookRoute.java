package io.markguard.complaint.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.WebhookDelivery;
import io.markguard.complaint.WebhookSubscription;
import io.markguard.complaint.config.WebhookRules;
import io.markguard.complaint.service.Authorities;
import io.markguard.complaint.service.WebhookTargets;
import io.markguard.complaint.service.Webhooks;
import io.markguard.platform.outbox.OutboxRules;
import io.markguard.platform.outbox.OutboxRoute;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends one webhook delivery: the event's body, signed with the subscription's secret. Headers:
 * {@code Markguard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, {@code Markguard-Event-Id},
 * {@code Markguard-Event-Type} and {@code Markguard-Delivery}. A 2xx answer delivers it; anything else (a redirect
 * too, which is never followed) is a failed attempt that the outbox retries after its capped backoff.
 *
 * <p>Messages of this destination go to many receivers: one receiver's failure holds back only its own message
 * ({@link #oneReceiver}). Before each attempt the subscription is read again: paused, the delivery is held for
 * its resumption; ended, or the event outside what its creator may now see, it is cancelled.
 */
@ApplicationScoped
public class WebhookRoute implements OutboxRoute {

    public static final String DESTINATION = "webhook";

    /** What an attempt came to, for {@link #delivered}: sent with a receiver's status, or settled without sending. */
    record Sent(long deliveryId, UUID subscriptionId, int status) {
    }

    record Settled(long deliveryId) {
    }

    record Attempt(long deliveryId, UUID subscriptionId, long brandId, String createdBy, Long rightId, String url,
            String secret, String eventId, String eventType, String body) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookRules rules;

    @Inject
    OutboxRules outbox;

    @Inject
    Authorities authorities;

    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void client() {
        http = HttpClient.newBuilder().connectTimeout(rules.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String destination() {
        return DESTINATION;
    }

    @Override
    public boolean oneReceiver() {
        return false;
    }

    @Override
    public Object send(Message message) throws Exception {
        long deliveryId = json.readTree(message.payload()).path("deliveryId").asLong();
        Optional<Attempt> prepared = QuarkusTransaction.requiringNew().call(() -> prepare(deliveryId));
        if (prepared.isEmpty()) {
            return new Settled(deliveryId);
        }
        Attempt a = prepared.get();
        // The creator's standing now (portal-service's answer, held until the brand's access changes); a failure to
        // learn it is no failure of the receiver's, and is retried without counting against the subscription.
        Optional<Authorities.Scope> scope = authorities.scopeOf(a.brandId(), a.createdBy());
        if (scope.isEmpty() || (a.rightId() != null && !scope.get().covers(a.rightId()))) {
            QuarkusTransaction.requiringNew().run(() -> cancel(a, scope.isEmpty()));
            return new Settled(deliveryId);
        }
        boolean last = message.attempts() + 1 >= outbox.maxAttempts();
        Optional<String> refused = WebhookTargets.refusal(a.url(), rules.localTargets());
        if (refused.isPresent()) {
            return failed(a, null, "The address " + refused.get() + ".", last);
        }
        long t = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(a.url())).timeout(rules.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Markguard-Webhooks/1")
                .header("Markguard-Event-Id", a.eventId())
                .header("Markguard-Event-Type", a.eventType())
                .header("Markguard-Delivery", String.valueOf(a.deliveryId()))
                .header("Markguard-Signature", "t=" + t + ",v1=" + sign(a.secret(), t, a.body()))
                .POST(HttpRequest.BodyPublishers.ofString(a.body(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return failed(a, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), last);
        }
        if (answer.statusCode() / 100 != 2) {
            String said = answer.body() == null ? "" : answer.body().strip();
            return failed(a, answer.statusCode(), "The receiver answered " + answer.statusCode()
                    + (said.isEmpty() ? "" : ": " + (said.length() > 300 ? said.substring(0, 300) + "…" : said)), last);
        }
        return new Sent(a.deliveryId(), a.subscriptionId(), answer.statusCode());
    }

    /** The hex HMAC-SHA256, keyed with the secret, of the timestamp, a full stop and the body. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }

    /** The delivery to try, unless it is settled already or its subscription says it waits or goes nowhere. */
    Optional<Attempt> prepare(long deliveryId) {
        WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId);
        if (d == null || !(WebhookDelivery.QUEUED.equals(d.status) || WebhookDelivery.RETRYING.equals(d.status))) {
            // Deleted with its subscription, or delivered by an earlier message.
            return Optional.empty();
        }
        WebhookSubscription s = em.find(WebhookSubscription.class, d.subscriptionId);
        if (WebhookSubscription.PAUSED.equals(s.status)) {
            d.status = WebhookDelivery.HELD;
            return Optional.empty();
        }
        if (WebhookSubscription.ENDED.equals(s.status)) {
            d.status = WebhookDelivery.CANCELLED;
            d.lastError = "The subscription ended.";
            return Optional.empty();
        }
        return Optional.of(new Attempt(d.id, s.id, s.brandId, s.createdBy, d.rightId, s.url, s.secret,
                d.eventId.toString(), d.eventType, d.body));
    }

    private void cancel(Attempt a, boolean creatorGone) {
        WebhookDelivery d = em.find(WebhookDelivery.class, a.deliveryId());
        if (d == null) {
            return;
        }
        d.status = WebhookDelivery.CANCELLED;
        d.lastError = creatorGone ? "The subscription's creator is no longer a member of the brand."
                : "The event concerns a right outside the subscription creator's scope.";
        if (creatorGone) {
            webhooks.end(a.subscriptionId());
        }
    }

    /**
     * Writes the failed attempt (and the subscription's failures in a row) and throws, so that the outbox tries again;
     * after the last attempt the delivery is FAILED, for its owner to redeliver, and the message is settled rather
     * than left among the operators' dead letters.
     */
    private Object failed(Attempt a, Integer status, String error, boolean last) throws WebhookFailure {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery d = em.find(WebhookDelivery.class, a.deliveryId());
            if (d == null) {
                return;
            }
            d.attempts++;
            d.status = last ? WebhookDelivery.FAILED : WebhookDelivery.RETRYING;
            d.lastStatus = status;
            d.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
            d.lastAttemptAt = clock.instant();
            webhooks.failedOnce(a.subscriptionId(), status, error);
        });
        if (last) {
            return new Settled(a.deliveryId());
        }
        throw new WebhookFailure(error);
    }

    @Override
    public void delivered(Message message, Object answer, Instant at) {
        if (!(answer instanceof Sent sent)) {
            return;
        }
        WebhookDelivery d = em.find(WebhookDelivery.class, sent.deliveryId());
        if (d == null) {
            return;
        }
        d.attempts++;
        d.status = WebhookDelivery.DELIVERED;
        d.lastStatus = sent.status();
        d.lastError = null;
        d.lastAttemptAt = at;
        d.deliveredAt = at;
        webhooks.deliveredOnce(sent.subscriptionId(), at);
    }

    /** A failed attempt, as the outbox records it. */
    static final class WebhookFailure extends Exception {
        WebhookFailure(String message) {
            super(message, null, false, false);
        }
    }
}
