package io.markguard.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.junit.jupiter.api.Test;

/**
 * What a caller reads when a call this service makes to another one is refused or fails: the other service's 401
 * refused this service's own token, so the caller is told to try again (503), never to sign in again; the other
 * service's "no such thing" and "not yours" are the caller's answer and pass on as they are.
 */
class DownstreamAnswersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    DownstreamAnswersTest() {
        @SuppressWarnings("unchecked")
        Instance<ErrorPages> none = (Instance<ErrorPages>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { Instance.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "isResolvable" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        mappers.pages = none;
    }

    @Test
    void anotherServiceRefusingThisOnesTokenIsUnavailableToTheCallerWithAWait() {
        Response answer = mappers.web(new ClientWebApplicationException(Response.status(401).build()),
                uri("/api/complaints"));
        assertEquals(503, answer.getStatus());
        assertEquals("UNAVAILABLE", ((Problem) answer.getEntity()).code());
        assertEquals("2", String.valueOf(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
    }

    @Test
    void anotherServiceFailingIsUnavailableToTheCaller() {
        Response answer = mappers.web(new ClientWebApplicationException(Response.status(500).build()),
                uri("/api/complaints"));
        assertEquals(503, answer.getStatus());
    }

    @Test
    void anotherServicesNotFoundAndForbiddenAreTheCallersAnswer() {
        assertEquals(404, mappers.web(new ClientWebApplicationException(Response.status(404).build()),
                uri("/api/complaints")).getStatus());
        assertEquals(403, mappers.web(new ClientWebApplicationException(Response.status(403).build()),
                uri("/api/complaints")).getStatus());
    }

    @Test
    void thisServicesOwn401StaysA401WithItsChallenge() {
        WebApplicationException own = new NotAuthorizedException("Bearer");
        Response answer = mappers.web(own, uri("/api/complaints"));
        assertEquals(401, answer.getStatus());
        assertEquals("Bearer", String.valueOf(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)));
    }

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(DownstreamAnswersTest.class.getClassLoader(),
                new Class<?>[] { UriInfo.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getPath" -> path;
                    case "getRequestUri", "getAbsolutePath" -> URI.create("http://localhost" + path);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
