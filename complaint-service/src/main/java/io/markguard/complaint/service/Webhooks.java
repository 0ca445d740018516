package io.markguard.complaint.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.WebhookDelivery;
import io.markguard.complaint.WebhookSubscription;
import io.markguard.complaint.config.WebhookRules;
import io.markguard.complaint.outbox.WebhookRoute;
import io.markguard.platform.notify.Notifications;
import io.markguard.platform.notify.Recipient;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * A brand's webhook subscriptions and the events they are sent. An event is published in the transaction of the
 * change it tells of: one delivery row per subscription that wants it, and for an active subscription one outbox
 * message, so it leaves after the commit and only then ({@link WebhookRoute} signs and sends it).
 */
@ApplicationScoped
public class Webhooks {

    /** The event types, as a subscription names them. */
    public static final List<String> EVENT_TYPES = List.of("item.decided", "takedown.applied", "item.retracted",
            "appeal.filed", "appeal.answered", "appeal.decided", "message.received", "bulk_job.finished");

    public static final String DELIVERIES = "webhook-deliveries";

    /** An event of a brand: its type, the right of the notice it concerns (null: none) and its data. */
    public record Event(String type, long brandId, Long rightId, Map<String, Object> data) {
    }

    /** A new subscription, with the secret that is shown this once. */
    public record Created(WebhookSubscription subscription, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Notifications notifications;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookRules rules;

    @Inject
    Clock clock;

    @Transactional
    public Created subscribe(Actor actor, long brandId, String url, List<String> types) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String type : types == null ? List.<String>of() : types) {
            if (type == null || !EVENT_TYPES.contains(type.strip())) {
                throw Refusal.invalid("events", "names " + type + ", which is not one of " + String.join(", ", EVENT_TYPES));
            }
            wanted.add(type.strip());
        }
        if (wanted.isEmpty()) {
            throw Refusal.invalid("events", "must name at least one of " + String.join(", ", EVENT_TYPES));
        }
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw Refusal.invalid("url", "must be an https:// address of at most 2000 characters");
        }
        WebhookTargets.refusal(url, rules.localTargets()).ifPresent(why -> {
            throw Refusal.invalid("url", why);
        });
        // Locked on the brand's row so that two subscriptions at once cannot pass the limit together.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('webhooks'), CAST(?1 AS INTEGER))")
                .setParameter(1, (int) (brandId ^ (brandId >>> 32))).getSingleResult();
        long live = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM webhook_subscription WHERE brand_id = ?1 AND status <> 'ENDED'")
                .setParameter(1, brandId).getSingleResult()).longValue();
        if (live >= rules.maxPerBrand()) {
            throw Refusal.conflict("url", "Brand " + brandId + " has " + live + " webhook subscriptions, the most it may have;"
                    + " delete one first.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.brandId = brandId;
        s.url = url.strip();
        s.eventTypes = String.join(",", wanted);
        s.secret = "mgwh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        s.status = WebhookSubscription.ACTIVE;
        s.createdBy = actor.subject();
        s.createdByEmail = actor.email();
        s.createdByClient = actor.client();
        s.createdAt = clock.instant();
        s.persist();
        return new Created(s, s.secret);
    }

    /**
     * The brand's subscriptions (at most {@link WebhookRules#maxPerBrand} live ones, and ended ones up to the same
     * number again): every one to its owners, only its own to an API client.
     */
    @Transactional
    public List<WebhookSubscription> of(Actor actor, long brandId, boolean all) {
        var query = em.createQuery("from WebhookSubscription s where s.brandId = :brand"
                + (all ? "" : " and s.createdBy = :subject") + " order by s.createdAt desc, s.id", WebhookSubscription.class)
                .setParameter("brand", brandId);
        if (!all) {
            query.setParameter("subject", actor.subject());
        }
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(2 * rules.maxPerBrand()).getResultList();
    }

    /** The subscription of the brand, if the actor may see it: any of the brand's to an owner, its own to a client. */
    @Transactional
    public WebhookSubscription one(Actor actor, long brandId, UUID id, boolean all) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || s.brandId != brandId || (!all && !s.createdBy.equals(actor.subject()))) {
            throw Refusal.notFound("webhook subscription");
        }
        return s;
    }

    @Transactional
    public void delete(Actor actor, long brandId, UUID id, boolean all) {
        WebhookSubscription s = one(actor, brandId, id, all);
        // Its log goes with it (ON DELETE CASCADE); outbox messages still queued find no delivery and send nothing.
        em.remove(em.merge(s));
    }

    /** A paused subscription is active again; its held deliveries are queued by {@link #queueHeld}, a batch at a time. */
    @Transactional
    public WebhookSubscription resume(Actor actor, long brandId, UUID id, boolean all) {
        WebhookSubscription s = one(actor, brandId, id, all);
        s = em.find(WebhookSubscription.class, s.id, LockModeType.PESSIMISTIC_WRITE);
        if (WebhookSubscription.ENDED.equals(s.status)) {
            throw Refusal.conflict("id", "The subscription ended with its creator's membership of the brand; make a new one.");
        }
        s.status = WebhookSubscription.ACTIVE;
        s.consecutiveFailures = 0;
        s.pausedAt = null;
        return s;
    }

    /** The subscription's deliveries, newest first, {@code limit} at a time before the (createdAt, id) read last. */
    @Transactional
    public Page<WebhookDelivery> deliveries(UUID subscriptionId, String status, int limit, Cursor before) {
        var query = em.createQuery("from WebhookDelivery d where d.subscriptionId = :s"
                + (status == null ? "" : " and d.status = :status")
                + (before == null ? "" : " and (d.createdAt, d.id) < (:at, :id)")
                + " order by d.createdAt desc, d.id desc", WebhookDelivery.class).setParameter("s", subscriptionId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (before != null) {
            query.setParameter("at", before.instant(0)).setParameter("id", before.number(1));
        }
        List<WebhookDelivery> rows = query.setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, d -> d, d -> Cursor.after(DELIVERIES, d.createdAt, d.id));
    }

    /** One delivery sent again, with the same event id and body (signed anew): for a receiver that lost or refused it. */
    @Transactional
    public WebhookDelivery redeliver(WebhookSubscription s, long deliveryId) {
        WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || !d.subscriptionId.equals(s.id)) {
            throw Refusal.notFound("delivery");
        }
        if (!WebhookSubscription.ACTIVE.equals(s.status)) {
            throw Refusal.conflict("id", "The subscription is " + s.status.toLowerCase() + "; resume it first.");
        }
        if (WebhookDelivery.QUEUED.equals(d.status) || WebhookDelivery.RETRYING.equals(d.status)) {
            return d;
        }
        d.status = WebhookDelivery.QUEUED;
        queue(d.id, UUID.randomUUID().toString());
        return d;
    }

    /** Publishes {@code events} of one brand to its subscriptions that want them; nothing when it has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(long brandId, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        List<WebhookSubscription> subscriptions = em.createQuery("from WebhookSubscription s where s.brandId = :brand"
                + " and s.status <> 'ENDED'", WebhookSubscription.class).setParameter("brand", brandId)
                .setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(rules.maxPerBrand()).getResultList();
        if (subscriptions.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Event event : events) {
            publish(subscriptions, UUID.randomUUID(), event, now);
        }
    }

    /**
     * An event another service saw (merchant-service's appeals), under the id it gave: a repeat of that id is
     * published once.
     */
    @Transactional
    public void publishReceived(UUID eventId, Event event) {
        List<WebhookSubscription> subscriptions = em.createQuery("from WebhookSubscription s where s.brandId = :brand"
                + " and s.status <> 'ENDED'", WebhookSubscription.class).setParameter("brand", event.brandId())
                .setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(rules.maxPerBrand()).getResultList();
        publish(subscriptions, eventId, event, clock.instant());
    }

    private void publish(List<WebhookSubscription> subscriptions, UUID eventId, Event event, Instant now) {
        String body = null;
        for (WebhookSubscription s : subscriptions) {
            if (!s.wants(event.type())) {
                continue;
            }
            if (body == null) {
                body = body(eventId, event, now);
            }
            boolean active = WebhookSubscription.ACTIVE.equals(s.status);
            List<?> inserted = em.createNativeQuery("""
                    INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, right_id, body, status,
                                                  attempts, created_at)
                    VALUES (nextval('webhook_delivery_seq'), ?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)
                    ON CONFLICT (subscription_id, event_id) DO NOTHING
                    RETURNING id""").setParameter(1, s.id).setParameter(2, eventId).setParameter(3, event.type())
                    .setParameter(4, event.rightId()).setParameter(5, body)
                    .setParameter(6, active ? WebhookDelivery.QUEUED : WebhookDelivery.HELD).setParameter(7, now)
                    .getResultList();
            if (active && !inserted.isEmpty()) {
                queue(((Number) inserted.get(0)).longValue(), "0");
            }
        }
    }

    private String body(UUID eventId, Event event, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId.toString());
        body.put("type", event.type());
        body.put("createdAt", now.toString());
        body.put("brandId", String.valueOf(event.brandId()));
        body.put("data", event.data());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write webhook event " + event.type(), e);
        }
    }

    private void queue(long deliveryId, String round) {
        outbox.enqueue(WebhookRoute.DESTINATION, "webhook-delivery-" + deliveryId + "-" + round,
                Map.of("deliveryId", deliveryId));
    }

    /**
     * Held deliveries of subscriptions active again, queued a batch per transaction (rows another replica holds are
     * skipped); answers how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int queueHeld(int batch) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT d.id FROM webhook_delivery d
                JOIN webhook_subscription s ON s.id = d.subscription_id AND s.status = 'ACTIVE'
                WHERE d.status = 'HELD'
                ORDER BY d.subscription_id, d.id
                LIMIT ?1
                FOR UPDATE OF d SKIP LOCKED""").setParameter(1, batch).getResultList();
        for (Number id : ids) {
            queue(id.longValue(), "resumed-" + UUID.randomUUID());
        }
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE webhook_delivery SET status = 'QUEUED' WHERE id IN (?1)")
                    .setParameter(1, ids.stream().map(Number::longValue).toList()).executeUpdate();
        }
        return ids.size();
    }

    /** Deliveries older than the retention, a batch per transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purge(int batch) {
        return em.createNativeQuery("""
                DELETE FROM webhook_delivery WHERE id IN (
                    SELECT id FROM webhook_delivery WHERE created_at < ?1 ORDER BY created_at LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, clock.instant().minus(rules.retention())).setParameter(2, batch).executeUpdate();
    }

    /**
     * After an attempt failed: one more failure in a row for the subscription; at the configured number it is
     * paused and its creator and the brand's members who file are told.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failedOnce(UUID subscriptionId, Integer status, String error) {
        WebhookSubscription s = em.find(WebhookSubscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            return;
        }
        s.consecutiveFailures++;
        s.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        if (WebhookSubscription.ACTIVE.equals(s.status) && s.consecutiveFailures >= rules.pauseAfterFailures()) {
            s.status = WebhookSubscription.PAUSED;
            s.pausedAt = clock.instant();
            List<Recipient> to = new ArrayList<>(2);
            to.add(Recipient.person(s.createdBy, s.createdByEmail));
            to.add(Recipient.brandMembers(s.brandId, "FILE"));
            notifications.tell("webhook-" + s.id + "-paused-" + s.pausedAt.toEpochMilli(), to, "webhook-paused",
                    Map.of("url", s.url, "failures", String.valueOf(s.consecutiveFailures), "pausedAt", s.pausedAt.toString(),
                            "lastStatus", status == null ? "NO_ANSWER" : "HTTP " + status, "brandId", String.valueOf(s.brandId)),
                    "/brands/" + s.brandId + "/webhooks");
        }
    }

    /** After a delivery: the failures in a row start again from none (the row is written only when that changes it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliveredOnce(UUID subscriptionId, Instant at) {
        em.createNativeQuery("""
                UPDATE webhook_subscription SET consecutive_failures = 0, last_delivered_at = ?2
                WHERE id = ?1 AND (consecutive_failures > 0 OR last_delivered_at IS NULL OR last_delivered_at < ?3)""")
                .setParameter(1, subscriptionId).setParameter(2, at).setParameter(3, at.minusSeconds(60)).executeUpdate();
    }

    /** The subscription's creator is no longer a member of its brand: it sends nothing more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(UUID subscriptionId) {
        em.createNativeQuery("UPDATE webhook_subscription SET status = 'ENDED' WHERE id = ?1")
                .setParameter(1, subscriptionId).executeUpdate();
    }
}
