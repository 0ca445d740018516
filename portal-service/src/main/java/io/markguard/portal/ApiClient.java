package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A brand's API client: a vendor's or integrator's script that signs in with a client id and secret (the client
 * credentials grant of Keycloak's realm markguard-integrations) and acts for the brand within the scope of its
 * {@link BrandMember} (role CLIENT). The secret is Keycloak's alone; Markguard shows it once, when it is made.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntity {

    @Column(name = "brand_id", nullable = false, updatable = false)
    public Long brandId;

    @Column(name = "member_id", nullable = false, updatable = false)
    public Long memberId;

    @Column(nullable = false)
    public String name;

    /** The client id the script signs in with. */
    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    /** The Keycloak client's own id, for the Admin REST API. */
    @Column(name = "keycloak_id", nullable = false, updatable = false)
    public String keycloakId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    /** When complaint- or merchant-service last asked what the client may do (to the minute). */
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
