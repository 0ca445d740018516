package io.markguard.merchant.service;

import io.markguard.platform.problem.Refusal;
import io.markguard.merchant.config.AppealRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Size and type of evidence, judged on the bytes: a declared content type or file name proves nothing. */
@ApplicationScoped
public class EvidenceCheck {

    public record Checked(String filename, String mediaType, byte[] content, String sha256) {
    }

    @Inject
    AppealRules rules;

    public List<Checked> check(List<EvidenceUpload> uploads) {
        AppealRules.Evidence limits = rules.evidence();
        if (uploads.size() > limits.maxFiles()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "evidence",
                    "At most " + limits.maxFiles() + " documents per appeal; " + uploads.size() + " were sent.");
        }
        return uploads.stream().map(upload -> {
            String name = upload.filename() == null || upload.filename().isBlank() ? "evidence" : upload.filename();
            if (upload.content().length == 0) {
                throw Refusal.invalid("evidence", name + " is empty.");
            }
            if (upload.content().length > limits.maxBytes()) {
                throw new Refusal(Refusal.Kind.TOO_LARGE, "evidence", name + " has " + upload.content().length
                        + " bytes; each document may have at most " + limits.maxBytes() + " bytes.");
            }
            String type = sniff(upload.content())
                    .filter(limits.types()::contains)
                    .orElseThrow(() -> new Refusal(Refusal.Kind.UNSUPPORTED_TYPE, "evidence",
                            name + " is not one of " + String.join(", ", limits.types())
                                    + " (judged by its content)."));
            // The name ends up in a download header: only plain characters survive.
            String safe = name.replaceAll("[^A-Za-z0-9._ -]", "_");
            String clipped = safe.length() > 255 ? safe.substring(safe.length() - 255) : safe;
            return new Checked(clipped, type, upload.content(), sha256(upload.content()));
        }).toList();
    }

    static Optional<String> sniff(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
