package io.markguard.platform.decisionlog;

import io.markguard.decisionlog.DecisionLogContract;
import io.markguard.decisionlog.SignedTreeHead;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;

/** The decision log's public contract (decision-log/README.md), for anyone and without a token. */
@Path(DecisionLogContract.BASE)
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DecisionLogResource {

    @Inject
    PublicDecisionLog log;

    @GET
    @Path("key")
    public DecisionLogContract.LogKey key() {
        return log.key();
    }

    @GET
    @Path("head")
    public SignedTreeHead head() {
        return log.head();
    }

    @GET
    @Path("proofs/inclusion")
    public DecisionLogContract.InclusionProof inclusion(@QueryParam("index") String index,
            @QueryParam("treeSize") String treeSize) {
        long i = number("index", index);
        long size = number("treeSize", treeSize);
        return refusingBadRange(() -> log.inclusion(i, size));
    }

    @GET
    @Path("proofs/consistency")
    public DecisionLogContract.ConsistencyProof consistency(@QueryParam("first") String first,
            @QueryParam("second") String second) {
        long a = number("first", first);
        long b = number("second", second);
        return refusingBadRange(() -> log.consistency(a, b));
    }

    @GET
    @Path("leaves")
    public DecisionLogContract.LeavesPage leaves(@QueryParam("from") String from, @QueryParam("limit") String limit) {
        long start = number("from", from);
        long most = number("limit", limit);
        if (most > Integer.MAX_VALUE) {
            throw Refusal.invalid("limit", "limit must lie in [1, " + DecisionLogContract.MAX_LEAVES + "]");
        }
        return refusingBadRange(() -> log.leaves(start, (int) most));
    }

    /** Where a decision stands in the log: for the pages that link to its inclusion proof. */
    @GET
    @Path("leaves/by-key/{key}")
    public PublicDecisionLog.Entry byKey(@PathParam("key") String key) {
        return log.byKey(key).orElseThrow(() -> Refusal.notFound("decision in the log"));
    }

    private static long number(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, field + " is required");
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, field + " must be an integer");
        }
    }

    /** PublicLog names the parameter out of range first in its message. */
    private static <T> T refusingBadRange(Supplier<T> answer) {
        try {
            return answer.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw Refusal.invalid(message.split(" ", 2)[0], message);
        }
    }
}
