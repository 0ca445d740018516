package io.markguard.portal.web;

import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The sign-in that sets up a second factor: the authorization request for {@link SecondFactorPages#SETUP_RETURN}
 * carries Keycloak's application-initiated action {@code kc_action=CONFIGURE_TOTP}, and what Keycloak says of it
 * ({@code kc_action_status} on the callback, which the portal's final redirect drops) is kept in a short cookie
 * for the page the user returns to.
 */
@ApplicationScoped
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SecondFactorSetup implements OidcRedirectFilter {

    static final String ACTION = "CONFIGURE_TOTP";

    @Override
    public void filter(OidcRedirectContext context) {
        if (SecondFactorPages.SETUP_RETURN.equals(context.routingContext().request().path())) {
            context.additionalQueryParams().add("kc_action", ACTION);
        }
    }

    void signedIn(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN || event.getSecurityIdentity() == null) {
            return;
        }
        SecurityIdentity identity = event.getSecurityIdentity();
        RoutingContext callback = identity.getAttribute(RoutingContext.class.getName());
        // Keycloak adds kc_action_status only when the sign-in carried an application-initiated action.
        String status = callback == null ? null : callback.request().getParam("kc_action_status");
        if (status == null) {
            return;
        }
        callback.response().addCookie(Cookie.cookie(SecondFactorPages.OUTCOME_COOKIE, status)
                .setPath("/account").setMaxAge(300).setHttpOnly(true).setSameSite(CookieSameSite.LAX));
    }
}
