package io.markguard.portal.client;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Sorts what a peer call threw, inside the fault-tolerance interceptors (which run at PLATFORM_AFTER + 10), so
 * their {@code retryOn} and {@code failOn} see what happened rather than the HTTP client's wrapping:
 * <ul>
 * <li>a 4xx answer stays a {@link WebApplicationException}: the peer's decision about this request;</li>
 * <li>a 503 problem+json stays one too: the peer is up and refuses for a reason it states (a service of its own
 * away, a rule);</li>
 * <li>any other 5xx, and an answer broken off, is {@link PeerFault.Failed};</li>
 * <li>no connection is {@link PeerFault.Unreachable};</li>
 * <li>a read that timed out is {@link PeerFault.Slow}.</li>
 * </ul>
 */
@PeerCall
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 20)
public class PeerCallInterceptor {

    @AroundInvoke
    Object sort(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (WebApplicationException e) {
            throw sorted(e);
        } catch (ProcessingException e) {
            throw sorted(e);
        }
    }

    static RuntimeException sorted(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 500 || status == 503 && isProblem(e)) {
            return e;
        }
        return new PeerFault.Failed("the service answered " + status, e);
    }

    static PeerFault sorted(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return new PeerFault.Unreachable(e);
            }
            if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException
                    || cause instanceof io.netty.handler.timeout.TimeoutException) {
                return new PeerFault.Slow(e);
            }
        }
        return new PeerFault.Failed("the service's answer could not be read", e);
    }

    private static boolean isProblem(WebApplicationException e) {
        MediaType type = e.getResponse().getMediaType();
        return type != null && "problem+json".equals(type.getSubtype());
    }
}
