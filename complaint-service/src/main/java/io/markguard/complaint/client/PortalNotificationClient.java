package io.markguard.complaint.client;

import io.markguard.platform.notify.Notification;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** portal-service's inbox, handed complaint-service's notifications with its own client-credentials token. */
@RegisterRestClient(configKey = "portal-service")
@OidcClientFilter
public interface PortalNotificationClient {

    /** Files the notification for each person it names and mails them; the same key again does nothing more. */
    @POST
    @Path("/api/internal/notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    void tell(Notification notification);
}
