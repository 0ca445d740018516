package io.markguard.merchant.service;

/** A request the rules refuse; nothing was changed. The REST layer turns it into a problem detail. */
public class Refusal extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        TOO_LARGE,
        UNSUPPORTED_TYPE
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

    public static Refusal conflict(String field, String message) {
        return new Refusal(Kind.CONFLICT, field, message);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, if one is. */
    public String field() {
        return field;
    }
}
