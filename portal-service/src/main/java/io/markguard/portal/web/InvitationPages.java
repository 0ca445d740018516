package io.markguard.portal.web;

import io.markguard.platform.problem.Refusal;
import io.markguard.portal.BrandMember;
import io.markguard.portal.service.Invitations;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The page an invitation mail links to: the invitee signs in (or registers), sees what they are invited to and
 * accepts; an expired, used, withdrawn or altered link gets a page saying so.
 */
@Path("/invitations")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class InvitationPages {

    @Inject
    PortalPages pages;

    @Inject
    Invitations invitations;

    @GET
    @Path("/{id}")
    public Response invitation(@PathParam("id") long id, @QueryParam("expires") String expires, @QueryParam("sig") String sig) {
        Invitations.Opened opened = invitations.open(id, expires, sig);
        OrgViews.Invitation view = OrgViews.Invitation.of(opened, id, expires, sig);
        return page(view, status(opened.state().name()));
    }

    @POST
    @Path("/{id}/acceptance")
    public Response accept(@PathParam("id") long id, @RestForm String expires, @RestForm String sig) {
        try {
            BrandMember member = invitations.accept(pages.actor(), id, expires, sig);
            return Response.seeOther(URI.create("/brands/" + member.brandId + "?notice=joined")).build();
        } catch (Refusal refused) {
            String state = switch (refused.code()) {
                case "INVITATION_EXPIRED" -> "EXPIRED";
                case "INVITATION_USED" -> "USED";
                case "INVITATION_REVOKED" -> "REVOKED";
                case "ALREADY_OWNING" -> "ALREADY_OWNING";
                default -> "INVALID";
            };
            return page(new OrgViews.Invitation(state, id, "", "", null, ""), status(state));
        }
    }

    private Response page(OrgViews.Invitation view, int status) {
        Page page = pages.page();
        TemplateInstance html = Templates.invitation(page, view).setLocale(page.language().locale);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static int status(String state) {
        return switch (state) {
            case "OPEN" -> 200;
            case "EXPIRED", "REVOKED" -> 410;
            case "USED", "ALREADY_OWNING" -> 409;
            default -> 404;
        };
    }
}
