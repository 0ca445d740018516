package io.markguard.portal.rest;

import io.markguard.platform.notify.Notification;
import io.markguard.platform.notify.Recipient;
import io.markguard.portal.notify.Inbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Where complaint-service and merchant-service hand over their notifications, with their own client-credentials
 * tokens. The same key again files and mails nothing more, so the senders' outboxes may repeat a delivery.
 */
@Path("/api/internal/notifications")
@RolesAllowed({ "complaint-service", "merchant-service" })
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InternalNotificationResource {

    public record To(@Size(max = 64) String subject, @Size(max = 254) String email, Long brandId, String action,
            @Size(max = 32) String role) {
    }

    public record Told(@NotBlank @Size(max = 115) String key, @NotNull @Valid To to, @NotBlank @Size(max = 64) String kind,
            Map<String, String> params, @Size(max = 500) String link) {
    }

    @Inject
    Inbox inbox;

    @POST
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "fileNotification", summary = "Internal, for the other services' outboxes: a notification to file in inboxes and mail, once per key")
    public Inbox.Filed tell(@NotNull @Valid Told told) {
        Recipient to = new Recipient(told.to().subject(), told.to().email(), told.to().brandId(), told.to().action(), told.to().role());
        return inbox.file(new Notification(told.key(), to, told.kind(), told.params(), told.link()));
    }
}
