package io.markguard.portal.service;

import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.portal.BrandMember;
import io.markguard.portal.EvidenceContent;
import io.markguard.portal.EvidenceDocument;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/** Uploaded evidence: checked on its content (size, magic bytes), kept in PostgreSQL with its SHA-256. */
@ApplicationScoped
public class EvidenceStore {

    public record Upload(EvidenceDocument.Kind kind, Long caseId, String filename, InputStream content) {
    }

    public record Download(EvidenceDocument document, byte[] content) {
    }

    @Inject
    Idempotency idempotency;

    @Inject
    PortalConfig config;

    @Inject
    BrandDirectory brands;

    @Inject
    CaseTrail trail;

    @Inject
    Clock clock;

    @Transactional
    public EvidenceDocument upload(Actor actor, long brandId, Upload upload, String idempotencyKey) {
        brands.readable(actor, brandId);
        BrandMember.Role role = brands.roleOf(actor, brandId);
        if (role == null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        String scope = "document:" + brandId;
        String fingerprint = idempotency.fingerprint(java.util.Arrays.asList(upload.kind(), upload.caseId(), upload.filename()));
        var earlier = idempotency.earlier(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint);
        if (earlier.isPresent()) {
            return EvidenceDocument.findById(Long.valueOf(earlier.get()));
        }
        if (upload.kind() == null) {
            throw RefusalReason.DOCUMENT_KIND.raise();
        }
        VerificationCase verification = null;
        if (upload.kind() == EvidenceDocument.Kind.AUTHORISATION_LETTER) {
            if (role != BrandMember.Role.OWNER || upload.caseId() != null) {
                throw RefusalReason.DOCUMENT_KIND.raise("A letter of authorisation is uploaded by the owner, for an agent, not to a case.");
            }
        } else {
            verification = upload.caseId() == null ? null : VerificationCase.findById(upload.caseId());
            if (verification == null || !verification.brandId.equals(brandId)) {
                throw RefusalReason.NOT_FOUND.raise();
            }
            if (verification.status != VerificationCase.Status.AWAITING_DOCUMENTS
                    && verification.status != VerificationCase.Status.MORE_EVIDENCE) {
                throw RefusalReason.CASE_NOT_TAKING_DOCUMENTS.raise();
            }
        }
        byte[] content = read(upload.content());
        if (content.length == 0) {
            throw RefusalReason.FILE_MISSING.raise();
        }
        String type = EvidenceTypes.detect(content).filter(config.documents().allowedTypes()::contains)
                .orElseThrow(() -> RefusalReason.FILE_TYPE.raise());
        EvidenceDocument document = new EvidenceDocument();
        document.brandId = brandId;
        document.caseId = upload.caseId();
        document.kind = upload.kind();
        document.filename = safeName(upload.filename());
        document.contentType = type;
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.uploadedBy = actor.subject();
        document.uploadedAt = clock.instant();
        document.persist();
        EvidenceContent stored = new EvidenceContent();
        stored.documentId = document.id;
        stored.content = content;
        stored.persist();
        if (verification != null) {
            trail.record(verification, actor, "DOCUMENT_UPLOADED", document.kind + " " + document.filename + " sha256:" + document.sha256);
        }
        idempotency.remember(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint, document.id);
        return document;
    }

    @Transactional
    public List<EvidenceDocument> ofCase(long caseId) {
        return EvidenceDocument.ofCase(caseId);
    }

    /** A document of a case, for its brand's members or a reviewer. */
    @Transactional
    public Download download(long documentId) {
        EvidenceDocument document = EvidenceDocument.findById(documentId);
        if (document == null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        EvidenceContent content = EvidenceContent.findById(documentId);
        return new Download(document, content.content);
    }

    /** Reads at most one byte more than allowed: an oversized upload is refused without loading it whole. */
    private byte[] read(InputStream upload) {
        if (upload == null) {
            throw RefusalReason.FILE_MISSING.raise();
        }
        long max = config.documents().maxBytes();
        try (InputStream in = upload) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw RefusalReason.FILE_TOO_LARGE.raise("The file is larger than " + max + " bytes.");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeName(String name) {
        String base = name == null || name.isBlank() ? "upload" : Path.of(name.replace('\\', '/')).getFileName().toString();
        base = base.replaceAll("[\\p{Cntrl}\"]", "_");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
