package io.markguard.portal.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.outbox.OutboxRoute;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.portal.ApiClient;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.PortalUser;
import io.markguard.portal.access.BrandAccessChanges;
import io.markguard.portal.client.KeycloakClientAdmin;
import io.markguard.portal.config.IntegrationsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * A brand's API clients: the owner or a co-owner creates one with a scope (rights, actions, end) as for an agent,
 * sees its secret once, rotates the secret and revokes the client. Keycloak keeps the credentials (a confidential
 * client-credentials client in realm markguard-integrations, made through its Admin REST API with portal-service's
 * account there, which may manage that realm's clients and nothing else); Markguard keeps the scope, as the
 * client's {@link BrandMember} (role CLIENT, its subject the client's service account), so every service judges a
 * client's request exactly as an agent's.
 *
 * <p>Creating and rotating answer with the secret, so they call Keycloak while the caller waits: the Keycloak client
 * is made first and, should the brand's records then not be written, removed again. Revoking ends the membership at
 * once (the other services are told after commit) and removes the Keycloak client through the outbox, so its next
 * token request is refused; a token it already holds runs out within the realm's five minutes.
 */
@ApplicationScoped
public class ApiClients implements OutboxRoute {

    private static final Logger LOG = Logger.getLogger(ApiClients.class);

    public static final String REMOVAL = "keycloak-client-removal";
    public static final String CLIENTS = "api-clients";

    /** A new client, with the secret Keycloak made for it: shown once, never stored by Markguard. */
    public record Created(ApiClient client, BrandMember member, String secret) {
    }

    public record Removal(String keycloakId, String clientId) {
    }

    @Inject
    BrandDirectory brands;

    @Inject
    @RestClient
    KeycloakClientAdmin keycloak;

    @Inject
    BrandAccessChanges accessChanges;

    @Inject
    Memberships memberships;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    IntegrationsConfig rules;

    private final SecureRandom random = new SecureRandom();

    /** Where the brand's scripts sign in. */
    public String tokenUrl() {
        return rules.publicRealmUrl() + "/protocol/openid-connect/token";
    }

    /** A client with its member (scope, revocation). */
    public record Listed(ApiClient client, BrandMember member) {
    }

    /** The brand's clients, oldest first, each with its member: two queries a page. */
    @Transactional
    public Page<Listed> of(Actor actor, long brandId, int limit, Cursor after) {
        brands.managed(actor, brandId);
        List<ApiClient> rows = brands.ofBrand(ApiClient.class, "ApiClient", brandId, after, limit);
        Map<Long, BrandMember> members = rows.isEmpty() ? Map.of()
                : BrandMember.<BrandMember>list("id in ?1", rows.stream().map(c -> c.memberId).toList()).stream()
                        .collect(java.util.stream.Collectors.toMap(m -> m.id, m -> m));
        return Page.of(rows, limit, c -> new Listed(c, members.get(c.memberId)), c -> Cursor.after(CLIENTS, c.id));
    }

    public Created create(Actor actor, long brandId, String name, Memberships.Scope scope) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw RefusalReason.CLIENT_NAME.raise();
        }
        String contact = QuarkusTransaction.requiringNew().call(() -> {
            Brand brand = brands.managed(actor, brandId).brand();
            Memberships.check(scope, brandId, clock.instant());
            PortalUser user = PortalUser.findById(actor.subject());
            return user != null && user.email != null ? user.email : "api-clients@" + brand.websiteDomain;
        });
        String clientId = "brand-" + brandId + "-" + HexFormat.of().formatHex(bytes(6));
        String keycloakId = createInKeycloak(clientId, label, brandId, contact);
        try {
            String secret = call(() -> keycloak.secret(keycloakId).value());
            String subject = call(() -> keycloak.serviceAccount(keycloakId).id());
            return QuarkusTransaction.requiringNew().call(() -> record(actor, brandId, label, scope, clientId, keycloakId,
                    subject, secret));
        } catch (RuntimeException e) {
            removeQuietly(keycloakId);
            throw e;
        }
    }

    private Created record(Actor actor, long brandId, String name, Memberships.Scope scope, String clientId,
            String keycloakId, String subject, String secret) {
        brands.managed(actor, brandId);
        Instant now = clock.instant();
        BrandMember member = new BrandMember();
        member.brandId = brandId;
        member.subject = subject;
        member.role = BrandMember.Role.CLIENT;
        member.createdAt = now;
        Memberships.apply(member, scope, brandId, now);
        member.persist();
        ApiClient client = new ApiClient();
        client.brandId = brandId;
        client.memberId = member.id;
        client.name = name;
        client.clientId = clientId;
        client.keycloakId = keycloakId;
        client.createdBy = actor.subject();
        client.createdAt = now;
        client.persist();
        accessChanges.changed(brandId);
        return new Created(client, member, secret);
    }

    /** A new secret; the old one stops working at once. */
    public Created rotate(Actor actor, long brandId, long clientId) {
        ApiClient client = QuarkusTransaction.requiringNew().call(() -> {
            brands.managed(actor, brandId);
            return live(brandId, clientId);
        });
        String secret = call(() -> keycloak.regenerateSecret(client.keycloakId).value());
        return QuarkusTransaction.requiringNew().call(() -> {
            ApiClient rotated = ApiClient.findById(client.id);
            rotated.secretRotatedAt = clock.instant();
            return new Created(rotated, BrandMember.findById(rotated.memberId), secret);
        });
    }

    /**
     * Revokes the client's membership as any member's is revoked (at once, the other services told after commit), which
     * removes it from Keycloak after commit ({@link #revoked}).
     */
    @Transactional
    public BrandMember revoke(Actor actor, long brandId, long clientId) {
        ApiClient client = ApiClient.findById(clientId);
        if (client == null || !client.brandId.equals(brandId)) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        return memberships.revoke(actor, brandId, client.memberId);
    }

    /** The client of a revoked CLIENT member leaves Keycloak once the revocation commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoked(BrandMember member) {
        ApiClient client = ApiClient.find("memberId", member.id).firstResult();
        if (client != null) {
            outbox.enqueue(REMOVAL, "keycloak-client-removal-" + client.id, new Removal(client.keycloakId, client.clientId));
        }
    }

    /**
     * A service asked what the subject may do for the brand: if the subject is an API client, it was used now. Written
     * at most once a minute per client, so the question stays a read nearly always.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void used(long brandId, String subject) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        em.createNativeQuery("""
                UPDATE api_client c SET last_used_at = ?3
                  FROM brand_member m
                 WHERE m.brand_id = ?1 AND m.subject = ?2 AND m.role = 'CLIENT' AND c.member_id = m.id
                   AND (c.last_used_at IS NULL OR c.last_used_at < ?3)""")
                .setParameter(1, brandId).setParameter(2, subject).setParameter(3, now).executeUpdate();
    }

    @Override
    public String destination() {
        return REMOVAL;
    }

    @Override
    public Object send(Message message) throws Exception {
        Removal removal = json.readValue(message.payload(), Removal.class);
        try (Response answer = keycloak.remove(removal.keycloakId())) {
            return null;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                // Already gone: the removal happened.
                return null;
            }
            throw e;
        }
    }

    private String createInKeycloak(String clientId, String name, long brandId, String contact) {
        Map<String, String> attributes = Map.of("access.token.lifespan", String.valueOf(rules.tokenLifespan().toSeconds()),
                "client_credentials.use_refresh_token", "false");
        List<KeycloakClientAdmin.Mapper> mappers = List.of(
                mapper("role brand", "oidc-hardcoded-role-mapper", Map.of("role", "brand")),
                mapper("audience complaint-service", "oidc-audience-mapper",
                        Map.of("included.custom.audience", "complaint-service", "access.token.claim", "true", "id.token.claim", "false")),
                mapper("audience merchant-service", "oidc-audience-mapper",
                        Map.of("included.custom.audience", "merchant-service", "access.token.claim", "true", "id.token.claim", "false")),
                claim("markguard client", "markguard_client", clientId),
                claim("contact e-mail", "email", contact),
                claim("name", "name", name));
        KeycloakClientAdmin.NewClient request = new KeycloakClientAdmin.NewClient(clientId, name,
                "API client of brand " + brandId + " (Markguard)", true, false, true, false, false, false, attributes, mappers);
        try (Response created = call(() -> keycloak.create(request))) {
            String location = created.getHeaderString("Location");
            if (location == null) {
                throw RefusalReason.CLIENTS_UNAVAILABLE.raise();
            }
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    private static KeycloakClientAdmin.Mapper mapper(String name, String type, Map<String, String> config) {
        return new KeycloakClientAdmin.Mapper(name, "openid-connect", type, config);
    }

    private static KeycloakClientAdmin.Mapper claim(String name, String claim, String value) {
        return mapper(name, "oidc-hardcoded-claim-mapper", Map.of("claim.name", claim, "claim.value", value,
                "jsonType.label", "String", "access.token.claim", "true", "id.token.claim", "false",
                "userinfo.token.claim", "false"));
    }

    private void removeQuietly(String keycloakId) {
        try (Response ignored = keycloak.remove(keycloakId)) {
            LOG.infof("API client %s removed from Keycloak again: its brand's records were not written", keycloakId);
        } catch (RuntimeException e) {
            LOG.warnf("API client %s could not be removed from Keycloak after a failed creation: %s", keycloakId, e.toString());
        }
    }

    private ApiClient live(long brandId, long clientId) {
        ApiClient client = ApiClient.findById(clientId);
        if (client == null || !client.brandId.equals(brandId)) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        BrandMember member = BrandMember.findById(client.memberId);
        if (member.revokedAt != null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        return client;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** A Keycloak call; Keycloak away or refusing is a 503 that names it, never a 500. */
    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("Keycloak's Admin REST API for the API clients failed: %s", e.toString());
            throw RefusalReason.CLIENTS_UNAVAILABLE.raise();
        }
    }
}
