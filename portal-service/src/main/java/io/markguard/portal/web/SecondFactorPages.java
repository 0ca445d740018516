package io.markguard.portal.web;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed-in user's sign-in security: a one-time-password second factor they set up themselves through Keycloak's
 * application-initiated action ({@code kc_action=CONFIGURE_TOTP}, added by {@link SecondFactorSetup}), and the way to
 * Keycloak's account console, where it is managed.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SecondFactorPages {

    /** Where the sign-in that sets up the second factor returns; {@link SecondFactorSetup} asks Keycloak for it. */
    static final String SETUP_RETURN = "/account/second-factor/done";

    /** Carries Keycloak's {@code kc_action_status} from the sign-in callback to {@link #SETUP_RETURN}. */
    static final String OUTCOME_COOKIE = "mg_second_factor";

    @CheckedTemplate
    static class Pages {
        static native TemplateInstance security(Page page, String outcome, String accountConsole);
    }

    @Inject
    PortalPages pages;

    @Inject
    OidcSession session;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @GET
    @Path("/security")
    public TemplateInstance security(@QueryParam("setup") String setup) {
        Page page = pages.page();
        String outcome = "success".equals(setup) || "cancelled".equals(setup) ? setup : null;
        return Pages.security(page, outcome, realm + "/account").setLocale(page.language().locale);
    }

    /**
     * Ends the portal's own session (Keycloak's stays) and asks for the page the set-up returns to, so the portal
     * signs the user in again through Keycloak, which shows its authenticator set-up first.
     */
    @GET
    @Path("/second-factor")
    public Response setUp() {
        session.logout().await().indefinitely();
        return Response.seeOther(URI.create(SETUP_RETURN)).build();
    }

    /** Back from Keycloak, signed in again: the security page says whether the authenticator was set up. */
    @GET
    @Path("/second-factor/done")
    public Response done(@CookieParam(OUTCOME_COOKIE) String status) {
        String outcome = "success".equals(status) ? "success" : "cancelled";
        NewCookie spent = new NewCookie.Builder(OUTCOME_COOKIE).value("").path("/account").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create("/account/security?setup=" + outcome)).cookie(spent).build();
    }
}
