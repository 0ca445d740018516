package io.markguard.portal.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Recipient;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import io.markguard.portal.BrandMember;
import io.markguard.portal.InboxEntry;
import io.markguard.portal.PortalUser;
import io.markguard.portal.UserPreference;
import io.markguard.portal.config.InvitationRules;
import io.markguard.portal.config.NotificationRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal's inbox: every notification of every service is filed here, once per notification key and person,
 * and mailed (through the outbox, after commit) in the reader's language unless the reader turned its kind off.
 * A recipient given as a brand's members or as a realm role is expanded to persons when the notification arrives.
 */
@ApplicationScoped
public class Inbox {

    public static final String INBOX = "inbox";

    /** What filing one notification did: persons it names, entries new this time, mails written. */
    public record Filed(int recipients, int filed, int mailed) {
    }

    /** The mail of one inbox entry, rendered when it was filed. */
    public record Mail(long entryId, String to, String subject, String body) {
    }

    /** An entry as its reader sees it. */
    public record Entry(long id, String kind, String subject, String body, String link, Instant at, boolean unread) {
    }

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    NotificationRules rules;

    @Inject
    InvitationRules portal;

    private final NotificationTexts texts = NotificationTexts.bundled();

    @Transactional
    public Filed file(Notification notification) {
        if (!texts.knows(notification.kind())) {
            throw Refusal.unprocessable("kind", "has no texts in the portal: " + notification.kind());
        }
        String link = notification.link();
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\") || link.length() > 500)) {
            throw Refusal.invalid("link", "must be a path of the portal, starting with one /");
        }
        if (notification.key().length() > 115) {
            throw Refusal.invalid("key", "must be at most 115 characters");
        }
        String params;
        try {
            params = json.writeValueAsString(notification.params());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (params.length() > 4000) {
            throw Refusal.invalid("params", "must be at most 4000 characters as JSON");
        }
        Instant now = clock.instant();
        Map<String, String> persons = expand(notification.to(), now);
        Map<String, String> addresses = addresses(persons);
        Set<String> optedOut = NotificationKinds.optional(notification.kind()) ? optedOut(persons.keySet(), notification.kind()) : Set.of();
        int filed = 0;
        int mailed = 0;
        for (Map.Entry<String, String> person : persons.entrySet()) {
            String subject = person.getKey();
            @SuppressWarnings("unchecked")
            List<Number> inserted = em.createNativeQuery("""
                    INSERT INTO inbox_entry (recipient_subject, notification_key, kind, params, link, created_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    ON CONFLICT ON CONSTRAINT inbox_entry_once DO NOTHING
                    RETURNING id""").setParameter(1, subject).setParameter(2, notification.key())
                    .setParameter(3, notification.kind()).setParameter(4, params).setParameter(5, link).setParameter(6, now)
                    .getResultList();
            if (inserted.isEmpty()) {
                continue;
            }
            filed++;
            em.createNativeQuery("""
                    INSERT INTO inbox_unread (keycloak_subject, unread) VALUES (?1, 1)
                    ON CONFLICT (keycloak_subject) DO UPDATE SET unread = inbox_unread.unread + 1""")
                    .setParameter(1, subject).executeUpdate();
            String to = person.getValue() != null ? person.getValue() : addresses.get(subject);
            if (to != null && !optedOut.contains(subject)) {
                long id = inserted.get(0).longValue();
                outbox.enqueue(NotificationMailRoute.DESTINATION, "notification-mail-" + id,
                        mail(id, to, language(subject), notification.kind(), notification.params(), link));
                mailed++;
            }
        }
        return new Filed(persons.size(), filed, mailed);
    }

    /** The reader's inbox, newest first. */
    @Transactional
    public Page<Entry> of(String subject, String language, int limit, Cursor after) {
        TypedQuery<InboxEntry> query = em.createQuery("select e from InboxEntry e where e.recipientSubject = :subject"
                + (after == null ? "" : " and e.id < :after") + " order by e.id desc", InboxEntry.class)
                .setParameter("subject", subject).setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
        return Page.of(query.getResultList(), limit, e -> entry(e, language), e -> Cursor.after(INBOX, e.id));
    }

    /** Marks the reader's own entry read; true when it was unread. Another person's entry is not found. */
    @Transactional
    public boolean markRead(String subject, long entryId) {
        InboxEntry entry = InboxEntry.findById(entryId);
        if (entry == null || !entry.recipientSubject.equals(subject)) {
            throw Refusal.notFound("inbox entry " + entryId);
        }
        int changed = em.createNativeQuery("UPDATE inbox_entry SET read_at = ?1 WHERE id = ?2 AND read_at IS NULL")
                .setParameter(1, clock.instant()).setParameter(2, entryId).executeUpdate();
        if (changed == 1) {
            em.createNativeQuery("UPDATE inbox_unread SET unread = unread - 1 WHERE keycloak_subject = ?1 AND unread > 0")
                    .setParameter(1, subject).executeUpdate();
        }
        return changed == 1;
    }

    /** The entry's page, once it is marked read; empty for another person's entry. */
    @Transactional
    public String open(String subject, long entryId) {
        markRead(subject, entryId);
        InboxEntry entry = InboxEntry.findById(entryId);
        return entry.link == null ? "/inbox" : entry.link;
    }

    /** The maintained unread figure. */
    @Transactional
    public int unread(String subject) {
        List<?> rows = em.createNativeQuery("SELECT unread FROM inbox_unread WHERE keycloak_subject = ?1")
                .setParameter(1, subject).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** The optional kinds the user does not want mailed. */
    @Transactional
    public Set<String> notMailed(String subject) {
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("SELECT kind FROM notification_opt_out WHERE keycloak_subject = ?1")
                .setParameter(1, subject).getResultList();
        return new HashSet<>(kinds);
    }

    /** The user's choice: of the optional kinds, these are mailed and the others not. */
    @Transactional
    public void chooseMailed(String subject, Set<String> mailed) {
        for (String kind : NotificationKinds.OPTIONAL) {
            if (mailed.contains(kind)) {
                em.createNativeQuery("DELETE FROM notification_opt_out WHERE keycloak_subject = ?1 AND kind = ?2")
                        .setParameter(1, subject).setParameter(2, kind).executeUpdate();
            } else {
                em.createNativeQuery("INSERT INTO notification_opt_out (keycloak_subject, kind) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, subject).setParameter(2, kind).executeUpdate();
            }
        }
    }

    private Entry entry(InboxEntry e, String language) {
        NotificationTexts.Text text = texts.knows(e.kind) ? texts.render(e.kind, params(e.params), language)
                : new NotificationTexts.Text(e.kind, "");
        return new Entry(e.id, e.kind, text.subject(), text.body(), e.link, e.createdAt, e.readAt == null);
    }

    private Map<String, String> params(String stored) {
        try {
            return json.readValue(stored, PARAMS);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private Mail mail(long id, String to, String language, String kind, Map<String, String> params, String link) {
        NotificationTexts.Text text = texts.render(kind, params, language);
        String base = portal.portalUrl().toString().replaceAll("/+$", "");
        StringBuilder body = new StringBuilder(text.body()).append("\n\n");
        body.append(texts.mailLine("open", base + (link == null ? "/inbox" : link), language)).append("\n");
        if (NotificationKinds.optional(kind)) {
            body.append(texts.mailLine("preferences", base + "/inbox/preferences", language)).append("\n");
        }
        return new Mail(id, to, text.subject(), body.toString());
    }

    private String language(String subject) {
        UserPreference preference = UserPreference.findById(subject);
        return preference != null && NotificationTexts.CHINESE.equals(preference.language) ? NotificationTexts.CHINESE : "en";
    }

    /** The persons a recipient names, each with the address the sender gave (or null). */
    private Map<String, String> expand(Recipient to, Instant now) {
        Map<String, String> persons = new LinkedHashMap<>();
        if (to.subject() != null && !to.subject().isBlank()) {
            persons.put(to.subject(), to.email() == null || to.email().isBlank() ? null : to.email());
        } else if (to.brandId() != null) {
            BrandMember.Action action;
            try {
                action = BrandMember.Action.valueOf(to.action() == null ? "READ" : to.action());
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("to.action", "must be one of FILE, RETRACT, ANSWER_APPEALS, MESSAGE, READ");
            }
            // A brand's members are few; revoked ones are left out by the query, ended ones here.
            BrandMember.<BrandMember>list("brandId = ?1 and revokedAt is null order by id", to.brandId()).stream()
                    .filter(m -> m.activeAt(now) && m.may(action)).forEach(m -> persons.put(m.subject, null));
        } else if (to.role() != null && !to.role().isBlank()) {
            @SuppressWarnings("unchecked")
            List<String> staff = em.createNativeQuery("""
                    SELECT keycloak_subject FROM portal_user_role WHERE role = ?1 ORDER BY keycloak_subject LIMIT ?2""")
                    .setParameter(1, to.role()).setParameter(2, rules.maxStaffRecipients()).getResultList();
            staff.forEach(s -> persons.put(s, null));
        } else {
            throw Refusal.invalid("to", "must name a person (subject), a brand's members (brandId, action) or a role");
        }
        return persons;
    }

    private Map<String, String> addresses(Map<String, String> persons) {
        Set<String> unknown = new HashSet<>();
        persons.forEach((subject, email) -> {
            if (email == null) {
                unknown.add(subject);
            }
        });
        Map<String, String> addresses = new LinkedHashMap<>();
        if (!unknown.isEmpty()) {
            PortalUser.<PortalUser>list("subject in ?1", unknown).forEach(u -> {
                if (u.email != null) {
                    addresses.put(u.subject, u.email);
                }
            });
        }
        return addresses;
    }

    private Set<String> optedOut(Set<String> subjects, String kind) {
        if (subjects.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "SELECT keycloak_subject FROM notification_opt_out WHERE kind = :kind AND keycloak_subject IN (:subjects)")
                .setParameter("kind", kind).setParameter("subjects", subjects).getResultList();
        return new HashSet<>(rows);
    }
}
