package io.markguard.portal.client;

/**
 * A call to a peer service that got no usable answer. Which kind it was decides what the portal's fault tolerance
 * does with it: only {@link Unreachable} and {@link Failed} are the peer's own failures, counted by the breakers;
 * {@link Slow} is one request's answer taking too long and is neither counted nor retried.
 */
public abstract sealed class PeerFault extends RuntimeException {

    PeerFault(String message, Throwable cause) {
        super(message, cause);
    }

    /** No connection could be made: nothing reached the peer, so a read may be tried once more. */
    public static final class Unreachable extends PeerFault {
        Unreachable(Throwable cause) {
            super("the service could not be reached", cause);
        }
    }

    /** The peer answered with a server error of its own, or broke off its answer. */
    public static final class Failed extends PeerFault {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The answer did not come in time: the peer may be busy with this very request, so it is not asked again. */
    public static final class Slow extends PeerFault {
        Slow(Throwable cause) {
            super("the service did not answer in time", cause);
        }
    }
}
