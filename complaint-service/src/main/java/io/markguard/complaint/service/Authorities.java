package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.client.PortalClient;
import io.markguard.complaint.client.PortalRestClient;
import io.markguard.complaint.config.IntakeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Who may act for a brand, and how far, as portal-service answers it. One answer per brand and subject carries the
 * member's role, actions, rights and end, so that every endpoint judges its own request (a list, an item, a
 * retraction) without a call per row. Answers are reused for at most {@code markguard.intake.authority-cache-for}
 * (5 s), and only while the brand's {@link BrandAccessVersions version} is the one they were asked under: portal-service
 * tells this service of every revocation, change of scope or of a right, and the next question asks it again. A
 * membership whose end has passed is refused at once whatever was held.
 */
@ApplicationScoped
public class Authorities {

    /** What a member may do for its brand; portal-service grants them, owners and co-owners have them all. */
    public enum Action { FILE, RETRACT, ANSWER_APPEALS, MESSAGE, READ }

    /** The right id asked when only membership matters: no right has it, so the answer is about the member. */
    private static final long NO_RIGHT = 0;

    private record Key(long brandId, String subject, long rightId, long version) {
    }

    private final ExpiringCache<Key, Optional<PortalRestClient.Authorisation>> cache = new ExpiringCache<>();

    @Inject
    PortalClient portal;

    @Inject
    IntakeRules rules;

    @Inject
    Clock clock;

    @Inject
    BrandAccessVersions versions;

    public Optional<PortalRestClient.Authorisation> ask(long brandId, String subject, long rightId) {
        Instant now = clock.instant();
        Optional<PortalRestClient.Authorisation> answer = cache.get(new Key(brandId, subject, rightId,
                versions.of(brandId)), now, rules.authorityCacheFor(), () -> {
            try {
                return portal.authority(brandId, subject, rightId == NO_RIGHT ? null : rightId);
            } catch (CircuitBreakerOpenException | TimeoutException | jakarta.ws.rs.ProcessingException e) {
                throw new Refusal(Refusal.Kind.UNAVAILABLE, null,
                        "portal-service cannot confirm who may act for brand " + brandId + " right now; try again shortly.");
            }
        });
        return answer.map(held -> ended(held, now));
    }

    /** A held answer of a membership whose end has passed since: refused as portal-service would refuse it now. */
    private static PortalRestClient.Authorisation ended(PortalRestClient.Authorisation held, Instant now) {
        if (!held.allowed() || held.validUntil() == null || held.validUntil().isAfter(now)) {
            return held;
        }
        return held.refused("AUTHORISATION_EXPIRED");
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

    /** A member now (not revoked, not past its end) of the brand, whatever the right and the action. */
    public boolean isMember(Actor actor, long brandId) {
        return ask(brandId, actor.subject(), NO_RIGHT).map(a -> a.role() != null && a.allowed()).orElse(false);
    }

    /**
     * What the subject may do for the brand now, as a member not revoked and not past its end; empty otherwise.
     * Asked for a subscription's creator before each webhook is sent.
     */
    public Optional<Scope> scopeOf(long brandId, String subject) {
        return ask(brandId, subject, NO_RIGHT).filter(a -> a.role() != null && a.allowed()).map(Scope::new);
    }

    /** A member row of the brand that is not revoked (it may have ended): the brand side of an item, to be judged. */
    public boolean hasMembership(Actor actor, long brandId) {
        return ask(brandId, actor.subject(), NO_RIGHT).map(a -> a.role() != null).orElse(false);
    }

    /**
     * The actor may take the action for the brand, on the right when one is named (null: the brand as a whole, as a
     * list does). Staff read everything. Not (or no longer) a member: 404 {@code what}, as if it did not exist.
     * Otherwise 403 naming what fails: {@code brandId} for a membership that ended, {@code action} for an action
     * the member was not given, {@code rightId} for a right outside its scope.
     */
    public Scope require(Actor actor, long brandId, Long rightId, Action action, String what) {
        if (actor.staff() && action == Action.READ) {
            return Scope.STAFF;
        }
        PortalRestClient.Authorisation answer = actor.has("brand") ? ask(brandId, actor.subject(), NO_RIGHT).orElse(null) : null;
        if (answer == null || answer.role() == null) {
            throw Refusal.notFound(what);
        }
        if ("AUTHORISATION_EXPIRED".equals(answer.reason())) {
            throw Refusal.forbidden("brandId", "Your authorisation for brand " + brandId + " ended at " + answer.validUntil() + ".");
        }
        if (!answer.allowed()) {
            throw Refusal.notFound(what);
        }
        Scope scope = new Scope(answer);
        if (!scope.may(action)) {
            throw Refusal.forbidden("action", "Your membership of brand " + brandId + " does not include " + action + ".");
        }
        if (rightId != null && !scope.covers(rightId)) {
            throw Refusal.forbidden("rightId", "You are not authorised for brand " + brandId + " on right " + rightId + ".");
        }
        return scope;
    }

    /** The scope an answer grants. */
    public record Scope(boolean staff, String role, boolean allRights, java.util.List<Long> rightIds,
            java.util.Set<String> actions, Instant validUntil) {

        static final Scope STAFF = new Scope(true, null, true, java.util.List.of(), java.util.Set.of(), null);

        Scope(PortalRestClient.Authorisation answer) {
            this(false, answer.role(), Boolean.TRUE.equals(answer.allRights()),
                    answer.rightIds() == null ? java.util.List.of() : answer.rightIds(),
                    answer.actions() == null ? java.util.Set.of() : answer.actions(), answer.validUntil());
        }

        public boolean may(Action action) {
            return staff || actions.contains(action.name());
        }

        public boolean covers(long rightId) {
            return staff || allRights || rightIds.contains(rightId);
        }
    }

    private static String field(String reason) {
        if (reason == null) {
            return "brandId";
        }
        return switch (reason) {
            case "RIGHT_NOT_OF_BRAND", "RIGHT_NOT_VERIFIED", "NOT_AUTHORISED_FOR_RIGHT" -> "rightId";
            case "ACTION_NOT_ALLOWED" -> "action";
            default -> "brandId";
        };
    }
}
