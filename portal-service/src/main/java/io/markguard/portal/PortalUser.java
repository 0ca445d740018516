package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user who has signed in to the portal, as their token said the last time it changed: where notifications for
 * them are mailed, and (in {@code portal_user_role}) which realm roles they hold, so staff are told by role.
 */
@Entity
@Table(name = "portal_user")
public class PortalUser extends PanacheEntityBase {

    @Id
    @Column(name = "keycloak_subject")
    public String subject;

    public String email;

    public String name;

    /** Comma-separated realm roles, sorted. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;
}
