package io.markguard.complaint.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.markguard.complaint.service.Refusal;
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
    public Response refused(Refusal e, UriInfo uri) {
        List<Violation> violations = e.field() == null ? null : List.of(new Violation(e.field(), e.getMessage()));
        return problem(Response.Status.fromStatusCode(e.kind().status) == null
                ? new UnprocessableEntity() : Response.Status.fromStatusCode(e.kind().status), e.getMessage(), uri, violations);
    }

    /** 422 is not in JAX-RS's Status enum. */
    private static final class UnprocessableEntity implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
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
