package io.markguard.merchant.service;

import io.markguard.merchant.Channel;
import io.markguard.merchant.InfringementType;
import io.markguard.merchant.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * complaint-service's order to take a listing down, with what the statement of reasons needs.
 * Applied once per {@code complaintItemId}.
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
        @NotNull Channel channel,
        @NotNull Boolean automatedDetection,
        @NotNull Boolean automatedDecision,
        @NotBlank @Size(max = 2000) String explanation,
        @NotNull Instant decidedAt) {

    /** The registered right the complaint relied on. */
    public record IpRight(
            @NotBlank @Size(max = 32) String office,
            @NotBlank @Size(max = 64) String registrationNumber,
            @NotBlank @Size(max = 255) String mark) {
    }
}
