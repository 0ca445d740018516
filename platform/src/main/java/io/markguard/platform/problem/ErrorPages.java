package io.markguard.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * A service with pages for people (the portal) provides one bean of this type: for a request that is not under
 * {@code /api/}, the error becomes a readable page in the visitor's language instead of problem details.
 */
public interface ErrorPages {

    /** The page for this failed request, or empty where problem details are the answer. */
    Optional<Response> page(String path, int status, Problem problem);
}
