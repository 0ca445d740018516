package io.markguard.portal.registry;

import io.markguard.portal.Office;
import java.time.LocalDate;
import java.util.List;

/** A registration as the office's register records it. */
public record RegisterEntry(Office office, String registrationNumber, String type, String mark, String owner,
        String correspondentEmail, List<Integer> niceClasses, LocalDate filedOn, LocalDate registeredOn,
        LocalDate expiresOn, String status) {
}
