package io.markguard.portal.service;

import java.util.Optional;

/** What a file really is, from its first bytes: the name and the declared type are the client's word only. */
public final class EvidenceTypes {

    private EvidenceTypes() {
    }

    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
