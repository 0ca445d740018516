package io.markguard.merchant.service;

import io.markguard.merchant.Channel;
import io.markguard.merchant.InfringementType;
import io.markguard.merchant.Severity;
import io.markguard.merchant.SeveritySource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * complaint-service's order to take a listing down, with what the statement of reasons needs.
 * Applied once per {@code complaintItemId}. {@code severity} is the reviewer's choice ({@code severitySource}
 * REVIEWER, naming {@code severityReviewer}); without it the penalty policy's default for the type and
 * {@code reasonCode} applies (POLICY_DEFAULT), or the type's on the fast track (FAST_TRACK, or when no source is sent).
 * {@code decidedBy} is the reviewer's subject (or {@code fast-track}), whom
 * four-eyes keeps from deciding an appeal against it; {@code rightId} the brand's right in portal-service.
 */
public record Takedown(
        @NotBlank @Size(max = 64) String complaintItemId,
        @NotNull Long listingId,
        @NotBlank @Size(max = 64) String brandId,
        @NotBlank @Size(max = 255) String brandName,
        @NotBlank @Size(max = 64) String submitterSubject,
        @NotBlank @Email @Size(max = 320) String submitterEmail,
        @NotNull @Valid IpRight ipRight,
        @NotNull InfringementType infringementType,
        Severity severity,
        SeveritySource severitySource,
        @Size(max = 255) String severityReviewer,
        @Size(max = 64) String reasonCode,
        @NotNull Channel channel,
        @NotNull Boolean automatedDetection,
        @NotNull Boolean automatedDecision,
        @NotBlank @Size(max = 2000) String explanation,
        @NotNull Instant decidedAt,
        @Size(max = 255) String decidedBy,
        Long rightId) {

    /** The registered right the complaint relied on. */
    public record IpRight(
            @NotBlank @Size(max = 32) String office,
            @NotBlank @Size(max = 64) String registrationNumber,
            @NotBlank @Size(max = 255) String mark) {
    }
}
