package io.markguard.portal.web;

import io.markguard.portal.client.ComplaintClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A notice's evidence document, served inline so the reviewer's page can show it (an image in an {@code <img>}, a
 * PDF in an {@code <iframe>}). complaint-service gives it, with the signed-in user's token, only to reviewers and to
 * the brand's members who may read the complaint; anyone else gets its 404 or 403. Only the types complaint-service
 * judged the bytes to be are served as themselves. Its headers (application.properties, filter {@code evidence}) let
 * the portal's own pages frame it and no other site.
 */
@Path("/complaint-evidence/{complaintId}/{evidenceId}")
@RolesAllowed({ "reviewer", "brand" })
public class EvidencePages {

    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/png", "png",
            "image/jpeg", "jpg");

    @Inject
    ComplaintClient complaints;

    @GET
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("complaintId") long complaintId, @PathParam("evidenceId") long evidenceId) {
        Response upstream = PeerCalls.COMPLAINT.read(() -> complaints.evidenceDocument(complaintId, evidenceId));
        byte[] content = upstream.readEntity(byte[].class);
        MediaType type = upstream.getMediaType();
        String extension = type == null ? null : EXTENSIONS.get(type.getType() + "/" + type.getSubtype());
        if (extension == null) {
            // Nothing but the kinds intake accepts is shown in the portal's origin.
            return Response.ok(content, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"evidence-" + evidenceId + "\"").build();
        }
        return Response.ok(content, type)
                .header("Content-Disposition", "inline; filename=\"evidence-" + evidenceId + "." + extension + "\"")
                .header("X-Content-SHA256", upstream.getHeaderString("X-Content-SHA256"))
                .build();
    }
}
