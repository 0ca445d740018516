package io.markguard.portal.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.markguard.portal.service.Refused;
import io.markguard.portal.web.PortalPages;
import io.markguard.portal.web.Templates;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Errors under /api are RFC 9457 problem details, with each invalid field named; errors on portal
 * pages are a readable page in the visitor's language. Missing or refused sign-in is left to OIDC:
 * pages redirect to Keycloak, the API answers 401.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    public record Violation(String field, String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String type, String title, int status, String detail, String instance,
            List<Violation> violations) {
    }

    @Inject
    PortalPages pages;

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return respond(Response.Status.BAD_REQUEST, "The request has invalid fields.", uri, violations);
    }

    /** A body that is not the JSON the endpoint reads (a wrong enum value, a string for a number...). */
    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .reduce((a, b) -> a + "." + b).orElse("");
        return respond(Response.Status.BAD_REQUEST, "The request body has a value of the wrong type or out of range.", uri,
                List.of(new Violation(field, "has a value of the wrong type or out of range")));
    }

    /** Someone else changed the same case or brand at the same moment; nothing of this request was kept. */
    @ServerExceptionMapper
    public Response concurrent(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return respond(Response.Status.CONFLICT, "Someone else changed this at the same moment; reload and try again.", uri, null);
    }

    @ServerExceptionMapper
    public Response refused(Refused e, UriInfo uri) {
        List<Violation> violations = e.refusal.field == null ? null : List.of(new Violation(e.refusal.field, e.getMessage()));
        return respond(Response.Status.fromStatusCode(e.refusal.status) == null ? new Status(e.refusal.status)
                : Response.Status.fromStatusCode(e.refusal.status), e.getMessage(), uri, violations);
    }

    /** Statuses JAX-RS has no constant for (422). */
    private record Status(int code) implements Response.StatusType {
        public int getStatusCode() {
            return code;
        }

        public Response.Status.Family getFamily() {
            return Response.Status.Family.familyOf(code);
        }

        public String getReasonPhrase() {
            return code == 422 ? "Unprocessable Content" : "Error";
        }
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Response.Status.FORBIDDEN, "Your roles do not allow this.", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        return respond(e.getResponse().getStatusInfo(), e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unhandled error on %s", uri.getPath());
        return respond(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred.", uri, null);
    }

    private Response respond(Response.StatusType status, String detail, UriInfo uri, List<Violation> violations) {
        if (!uri.getPath().startsWith("/api/")) {
            var page = pages.errorPage();
            return Response.status(status.getStatusCode()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.error(page, status.getStatusCode()).setLocale(page.language().locale).render())
                    .build();
        }
        Problem body = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                uri.getPath(), violations);
        return Response.status(status.getStatusCode()).type(PROBLEM_JSON).entity(body).build();
    }

    /** The field as the client named it: the method and parameter nodes of the path are dropped. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() != ElementKind.METHOD) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", names);
    }
}
