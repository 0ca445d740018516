package io.markguard.portal.service;

import io.markguard.portal.AgentAuthorisation;
import io.markguard.portal.EvidenceDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;

/** The portal's one-step agent authorisation: the letter and the authorisation stand or fall together. */
@ApplicationScoped
public class Agents {

    @Inject
    EvidenceStore evidence;

    @Inject
    BrandDirectory brands;

    @Transactional
    public AgentAuthorisation authoriseWithLetter(Actor actor, long brandId, String agentSubject, Set<Long> rightIds,
            Instant validUntil, String letterName, InputStream letter) {
        brands.owned(actor, brandId);
        EvidenceDocument stored = evidence.upload(actor, brandId,
                new EvidenceStore.Upload(EvidenceDocument.Kind.AUTHORISATION_LETTER, null, letterName, letter), null);
        return brands.authorise(actor, brandId, new BrandDirectory.NewAuthorisation(agentSubject, rightIds, validUntil, stored.id),
                null);
    }
}
