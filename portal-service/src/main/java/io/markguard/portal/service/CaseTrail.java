package io.markguard.portal.service;

import io.markguard.portal.CaseEvent;
import io.markguard.portal.VerificationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Writes the audit trail of verification cases: who did what, when, and why. */
@ApplicationScoped
public class CaseTrail {

    @Inject
    Clock clock;

    public CaseEvent record(VerificationCase verification, Actor actor, String action, String reason) {
        CaseEvent event = new CaseEvent();
        event.caseId = verification.id;
        event.actor = actor.subject();
        event.actorName = actor.name() == null ? actor.subject() : actor.name();
        event.action = action;
        event.reason = reason;
        event.happenedAt = clock.instant();
        event.persist();
        return event;
    }
}
