package io.markguard.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * An RFC 9457 problem detail, as every service answers every error ({@code application/problem+json}):
 * {@code code} is stable for clients to translate, {@code violations} name each field at fault.
 */
// Written as a Response entity, which the build cannot see: registered for native images by hand.
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault, named as the client sent it: {@code evidence.urls[2]}, {@code items[0].listingId}. */
    @RegisterForReflection
    public record Violation(String field, String message) {
    }
}
