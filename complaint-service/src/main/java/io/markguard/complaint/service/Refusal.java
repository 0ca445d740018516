package io.markguard.complaint.service;

/** A request the rules refuse; nothing was changed. The REST layer turns it into a problem detail. */
public class Refusal extends RuntimeException {

    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413), UNSUPPORTED_TYPE(415),
        UNPROCESSABLE(422), UNAVAILABLE(503);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String field;

    public Refusal(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
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

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
