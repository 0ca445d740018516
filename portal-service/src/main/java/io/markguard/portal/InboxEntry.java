package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One notification as one person received it: the kind and parameters (rendered in the reader's language when the
 * inbox is read), the portal path it is about, when it was read and mailed. Filed once per notification key and
 * person.
 */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recipient_subject", nullable = false, updatable = false)
    public String recipientSubject;

    @Column(name = "notification_key", nullable = false, updatable = false)
    public String notificationKey;

    @Column(nullable = false, updatable = false)
    public String kind;

    /** The parameters as a JSON object of strings. */
    @Column(nullable = false, updatable = false)
    public String params;

    @Column(updatable = false)
    public String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Column(name = "mailed_at")
    public Instant mailedAt;
}
