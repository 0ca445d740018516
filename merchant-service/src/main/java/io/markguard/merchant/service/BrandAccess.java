package io.markguard.merchant.service;

import io.markguard.merchant.client.BrandAccessClient;
import io.markguard.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Whether a brand user may see or answer an appeal: the member's scope for the complained item's brand and right,
 * as complaint-service judges every brand endpoint. Asked once per request, before the appeal is read.
 */
@ApplicationScoped
public class BrandAccess {

    public static final String READ = "READ";
    public static final String ANSWER_APPEALS = "ANSWER_APPEALS";

    @RestClient
    BrandAccessClient complaints;

    /** Nothing when allowed; otherwise the refusal complaint-service gave (404 appeal when not a member). */
    public void require(String complaintItemId, String subject, String action) {
        BrandAccessClient.BrandAccess answer;
        try {
            answer = complaints.access(complaintItemId, subject, action);
        } catch (ProcessingException | WebApplicationException e) {
            throw Refusal.unavailable("complaint-service cannot confirm who may act for the brand right now; try again shortly.");
        }
        refuseUnless(answer, "appeal");
    }

    /**
     * The rights of the brand the member may take the action on, as a list of the brand's appeals needs it; otherwise
     * the refusal complaint-service gave (404 brand when not a member, 403 naming {@code brandId} or {@code action}).
     */
    public AppealService.BrandScope scope(String brandId, String subject, String action) {
        BrandAccessClient.BrandAccess answer;
        try {
            answer = complaints.brandAccess(brandId, subject, action);
        } catch (ProcessingException | WebApplicationException e) {
            throw Refusal.unavailable("complaint-service cannot confirm who may act for the brand right now; try again shortly.");
        }
        refuseUnless(answer, "brand");
        return new AppealService.BrandScope(!Boolean.FALSE.equals(answer.allRights()),
                answer.rightIds() == null ? java.util.List.of() : answer.rightIds());
    }

    private static void refuseUnless(BrandAccessClient.BrandAccess answer, String what) {
        if (answer.allowed()) {
            return;
        }
        if (answer.status() == 403) {
            throw Refusal.forbidden(answer.field(), answer.detail());
        }
        throw Refusal.notFound(what);
    }
}
