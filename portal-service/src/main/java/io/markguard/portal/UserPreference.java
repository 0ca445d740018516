package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a signed-in user chose in the portal, kept across devices: for now, the language. */
@Entity
@Table(name = "user_preference")
public class UserPreference extends PanacheEntityBase {

    @Id
    @Column(name = "keycloak_subject")
    public String subject;

    @Column(nullable = false, length = 16)
    public String language;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
