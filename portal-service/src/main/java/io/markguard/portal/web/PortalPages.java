package io.markguard.portal.web;

import io.markguard.portal.client.PeerReads;
import io.markguard.portal.notify.Inbox;
import io.markguard.portal.notify.PortalUsers;
import io.markguard.portal.rest.Callers;
import io.markguard.portal.service.Actor;
import io.markguard.portal.service.LanguagePreferences;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Builds the {@link Page} of the current request: the language is the cookie's, else the user's saved one, else the browser's. */
@RequestScoped
public class PortalPages {

    public static final String LANGUAGE_COOKIE = "mg_lang";

    @Inject
    HttpServerRequest request;

    @Inject
    SecurityIdentity identity;

    @Inject
    LanguagePreferences preferences;

    @Inject
    PeerReads reads;

    @Inject
    PortalUsers users;

    @Inject
    Inbox inbox;

    public Page page() {
        return new Page(language(), !identity.isAnonymous(), username(), request.path(), returnTo(), true, arrive());
    }

    /**
     * Records the signed-in user as the token describes them (for notifications by role and to their address) and
     * reads their unread count; nothing on the I/O thread, where the database may not be asked.
     */
    private int arrive() {
        if (identity.isAnonymous() || io.vertx.core.Context.isOnEventLoopThread()
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return 0;
        }
        users.seen(identity);
        return inbox.unread(token.getSubject());
    }

    /** The signed-in caller, as the services see them; only on a page that requires sign-in. */
    public Actor actor() {
        return Callers.of(identity);
    }

    /** Where a page starts the peer reads it asks side by side. */
    PeerReads reads() {
        return reads;
    }

    public Page errorPage() {
        return new Page(language(), !identity.isAnonymous(), username(), request.path(), returnTo(), false, 0);
    }

    /** A form's page shown again, with what was typed and the fields named: 400, nothing done. */
    static Response refusedForm(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page)
                .build();
    }

    /**
     * Where the language switch comes back to: the page itself, or for a form's page shown again after a post,
     * the page the form was on (a post's own path may answer no GET).
     */
    private String returnTo() {
        return request.method() == HttpMethod.GET ? request.uri() : formPage(request, request.path());
    }

    /** The page on this site the browser says a post came from (the Referer, same-origin only), else {@code otherwise}. */
    static String formPage(HttpServerRequest request, String otherwise) {
        String referer = request.getHeader("Referer");
        // The host the browser asked for, as the ingress forwarded it.
        HostAndPort authority = request.authority();
        String host = authority == null ? request.getHeader("Host")
                : authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
        if (referer == null || host == null) {
            return otherwise;
        }
        try {
            URI from = URI.create(referer);
            if (!host.equalsIgnoreCase(from.getRawAuthority()) || from.getRawPath() == null || from.getRawPath().isEmpty()) {
                return otherwise;
            }
            return HomePage.localPath(from.getRawQuery() == null ? from.getRawPath() : from.getRawPath() + "?" + from.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return otherwise;
        }
    }

    public Language language() {
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        Optional<Language> chosen = cookie == null ? Optional.empty() : Language.ofTag(cookie.getValue());
        // A refusal by a role check is answered on the I/O thread, where the database may not be asked.
        if (chosen.isEmpty() && !identity.isAnonymous() && !io.vertx.core.Context.isOnEventLoopThread()) {
            chosen = preferences.of(subject());
        }
        return chosen.orElseGet(() -> Language.ofAcceptLanguage(request.getHeader("Accept-Language")));
    }

    public String subject() {
        return identity.isAnonymous() ? null : ((JsonWebToken) identity.getPrincipal()).getSubject();
    }

    private String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
