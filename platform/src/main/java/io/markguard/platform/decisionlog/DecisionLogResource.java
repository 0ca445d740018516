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
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getDecisionLogKey", summary = "The decision log's id and Ed25519 public key, which signed tree heads verify against; no token")
    public DecisionLogContract.LogKey key() {
        return log.key();
    }

    @GET
    @Path("head")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getDecisionLogHead", summary = "The latest signed tree head: size, root hash, time and signature; no token")
    public SignedTreeHead head() {
        return log.head();
    }

    @GET
    @Path("proofs/inclusion")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getInclusionProof", summary = "The proof that leaf index is in the tree of a size (RFC 6962 audit path); no token")
    public DecisionLogContract.InclusionProof inclusion(@QueryParam("index") String index,
            @QueryParam("treeSize") String treeSize) {
        long i = number("index", index);
        long size = number("treeSize", treeSize);
        return refusingBadRange(() -> log.inclusion(i, size));
    }

    @GET
    @Path("proofs/consistency")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getConsistencyProof", summary = "The proof that the tree of size first is a prefix of the tree of size second; no token")
    public DecisionLogContract.ConsistencyProof consistency(@QueryParam("first") String first,
            @QueryParam("second") String second) {
        long a = number("first", first);
        long b = number("second", second);
        return refusingBadRange(() -> log.consistency(a, b));
    }

    @GET
    @Path("leaves")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listDecisionLogLeaves", summary = "The log's leaves from an index on, a page at a time, for a verifier to recompute the root; no token")
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
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getDecisionLogEntry", summary = "The leaf of one decision by its key (e.g. item-41-decided), with its index; no token")
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
