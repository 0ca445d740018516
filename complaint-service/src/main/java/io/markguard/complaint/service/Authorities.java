package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.client.PortalClient;
import io.markguard.complaint.client.PortalRestClient;
import io.markguard.complaint.config.IntakeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Who may act for a brand, as portal-service answers it. Answers are reused for a short configured
 * time: they change only on a verification or authorisation decision, and every filing asks.
 */
@ApplicationScoped
public class Authorities {

    /** The right id asked when only membership matters: no right has it, so the answer is about the member. */
    private static final long NO_RIGHT = 0;

    private record Key(long brandId, String subject, long rightId) {
    }

    private final ExpiringCache<Key, Optional<PortalRestClient.Authorisation>> cache = new ExpiringCache<>();

    @Inject
    PortalClient portal;

    @Inject
    IntakeRules rules;

    @Inject
    Clock clock;

    public Optional<PortalRestClient.Authorisation> ask(long brandId, String subject, long rightId) {
        return cache.get(new Key(brandId, subject, rightId), clock.instant(), rules.authorityCacheFor(), () -> {
            try {
                return portal.authority(brandId, subject, rightId);
            } catch (CircuitBreakerOpenException | TimeoutException | jakarta.ws.rs.ProcessingException e) {
                throw new Refusal(Refusal.Kind.UNAVAILABLE, null,
                        "portal-service cannot confirm who may act for brand " + brandId + " right now; try again shortly.");
            }
        });
    }

    /** The user may file for the brand on the right; otherwise 403 naming portal-service's reason. */
    public void requireMayFile(Actor actor, long brandId, long rightId) {
        PortalRestClient.Authorisation answer = ask(brandId, actor.subject(), rightId)
                .orElseThrow(() -> Refusal.forbidden("brandId", "You may not file for brand " + brandId + "."));
        if (!answer.allowed()) {
            throw Refusal.forbidden(field(answer.reason()),
                    "You may not file for brand " + brandId + " on right " + rightId + ": " + answer.reason() + ".");
        }
    }

    /** Owner or agent of the brand, whatever the right. */
    public boolean isMember(Actor actor, long brandId) {
        return ask(brandId, actor.subject(), NO_RIGHT).map(a -> a.role() != null).orElse(false);
    }

    private static String field(String reason) {
        if (reason == null) {
            return "brandId";
        }
        return switch (reason) {
            case "RIGHT_NOT_OF_BRAND", "RIGHT_NOT_VERIFIED", "NOT_AUTHORISED_FOR_RIGHT", "AUTHORISATION_EXPIRED" -> "rightId";
            default -> "brandId";
        };
    }
}
