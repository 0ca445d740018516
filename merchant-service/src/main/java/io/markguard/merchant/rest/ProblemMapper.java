package io.markguard.merchant.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.markguard.merchant.service.Refusal;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error this service answers is an RFC 9457 problem detail; validation errors name each field. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    public record Violation(String field, String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String type, String title, int status, String detail, String instance,
            List<Violation> violations) {
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return problem(Response.Status.BAD_REQUEST, "The request has invalid fields.", uri, violations);
    }

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        Response.StatusType status = switch (e.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_TYPE -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
        };
        List<Violation> violations = e.field() == null ? null : List.of(new Violation(e.field(), e.getMessage()));
        return problem(status, e.getMessage(), uri, violations);
    }

    /** A body that is not the JSON expected: the field whose value could not be read is named. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
        String message = e instanceof InvalidFormatException invalid
                ? "cannot take the value " + invalid.getValue() + (invalid.getTargetType().isEnum()
                        ? "; allowed: " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants())
                        : "")
                : "has the wrong shape";
        return problem(Response.Status.BAD_REQUEST, "The request body cannot be read.", uri,
                List.of(new Violation(field, message)));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return problem(Response.Status.BAD_REQUEST, "The request body is not valid JSON.", uri, null);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(Response.Status.UNAUTHORIZED,
                "A valid bearer token from realm markguard is required.", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"markguard\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(Response.Status.FORBIDDEN, "Your roles do not allow this.", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unhandled error on %s", uri.getPath());
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred.", uri, null);
    }

    static Response problem(Response.StatusType status, String detail, UriInfo uri, List<Violation> violations) {
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
