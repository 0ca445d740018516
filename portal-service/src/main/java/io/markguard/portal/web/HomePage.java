package io.markguard.portal.web;

import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.client.MerchantRestClient;
import io.markguard.platform.identity.MeResource;
import io.markguard.portal.service.LanguagePreferences;
import io.markguard.portal.service.SuiteStatus;
import io.quarkus.oidc.IdToken;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/** The portal's home page, sign-in and the language switch. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    private static final Logger LOG = Logger.getLogger(HomePage.class);

    @Inject
    PortalPages pages;

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    MerchantClient merchants;

    @Inject
    LanguagePreferences preferences;

    @Inject
    SuiteStatus suite;

    @Inject
    OperatorPages operator;

    @GET
    public TemplateInstance home() {
        Page page = pages.page();
        HomeView view = page.signedIn() ? signedInView() : HomeView.ANONYMOUS;
        return Templates.home(page, view).setLocale(page.language().locale);
    }

    /** Requires a session, so an anonymous visitor is sent through Keycloak and comes back home. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }

    @POST
    @Path("language")
    @Produces(MediaType.TEXT_HTML)
    public Response switchLanguage(@RestForm String language, @RestForm String returnTo) {
        Language chosen = Language.ofTag(language == null ? "" : language)
                .orElseThrow(() -> new BadRequestException("Unknown language: " + language));
        if (!identity.isAnonymous()) {
            preferences.choose(pages.subject(), chosen);
        }
        NewCookie cookie = new NewCookie.Builder(PortalPages.LANGUAGE_COOKIE)
                .value(chosen.tag)
                .path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds())
                .sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create(localPath(returnTo))).cookie(cookie).build();
    }

    private HomeView signedInView() {
        String name = idToken.getClaim("given_name");
        if (name == null) {
            name = identity.getPrincipal().getName();
        }
        List<String> roles = identity.getRoles().stream().filter(MeResource.MARKGUARD_ROLES::contains).sorted().toList();
        MerchantRestClient.Standing standing = null;
        String unavailable = null;
        if (roles.contains("merchant")) {
            try {
                standing = merchants.standing();
            } catch (RuntimeException e) {
                LOG.warnf("merchant-service did not answer the standing for the home page: %s", e.toString());
                unavailable = "merchant-service";
            }
        }
        boolean admin = roles.contains("admin");
        return new HomeView(name, pages.subject(), roles, standing, unavailable, admin ? suite.peers() : List.of(),
                admin ? operator.outboxRows() : List.of());
    }

    /** Only a path on this site: anything else (another host, a scheme) would make the switch an open redirect. */
    static String localPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
            return "/";
        }
        return returnTo;
    }
}
