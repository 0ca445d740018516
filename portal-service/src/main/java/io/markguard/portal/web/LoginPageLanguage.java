package io.markguard.portal.web;

import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

/** Keycloak's sign-in page speaks the language the visitor chose in the portal (OIDC {@code ui_locales}). */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginPageLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        HttpServerRequest request = context.routingContext().request();
        Cookie cookie = request.getCookie(PortalPages.LANGUAGE_COOKIE);
        Language language = Language.of(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
        context.additionalQueryParams().add("ui_locales", language.tag);
    }
}
