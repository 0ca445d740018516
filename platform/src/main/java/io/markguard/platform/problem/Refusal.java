package io.markguard.platform.problem;

import java.time.Duration;

/**
 * A request the rules refuse; nothing was changed. Every service throws this one type and the platform's
 * {@link ProblemMappers} answers it as an RFC 9457 problem detail with the status, a stable {@code code} a
 * client can translate, and the field at fault.
 */
public class Refusal extends RuntimeException {

    /** The kinds of refusal, each with its HTTP status; a kind's name is the refusal's code unless a reason names one. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413), UNSUPPORTED_TYPE(415),
        UNPROCESSABLE(422), TOO_MANY_REQUESTS(429), UNAVAILABLE(503);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    /** A named reason a service's rules refuse for: an enum of a service's reasons implements it. */
    public interface Reason {
        String name();

        int status();

        /** The request field at fault, or null. */
        String field();

        /** The refusal in English; clients show their own words for {@link #name()}. */
        String detail();

        default Refusal raise() {
            return new Refusal(status(), name(), field(), detail(), null);
        }

        default Refusal raise(String detail) {
            return new Refusal(status(), name(), field(), detail == null ? detail() : detail, null);
        }
    }

    private final int status;
    private final String code;
    private final String field;
    private final Duration retryAfter;

    public Refusal(Kind kind, String field, String message) {
        this(kind.status, kind.name(), field, message, null);
    }

    protected Refusal(int status, String code, String field, String message, Duration retryAfter) {
        // A refusal is an answer, not a fault: no stack trace to fill.
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, null, "No such " + what + ".");
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, message);
    }

    public static Refusal conflict(String field, String message) {
        return new Refusal(Kind.CONFLICT, field, message);
    }

    public static Refusal forbidden(String field, String message) {
        return new Refusal(Kind.FORBIDDEN, field, message);
    }

    public static Refusal unprocessable(String field, String message) {
        return new Refusal(Kind.UNPROCESSABLE, field, message);
    }

    public static Refusal unavailable(String message) {
        return new Refusal(Kind.UNAVAILABLE, null, message);
    }

    /** A rate limit was hit: the answer carries Retry-After, in whole seconds, at least one. */
    public static Refusal tooManyRequests(String message, Duration retryAfter) {
        return new Refusal(Kind.TOO_MANY_REQUESTS.status, Kind.TOO_MANY_REQUESTS.name(), null, message, retryAfter);
    }

    public int status() {
        return status;
    }

    /** What a client translates: a reason's name, or the kind's. */
    public String code() {
        return code;
    }

    /** The request field at fault, if one is. */
    public String field() {
        return field;
    }

    /** For 429 and 503: when to try again, if known. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
