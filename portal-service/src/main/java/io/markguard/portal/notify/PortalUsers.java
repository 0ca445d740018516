package io.markguard.portal.notify;

import io.markguard.platform.identity.MeResource;
import io.markguard.portal.PortalUser;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Records who signs in: subject, e-mail, name and realm roles from the token, on the first page after sign-in (and
 * when an API caller registers a brand or accepts an invitation) and again whenever the token says something else (a new address, a role granted or taken away). Notifications to a
 * role reach the users recorded with it; one to a person the sender knew no address for is mailed to the recorded one.
 */
@ApplicationScoped
public class PortalUsers {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records the caller as their token describes them: a page's user, or an API caller who becomes a brand's member
     * (notifications to the brand's members are mailed to the recorded address). Nothing for a token without a user.
     */
    public void seen(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            return;
        }
        signedIn(token.getSubject(), token.getClaim("email"), token.getClaim("name"),
                identity.getRoles().stream().filter(MeResource.MARKGUARD_ROLES::contains).toList());
    }

    /** Records the signed-in user where the token says something new; a page's one read when nothing changed. */
    @Transactional
    public void signedIn(String subject, String email, String name, Collection<String> roles) {
        String sorted = String.join(",", new TreeSet<>(roles));
        PortalUser known = PortalUser.findById(subject);
        if (known != null && Objects.equals(known.email, email) && Objects.equals(known.name, name) && known.roles.equals(sorted)) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO portal_user (keycloak_subject, email, name, roles, seen_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (keycloak_subject) DO UPDATE SET email = EXCLUDED.email, name = EXCLUDED.name,
                    roles = EXCLUDED.roles, seen_at = EXCLUDED.seen_at""")
                .setParameter(1, subject).setParameter(2, email).setParameter(3, name == null ? null : truncate(name, 200))
                .setParameter(4, sorted).setParameter(5, clock.instant()).executeUpdate();
        em.createNativeQuery("DELETE FROM portal_user_role WHERE keycloak_subject = ?1").setParameter(1, subject).executeUpdate();
        for (String role : new TreeSet<>(roles)) {
            em.createNativeQuery("INSERT INTO portal_user_role (role, keycloak_subject) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, role).setParameter(2, subject).executeUpdate();
        }
        if (known != null) {
            em.detach(known);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
