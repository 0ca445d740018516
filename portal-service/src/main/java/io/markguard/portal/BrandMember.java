package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Keycloak subject who may act for a brand, with its scope: the owner and co-owners act on everything, an agent
 * on all rights or a set of them, for the actions it was given, until its end date. A brand's API client
 * ({@link ApiClient}) is a member too, scoped as an agent, its subject the service account of its Keycloak client. A
 * revoked member keeps its row.
 */
@Entity
@Table(name = "brand_member")
public class BrandMember extends PanacheEntity {

    public enum Role { OWNER, CO_OWNER, AGENT, CLIENT }

    /** What a member may do for the brand; owners and co-owners may do all of it. */
    public enum Action { FILE, RETRACT, ANSWER_APPEALS, MESSAGE, READ }

    @Column(name = "brand_id", nullable = false, updatable = false)
    public Long brandId;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "all_rights", nullable = false)
    public boolean allRights = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "brand_member_right", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "right_id")
    public Set<Long> rightIds = new HashSet<>();

    /** Comma-separated {@link Action} names. */
    @Column(nullable = false)
    public String actions = encode(EnumSet.allOf(Action.class));

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The member row of the subject, revoked or not. */
    public static Optional<BrandMember> of(long brandId, String subject) {
        return find("brandId = ?1 and subject = ?2", brandId, subject).firstResultOptional();
    }

    /** The subject's membership that counts now: not revoked and not past its end. */
    public static Optional<BrandMember> active(long brandId, String subject, Instant now) {
        return of(brandId, subject).filter(m -> m.activeAt(now));
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && (validUntil == null || validUntil.isAfter(now));
    }

    public boolean owning() {
        return role == Role.OWNER || role == Role.CO_OWNER;
    }

    public Set<Action> actionSet() {
        return decode(actions);
    }

    public boolean may(Action action) {
        return owning() || actionSet().contains(action);
    }

    public boolean coversRight(long rightId) {
        return owning() || allRights || rightIds.contains(rightId);
    }

    public static String encode(Set<Action> actions) {
        return actions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<Action> decode(String actions) {
        Set<Action> set = EnumSet.noneOf(Action.class);
        if (actions != null && !actions.isBlank()) {
            Arrays.stream(actions.split(",")).map(String::strip).map(Action::valueOf).forEach(set::add);
        }
        return set;
    }
}
