package io.markguard.portal.web;

import io.markguard.portal.config.PortalConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every request to a page that changes something carries the form's CSRF token ({@link CsrfTokens}); one that does
 * not is answered with a readable page in the reader's language saying the form has expired, and nothing runs.
 * Safe requests give a browser without the cookie its cookie, once. The API under /api takes bearer tokens only,
 * which a cross-site form cannot send.
 */
public class CsrfProtection {

    /** Where the request's token waits for the templates ({@link CsrfField}). */
    static final String TOKEN = "markguard.csrf.token";
    private static final String ISSUED = "markguard.csrf.issued";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger LOG = Logger.getLogger(CsrfProtection.class);

    private final CsrfTokens tokens;
    private final PortalConfig.Forms forms;

    @Inject
    SecurityIdentity identity;

    @Inject
    PortalPages pages;

    @Inject
    CsrfProtection(PortalConfig config) {
        this.forms = config.forms();
        this.tokens = new CsrfTokens(forms.tokenKey());
    }

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (routing.normalizedPath().startsWith("/api/")) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(forms.cookieName());
        String value = cookie == null || !CsrfTokens.wellFormed(cookie.getValue()) ? null : cookie.getValue();
        String session = session();
        if (SAFE.contains(request.getMethod())) {
            if (value == null) {
                value = tokens.newCookie();
                routing.put(ISSUED, value);
            }
            routing.put(TOKEN, tokens.tokenFor(value, session));
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object submitted = context.getFormParameter(forms.fieldName(), true, false);
        if (!(submitted instanceof String token) || !tokens.matches(value, session, token)) {
            LOG.debugf("Refused a %s to %s: %s", request.getMethod(), routing.normalizedPath(),
                    value == null ? "no CSRF cookie" : submitted == null ? "no CSRF token" : "a CSRF token of another session");
            return expired(routing);
        }
        routing.put(TOKEN, token);
        return null;
    }

    @ServerResponseFilter
    public void issue(ContainerResponseContext response, RoutingContext routing) {
        String issued = routing.get(ISSUED);
        if (issued != null) {
            // No Max-Age: the cookie lasts as long as the browser runs, and with it every form's token.
            routing.response().addCookie(Cookie.cookie(forms.cookieName(), issued)
                    .setPath("/")
                    .setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX)
                    .setSecure(forms.cookieForceSecure() || routing.request().isSSL()));
        }
    }

    /** The sign-in session the token is bound to: Keycloak's session id, else the user; none when signed out. */
    private String session() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object sid = token.getClaim("sid");
            return sid != null ? "sid:" + sid : "sub:" + token.getSubject();
        }
        return "user:" + identity.getPrincipal().getName();
    }

    private Response expired(RoutingContext routing) {
        Page page = pages.errorPage();
        String back = PortalPages.formPage(routing.request(), "/");
        String html = Templates.formExpired(page, back).setLocale(page.language().locale).render();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }
}
