package io.markguard.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ResteasyReactiveClientProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error every service answers is an RFC 9457 problem detail ({@link Problem}); validation errors name each
 * field in one format ({@link FieldPaths}). Where the service has pages for people ({@link ErrorPages}), an error
 * outside {@code /api/} is a readable page instead.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /**
     * Ahead of the mappers Quarkus itself brings for the same exceptions (Jackson's, bean validation's, security's),
     * which answer in other shapes.
     */
    static final int PRIORITY = Priorities.USER - 100;

    /** Realm the 401 challenge names. */
    static final String CHALLENGE = "Bearer realm=\"markguard\"";

    @Inject
    Instance<ErrorPages> pages;

    /** Bean validation of a request; Quarkus' own exception type is named too, so that this mapper is the one used. */
    @ServerExceptionMapper(value = { ConstraintViolationException.class, ResteasyReactiveViolationException.class }, priority = PRIORITY)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return respond(uri, 400, "The request has invalid fields.", "INVALID", violations);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response refused(Refusal e, UriInfo uri) {
        List<Problem.Violation> violations = e.field() == null ? null
                : List.of(new Problem.Violation(e.field(), e.getMessage()));
        Response response = respond(uri, e.status(), e.getMessage(), e.code(), violations);
        if (e.retryAfter() != null) {
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        return response;
    }

    /**
     * A body that is JSON but not of the shape expected: the field whose value could not be read is named. Quarkus
     * passes Jackson's MismatchedInputException on as it is, and has a mapper of its own for that exact type.
     */
    @ServerExceptionMapper(value = { JsonMappingException.class, MismatchedInputException.class }, priority = PRIORITY)
    public Response unreadable(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof StreamConstraintsException tooDeep) {
            return malformed(tooDeep, uri);
        }
        String message = e instanceof InvalidFormatException invalid
                ? "cannot take the value " + invalid.getValue() + (invalid.getTargetType() != null
                        && invalid.getTargetType().isEnum()
                                ? "; allowed: " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                                : "")
                : "has the wrong type or shape";
        return respond(uri, 400, "The request body cannot be read.", "INVALID",
                List.of(new Problem.Violation(FieldPaths.of(e), message)));
    }

    /** Not JSON at all, or JSON past the parser's limits (nesting depth, number or string length). */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String detail = e instanceof StreamConstraintsException
                ? "The request body is nested too deeply or has a value too long to read."
                : "The request body is not valid JSON.";
        return respond(uri, 400, detail, "INVALID", null);
    }

    /**
     * No valid sign-in. The challenge is the one the request's authentication mechanism makes: for a bearer-token
     * API a 401, answered as a problem with its {@code WWW-Authenticate}; for pages of a service with a sign-in
     * (the portal's authorization-code flow) the redirect to Keycloak, left as it is.
     */
    @ServerExceptionMapper(value = { AuthenticationFailedException.class, UnauthorizedException.class }, priority = PRIORITY)
    public Uni<Response> unauthenticated(RuntimeException e, RoutingContext routing, UriInfo uri) {
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(routing).onFailure().recoverWithNull();
        return challenge.map(data -> {
            if (data != null && data.status != 401 && !uri.getPath().startsWith("/api/")) {
                Response.ResponseBuilder redirect = Response.status(data.status);
                data.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
                return redirect.build();
            }
            String header = CHALLENGE;
            if (data != null) {
                for (var entry : data.getHeaders().entrySet()) {
                    if (HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(entry.getKey().toString())) {
                        header = entry.getValue();
                    }
                }
            }
            Problem problem = new Problem("about:blank", reasonPhrase(401), 401, standardDetail(401), uri.getPath(),
                    "UNAUTHENTICATED", null);
            return Response.status(401).type(Problem.MEDIA_TYPE).entity(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, header).build();
        });
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, "Your roles do not allow this.", "FORBIDDEN", null);
    }

    /** Someone else changed the same thing at the same moment; nothing of this request was kept. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response concurrent(OptimisticLockException e, UriInfo uri) {
        return respond(uri, 409, "Someone else changed this at the same moment; reload and try again.", "CONFLICT",
                null);
    }

    /** The framework's own answers (no such route, method not allowed, unsupported content type...). */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus' JSON reader answers a body it cannot read as a 400 that carries Jackson's exception.
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadable(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return malformed(parsing, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (e instanceof ResteasyReactiveClientProblem && (status == 401 || status >= 500)) {
            // Another service's answer to a call of this one: its 401 refuses this service's own credentials (a
            // token that expired on the way, say) and its 5xx is its failure; neither is the caller's to fix, and
            // passed on as they are a signed-in caller would read "sign in again".
            LOG.warnf("A call this service made while answering %s was answered %d", uri.getPath(), status);
            return Response.fromResponse(respond(uri, 503, standardDetail(503), "UNAVAILABLE", null))
                    .header(HttpHeaders.RETRY_AFTER, 2).build();
        }
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? standardDetail(status)
                : e.getMessage();
        Response.ResponseBuilder answer = Response.fromResponse(respond(uri, status, detail, codeOf(status), null));
        for (String kept : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE)) {
            Object value = original.getHeaders().getFirst(kept);
            if (value != null) {
                answer.header(kept, value);
            }
        }
        if (status == 401 && original.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE) == null) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return answer.build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unhandled error on %s", uri.getPath());
        return respond(uri, 500, "An unexpected error occurred.", "INTERNAL", null);
    }

    private Response respond(UriInfo uri, int status, String detail, String code, List<Problem.Violation> violations) {
        Problem problem = new Problem("about:blank", reasonPhrase(status), status, detail, uri.getPath(), code,
                violations);
        if (pages.isResolvable() && !uri.getPath().startsWith("/api/")) {
            Optional<Response> page = pages.get().page(uri.getPath(), status, problem);
            if (page.isPresent()) {
                return page.get();
            }
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "INVALID";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "TOO_LARGE";
            case 415 -> "UNSUPPORTED_TYPE";
            case 422 -> "UNPROCESSABLE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL" : "INVALID";
        };
    }

    static String standardDetail(int status) {
        return switch (status) {
            case 400 -> "The request cannot be read.";
            case 401 -> "A valid bearer token from realm markguard (or, for a brand's API client, markguard-integrations)"
                    + " is required.";
            case 403 -> "Your roles do not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method.";
            case 406 -> "This address cannot answer in the media type asked for.";
            case 413 -> "The request body is larger than allowed.";
            case 415 -> "This address does not take this content type.";
            case 503 -> "The service cannot answer now; try again shortly.";
            default -> reasonPhrase(status) + ".";
        };
    }
}
