package io.markguard.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.portal.client.PeerFault;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * How pages turn a peer service's answers into pages: its 404 and 403 become the portal's own, an outage a
 * readable "cannot be reached" page naming the service, and a refused form a message on the form's page.
 */
final class PeerCalls {

    private static final Logger LOG = Logger.getLogger(PeerCalls.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final PeerCalls MERCHANT = new PeerCalls("merchant-service");
    static final PeerCalls COMPLAINT = new PeerCalls("complaint-service");

    /** The peer did not answer in time, or its breaker is open. */
    static final class Unavailable extends RuntimeException {
        final String peer;

        Unavailable(String peer, Throwable cause) {
            super(peer + " cannot be reached", cause);
            this.peer = peer;
        }
    }

    /**
     * The peer refused what a page asked it for with 400: a link whose cursor it did not write for that list (copied
     * from another list, or from before a change of the list's order), or a filter it does not take. {@code field}
     * names what it refused, as it named it.
     */
    static final class Refused extends RuntimeException {
        final String field;

        Refused(String peer, String field) {
            super(peer + " refused the request" + (field == null ? "" : ": " + field));
            this.field = field;
        }
    }

    /** A refusal of a form by the peer: a code the pages translate, the fields it named, and its own words. */
    record PeerRefusal(String code, String field, String detail) {
    }

    private final String peer;

    private PeerCalls(String peer) {
        this.peer = peer;
    }

    <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw translated(e);
        } catch (ProcessingException | FaultToleranceException | PeerFault e) {
            LOG.warnf("%s did not answer: %s", peer, e.toString());
            throw new Unavailable(peer, e);
        }
    }

    /**
     * One part of a page that the rest of the page does without: when the peer cannot give it, the part says so
     * in the reader's language and the page is still shown. A 400, 404 or 403 is still the page's own.
     */
    <T> Part<T> part(Supplier<T> call) {
        try {
            return new Part<>(read(call), null);
        } catch (Unavailable e) {
            return new Part<>(null, e.peer);
        }
    }

    /** A part of a page: its value, or the peer that could not give it. */
    record Part<T>(T value, String unavailable) {
        public boolean shown() {
            return unavailable == null;
        }
    }

    /** Runs a form's action; the peer's refusal goes back to the form's page, named by field where it named one. */
    Response submit(String back, Supplier<String> action) {
        try {
            return Response.seeOther(java.net.URI.create(action.get())).build();
        } catch (WebApplicationException e) {
            PeerRefusal refusal = refusalOf(e, false);
            return back(back, refusal.code(), refusal.field());
        } catch (ProcessingException | FaultToleranceException | PeerFault e) {
            LOG.warnf("%s did not answer a form: %s", peer, e.toString());
            throw new Unavailable(peer, e);
        }
    }

    /**
     * What a refused form's page should say. A 403 is a refusal to show on the form only where the peer decides
     * it per request (as complaint-service does for a brand's right or a suspension); elsewhere it is the portal's 403.
     */
    PeerRefusal refusalOf(WebApplicationException e, boolean forbiddenIsARefusal) {
        int status = e.getResponse().getStatus();
        if (status == 403) {
            e.getResponse().bufferEntity();
            JsonNode problem = problemOf(e.getResponse());
            if (problem != null && "FILING_SUSPENDED".equals(problem.path("code").asText(null))) {
                // complaint-service's misuse suspension (DSA Art. 23): a refusal every filing form names in the reader's words.
                return new PeerRefusal("FILING_SUSPENDED", fieldsOf(problem), problem.path("detail").asText(null));
            }
        }
        String code = switch (status) {
            case 400, 422 -> "INVALID";
            case 409 -> "CONFLICT";
            case 413 -> "TOO_LARGE";
            case 415 -> "FILE_TYPE";
            case 403 -> forbiddenIsARefusal ? "FORBIDDEN" : null;
            default -> null;
        };
        if (code == null) {
            throw translated(e);
        }
        JsonNode problem = problemOf(e.getResponse());
        return new PeerRefusal(code, fieldsOf(problem), problem == null ? null : problem.path("detail").asText(null));
    }

    /** Calls the peer for a form that re-renders itself on refusal: the answer, or the refusal. */
    <T> Attempt<T> attempt(Supplier<T> action) {
        try {
            return new Attempt<>(action.get(), null);
        } catch (WebApplicationException e) {
            return new Attempt<>(null, refusalOf(e, true));
        } catch (ProcessingException | FaultToleranceException | PeerFault e) {
            LOG.warnf("%s did not answer a form: %s", peer, e.toString());
            throw new Unavailable(peer, e);
        }
    }

    record Attempt<T>(T value, PeerRefusal refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    /** A form's Idempotency-Key as the peer takes it, or none where the form sent none it could use. */
    static String idempotencyKey(String fromForm) {
        return fromForm == null || fromForm.isBlank() || fromForm.length() > 255 ? null : fromForm;
    }

    static Response back(String path, String error, String field) {
        UriBuilder uri = UriBuilder.fromPath(path).queryParam("error", error);
        if (field != null && !field.isBlank()) {
            uri.queryParam("field", field);
        }
        return Response.seeOther(uri.build()).build();
    }

    private RuntimeException translated(WebApplicationException e) {
        return switch (e.getResponse().getStatus()) {
            case 400 -> new Refused(peer, fieldsOf(problemOf(e.getResponse())));
            case 404 -> new NotFoundException();
            case 401, 403 -> new ForbiddenException();
            default -> {
                LOG.warnf("%s answered %d", peer, e.getResponse().getStatus());
                yield new Unavailable(peer, e);
            }
        };
    }

    private static JsonNode problemOf(Response response) {
        try {
            return JSON.readTree(response.readEntity(String.class));
        } catch (RuntimeException | java.io.IOException unreadable) {
            return null;
        }
    }

    /** The fields a problem+json answer names, joined; none when the body is not one. */
    private static String fieldsOf(JsonNode problem) {
        if (problem == null || !problem.path("violations").isArray() || problem.path("violations").isEmpty()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        problem.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        return String.join(", ", fields.stream().filter(f -> !f.isBlank()).distinct().toList());
    }
}
