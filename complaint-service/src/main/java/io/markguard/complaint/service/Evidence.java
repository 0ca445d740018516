package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.complaint.ComplaintEvidence;
import io.markguard.complaint.config.IntakeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/** Evidence documents: at most the configured size and count, of an accepted type judged on the bytes. */
@ApplicationScoped
public class Evidence {

    @Inject
    IntakeRules rules;

    @Inject
    Clock clock;

    @Transactional
    public ComplaintEvidence store(long complaintId, String filename, InputStream body) {
        if (filename == null || filename.isBlank() || filename.length() > 255) {
            throw Refusal.invalid("filename", "must name the document (1 to 255 characters)");
        }
        if (ComplaintEvidence.count("complaintId = ?1 and kind = ?2", complaintId, ComplaintEvidence.DOCUMENT) >= rules.maxDocuments()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "evidence", "A notice holds at most " + rules.maxDocuments() + " documents.");
        }
        byte[] content;
        try {
            content = body.readNBytes((int) rules.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw Refusal.invalid("evidence", "The document could not be read.");
        }
        if (content.length > rules.maxDocumentBytes()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "evidence", "A document may be at most " + rules.maxDocumentBytes() + " bytes.");
        }
        String type = typeOf(content);
        if (type == null || !rules.documentTypes().contains(type)) {
            throw new Refusal(Refusal.Kind.UNSUPPORTED_TYPE, "evidence", "Documents must be one of " + rules.documentTypes() + ".");
        }
        ComplaintEvidence e = new ComplaintEvidence();
        e.complaintId = complaintId;
        e.kind = ComplaintEvidence.DOCUMENT;
        e.reference = filename.strip();
        e.mediaType = type;
        e.sizeBytes = (long) content.length;
        e.sha256 = Intake.sha256(content);
        e.content = content;
        e.addedAt = clock.instant();
        e.persist();
        return e;
    }

    /** A stored document's bytes, with the type they were judged to be and their SHA-256. */
    public record Document(String filename, String mediaType, String sha256, byte[] content) {
    }

    /** The document {@code evidenceId} of notice {@code complaintId}; none for another notice's or for a URL. */
    @Transactional
    public Optional<Document> document(long complaintId, long evidenceId) {
        ComplaintEvidence e = ComplaintEvidence.findById(evidenceId);
        if (e == null || e.complaintId != complaintId || !ComplaintEvidence.DOCUMENT.equals(e.kind) || e.content == null) {
            return Optional.empty();
        }
        return Optional.of(new Document(e.reference, e.mediaType, e.sha256, e.content));
    }

    /** The type the bytes are, whatever the client declared. */
    static String typeOf(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return "image/png";
        }
        if (starts(b, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(Arrays.copyOf(b, prefix.length), prefix);
    }
}
