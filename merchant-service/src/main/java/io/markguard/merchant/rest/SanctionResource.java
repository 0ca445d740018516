package io.markguard.merchant.rest;

import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.service.AppealService;
import io.markguard.merchant.service.EvidenceUpload;
import io.markguard.merchant.service.StandingService;
import io.markguard.platform.problem.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/sanctions")
public class SanctionResource {

    public record SanctionDetail(Views.SanctionView sanction, Views.StatementOfReasonsView statementOfReasons,
            List<Views.AppealView> appeals) {
    }

    @Inject
    Caller caller;

    @Inject
    Views views;

    @Inject
    AppealService appeals;

    @Inject
    StandingService standings;

    @GET
    @Path("/{id}")
    @RolesAllowed({ "merchant", "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getSanction", summary = "One sanction with its listing, its violation and any appeal")
    public SanctionDetail sanction(@RestPath long id) {
        Sanction sanction = visible(id);
        return new SanctionDetail(views.sanction(sanction), views.statement(sanction),
                views.appeals(appeals.against(sanction)));
    }

    @GET
    @Path("/{id}/statement-of-reasons")
    @RolesAllowed({ "merchant", "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getStatementOfReasons", summary = "The sanction's statement of reasons (DSA Art. 17), in the reader's language")
    public Views.StatementOfReasonsView statement(@RestPath long id) {
        return views.statement(visible(id));
    }

    /**
     * The merchant appeals its sanction (multipart: {@code explanation}, any number of {@code evidence}
     * files up to the limit). 201 when filed; 200 with the same appeal when the Idempotency-Key was used before.
     */
    @POST
    @Path("/{id}/appeals")
    @RolesAllowed("merchant")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "appealSanction", summary = "The merchant appeals its sanction (multipart: explanation and evidence files)")
    public Response appeal(@RestPath long id, @RestForm String explanation,
            @RestForm("evidence") List<FileUpload> evidence, @RestHeader("Idempotency-Key") String idempotencyKey) {
        if (explanation == null || explanation.isBlank() || explanation.length() > 5000) {
            throw Refusal.invalid("explanation", "must be 1 to 5000 characters");
        }
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        long merchantId = caller.merchant().id;
        List<EvidenceUpload> uploads = new ArrayList<>();
        for (FileUpload file : evidence == null ? List.<FileUpload>of() : evidence) {
            try {
                uploads.add(new EvidenceUpload(file.fileName(), Files.readAllBytes(file.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        AppealService.Filed filed = appeals.file(merchantId, id, explanation.strip(), uploads, key);
        Views.AppealView view = QuarkusTransaction.requiringNew()
                .call(() -> views.appeal(appeals.byId(filed.appeal().id).orElseThrow()));
        return Response.status(filed.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(view)
                .header("Location", "/api/appeals/" + view.id()).build();
    }

    /** The sanction if the caller may see it: its merchant, reviewers and admins; anyone else learns nothing. */
    private Sanction visible(long id) {
        return standings.sanction(id, caller.actor()).orElseThrow(() -> Refusal.notFound("sanction"));
    }
}
