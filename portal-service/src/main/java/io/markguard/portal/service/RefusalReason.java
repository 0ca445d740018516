package io.markguard.portal.service;

import io.markguard.platform.problem.Refusal;

/**
 * Every reason the brand and verification rules refuse a request, with its HTTP status and the field at fault; its
 * name is the refusal's code, which the pages translate.
 */
public enum RefusalReason implements Refusal.Reason {
    NOT_FOUND(404, null, "No such brand, right, case or document is visible to you."),
    OWNER_ONLY(403, null, "Only the brand's owner may do this."),
    NOT_AUTHORISED_FOR_RIGHT(403, "rightId", "You are not authorised to act on this right."),
    BRAND_SUSPENDED(409, null, "The brand is suspended."),
    REGISTRATION_NUMBER_FORMAT(400, "registrationNumber", "The registration number does not have the office's format."),
    OFFICE_DOES_NOT_REGISTER(400, "office", "This office does not register this type of right."),
    NICE_CLASSES(400, "niceClasses", "A trademark needs Nice classes between 1 and 45; other rights have none."),
    DATES(400, "expiresOn", "The dates are out of order."),
    DUPLICATE_RIGHT(409, "registrationNumber", "The brand already has this registration."),
    RIGHT_ALREADY_VERIFIED(409, "rightId", "This right is already verified."),
    CASE_ALREADY_IN_REVIEW(409, "rightId", "A reviewer is already looking at a case for this right."),
    NOT_ON_REGISTER(422, "rightId", "The office's register has no such registration, so it cannot be verified automatically; only a reviewer can verify it, on documents."),
    MAILBOX(400, "mailbox", "Give only the part before the @ of an address at the brand's domain."),
    METHOD_NEEDS_MAILBOX(400, "mailbox", "Domain e-mail verification needs a mailbox at the brand's domain."),
    CASE_NOT_AWAITING_CODE(409, "code", "This case is not waiting for a code."),
    CODE_WRONG(422, "code", "The code is wrong."),
    CODE_EXPIRED(422, "code", "The code has expired; ask for a new one."),
    CODE_USED(409, "code", "This code was already used."),
    ATTEMPTS_EXHAUSTED(429, "code", "Too many wrong codes; ask for a new one."),
    SENDS_EXHAUSTED(429, null, "No more codes can be sent for this case; start again or upload documents."),
    CASE_NOT_AWAITING_DNS(409, null, "This case is not waiting for a DNS record."),
    DNS_TOKEN_MISSING(422, "dns", "The TXT record with the token was not found."),
    FILE_MISSING(400, "file", "Choose a file to upload."),
    FILE_TOO_LARGE(413, "file", "The file is larger than allowed."),
    FILE_TYPE(415, "file", "Only PDF, PNG and JPEG files are accepted."),
    DOCUMENT_KIND(400, "kind", "This kind of document does not belong here."),
    CASE_NOT_TAKING_DOCUMENTS(409, "caseId", "This case does not take documents now."),
    CERTIFICATE_MISSING(422, "documents", "Upload the registration certificate first."),
    LETTER_MISSING(400, "letterDocumentId", "An authorisation needs an uploaded letter of authorisation."),
    RIGHT_NOT_OF_BRAND(400, "rightIds", "Every right must be one of the brand's own."),
    VALID_UNTIL_PAST(400, "validUntil", "The authorisation must end in the future."),
    AGENT_IS_OWNER(400, "agentSubject", "The owner cannot be an agent of their own brand."),
    MEMBERSHIP_ENDED(403, "brandId", "Your membership of this brand has ended; ask its owner to renew it."),
    OWNER_CANNOT_BE_REVOKED(409, "memberId", "The owner cannot be revoked; transfer the brand to a co-owner first."),
    TRANSFER_TO_CO_OWNER(409, "memberId", "Ownership passes only to an active co-owner."),
    NOT_AN_AGENT(409, "memberId", "Only an active agent has a scope to change."),
    ACTIONS_MISSING(400, "actions", "Choose at least one action the member may take."),
    INVITATION_ROLE(400, "role", "Invite a co-owner or an agent; only the owner invites co-owners."),
    INVITATION_LINK(404, "invitation", "This invitation link is not valid."),
    INVITATION_EXPIRED(410, "invitation", "This invitation has expired; ask the brand for a new one."),
    INVITATION_USED(409, "invitation", "This invitation was already accepted."),
    INVITATION_REVOKED(410, "invitation", "This invitation was withdrawn by the brand."),
    ALREADY_OWNING(409, "invitation", "You already own or co-own this brand."),
    CASE_NOT_IN_REVIEW(409, null, "This case is not in review."),
    CLAIMED_BY_OTHER(409, null, "Another reviewer has claimed this case."),
    NOT_CLAIMED(409, null, "Claim the case before deciding it."),
    CASE_NOT_AWAITING_EVIDENCE(409, null, "This case is not waiting for more evidence."),
    REGISTER_LAPSED(409, "outcome", "The register records the registration as cancelled or expired; it cannot be verified."),
    CLIENT_NAME(400, "name", "Give the API client a name of 1 to 100 characters."),
    CLIENTS_UNAVAILABLE(503, null, "Keycloak, which keeps API clients' credentials, did not answer; nothing was changed. Try again shortly.");

    public final int status;
    public final String field;
    public final String detail;

    RefusalReason(int status, String field, String detail) {
        this.status = status;
        this.field = field;
        this.detail = detail;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String detail() {
        return detail;
    }
}
