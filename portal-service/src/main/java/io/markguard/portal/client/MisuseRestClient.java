package io.markguard.portal.client;

import io.markguard.platform.paging.Page;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** complaint-service's misuse measures (DSA Art. 23), called with the signed-in user's token. */
@RegisterRestClient(configKey = "complaint-service")
@RegisterClientHeaders(UserTokenForwarding.class)
public interface MisuseRestClient {

    record Figures(long decided, long manifestlyUnfounded, BigDecimal unfoundedShare, Instant windowStart,
            Integer windowDays, Integer minDecidedItems, BigDecimal unfoundedShareBar, String policyVersion) {
    }

    record Event(long id, long brandId, String kind, Long reviewId, Figures figures, String reasonCode,
            Map<String, String> reasonParams, String statement, String actorRole, String actor, Instant effectiveFrom,
            Instant effectiveUntil, boolean brandTold, Instant occurredAt) {
    }

    record Contest(String statement, Instant at) {
    }

    record Review(long id, long brandId, String brandName, String status, Instant proposedAt, Instant deadline,
            boolean pastDeadline, Figures figures, Instant warnedAt, int suspensionDays, int contests, Contest lastContest,
            String decidedBy, Instant decidedAt, String decisionCode, String decisionReason, Instant suspendedFrom,
            Instant suspendedUntil, Instant liftedAt, Instant asOf) {
    }

    record NewContest(String statement) {
    }

    record Decision(String decision, String reasonCode, String reason) {
    }

    @GET
    @Path("/api/brands/{brandId}/misuse/events")
    Page<Event> events(@PathParam("brandId") long brandId, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/api/brands/{brandId}/misuse/contests")
    @Consumes(MediaType.APPLICATION_JSON)
    Event contest(@PathParam("brandId") long brandId, @HeaderParam("Idempotency-Key") String idempotencyKey, NewContest contest);

    @GET
    @Path("/api/review/misuse")
    Page<Review> queue(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/review/misuse/{id}")
    Review review(@PathParam("id") long id);

    @POST
    @Path("/api/review/misuse/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Review decide(@PathParam("id") long id, Decision decision);
}
