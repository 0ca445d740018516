package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every string the portal shows, in English; {@code messages/msg_zh_CN.properties} has the Simplified Chinese. */
@MessageBundle(value = "msg", locale = "en")
public interface PortalMessages {

    @Message("Markguard")
    String app_name();

    @Message("Notice and action against counterfeit listings")
    String app_tagline();

    @Message("Home")
    String nav_home();

    @Message("Skip to the page's content")
    String skip_to_content();

    @Message("Attach your files again: a browser does not keep chosen files when a form is shown again. What you wrote is still here.")
    String files_again();

    @Message("Fields marked * are required.")
    String required_note();

    @Message("""
            {#when field}\
            {#is 'name'}Enter the name.\
            {#is 'legalEntity'}Enter the legal entity that owns the brand, as on the register.\
            {#is 'country'}Enter the country as its two-letter code, such as US, DE or CN.\
            {#is 'websiteDomain'}Enter the brand's website domain, such as example.com, without https://.\
            {#is 'registrationNumber'}Enter the registration number as the register writes it.\
            {#is 'mark'}Enter the mark as registered.\
            {#is 'niceClasses'}Enter the Nice classes as numbers from 1 to 45, separated by commas.\
            {#is 'ownerName'}Enter the owner as the register names it.\
            {#is 'rightId'}Choose the right the notice relies on.\
            {#is 'rightIds'}Choose at least one right.\
            {#is 'infringementType'}Choose the kind of infringement.\
            {#is 'listings'}Choose at least one listing, or paste a listing's address or number.\
            {#is 'explanation'}Say how the listings infringe the right, in a sentence or more.\
            {#is 'evidence.urls'}Give at most 20 evidence links, each a full https:// address on a line of its own.\
            {#is 'evidenceUrls'}Give at most 20 evidence links, each a full https:// address on a line of its own.\
            {#is 'evidence.testPurchaseOrders'}Give at most 20 test purchase order numbers, one per line.\
            {#is 'goodFaith'}Confirm the declaration of good faith to file.\
            {#is 'accurate'}Confirm that the notice is accurate to file.\
            {#is 'file'}Choose a file of an accepted kind and size.\
            {#is 'letter'}Attach the authorisation letter (PDF, PNG or JPEG, at most 5 MB).\
            {#is 'email'}Enter an e-mail address, such as name@example.com.\
            {#is 'url'}Enter the receiver's full https:// address.\
            {#is 'events'}Choose at least one event.\
            {#is 'reason'}Give the reason, in a sentence or more.\
            {#is 'reasonCode'}Choose a reason.\
            {#is 'outcome'}Choose the outcome.\
            {#is 'body'}Write the message.\
            {#is 'answer'}Write the brand's answer.\
            {#is 'legalName'}Enter the legal name of the business or person.\
            {#is 'address'}Enter the postal address.\
            {#is 'phone'}Enter a telephone number with its country code, such as +44 20 7946 0000.\
            {#is 'validUntil'}Enter a date in the future, or leave it empty for no end.\
            {#is 'selfCertified'}Confirm the self-certification to save.\
            {#is 'from'}Enter a date as year-month-day.\
            {#is 'to'}Enter a date as year-month-day, not before the first.\
            {#else}Check this field.{/when}""")
    String field_problem(String field);

    @Message("Sign in")
    String nav_sign_in();

    @Message("Sign out")
    String nav_sign_out();

    @Message("Language")
    String language_label();

    @Message("Brand")
    String role_brand();

    @Message("Merchant")
    String role_merchant();

    @Message("Reviewer")
    String role_reviewer();

    @Message("Administrator")
    String role_admin();

    @Message("Service")
    String role_service();

    @Message("Keep counterfeits off the shelves")
    String home_anonymous_heading();

    @Message("Brand owners prove their trademarks and report listings of fakes; verified brands with an accurate record have them removed at once. Merchants see every sanction with its reasons and expiry, and can appeal. Reviewers decide before a visible deadline.")
    String home_anonymous_intro();

    @Message("Sign in with Markguard SSO")
    String home_sign_in_button();

    @Message("Hello, {name}!")
    String home_greeting(String name);

    @Message("You are signed in as {username}.")
    String home_signed_in_as(String username);

    @Message("Brand: verify your brand and its trademarks, report listings of counterfeits, and follow each complaint to its decision.")
    String capability_brand();

    @Message("Reviewer: work the verification, complaint and appeal queues in deadline order; every decision carries a reason.")
    String capability_reviewer();

    @Message("Administrator: watch each service's readiness and outbox, read the policy in force, follow the submissions to the EU Transparency Database and look after the organisations.")
    String capability_admin();

    @Message("Your account has no Markguard role yet. Ask an administrator to grant one.")
    String capability_none();

    @Message("merchant-service cannot be reached just now. The rest of the portal still works; try again in a moment.")
    String peer_unreachable();

    @Message("Something went wrong")
    String error_heading();

    @Message("You do not have access to this page.")
    String error_403();

    @Message("This page does not exist.")
    String error_404();

    @Message("The request could not be processed.")
    String error_other();

    @Message("Back to the home page")
    String error_back();

    @Message("Markguard verification code for {brand}")
    String mail_code_subject(String brand);

    @Message("""
            Someone asked Markguard to verify the brand "{brand}" as the holder of {right}.
            If that was you or your colleague, enter this code in the portal:

            Code: {code}

            It is valid until {expiry}. If you did not expect this mail, ignore it: nothing happens without the code.""")
    String mail_code_body(String brand, String right, String code, String expiry);

    @Message("Markguard: the verification of {right} is suspended")
    String mail_suspended_subject(String right);

    @Message("""
            The brand "{brand}" was verified on Markguard as the holder of {right}. Markguard checks verified rights \
            against the register again, and this one no longer stands:

            {why}

            Until it is verified again, no notices can be filed on this right. If the register is wrong or out of date, \
            start a new verification in the portal and send the documents to a reviewer.""")
    String mail_suspended_body(String brand, String right, String why);

    @Message("{#when reason}{#is 'EXPIRED'}The registration expired on {detail} according to the register.{#is 'CANCELLED'}The register now records the registration as {detail}.{#is 'OTHER_OWNER'}The register now names {detail} as its owner.{#else}The register no longer bears the registration out.{/when} Its verification is suspended.")
    String right_suspension(String reason, String detail);

    @Message("My brands")
    String nav_brands();

    @Message("Verification queue")
    String nav_review();

    @Message("Your brands")
    String brands_heading();

    @Message("You have no brand yet. Register one below, then add its trademarks and verify it.")
    String brands_none();

    @Message("Register a brand")
    String brands_register_heading();

    @Message("Give the brand's legal entity exactly as it appears on your trademark registrations.")
    String brands_register_intro();

    @Message("Brand name")
    String field_name();

    @Message("Legal entity")
    String field_legal_entity();

    @Message("Country (two letters, e.g. US)")
    String field_country();

    @Message("Website domain (e.g. example.com)")
    String field_domain();

    @Message("Status")
    String field_status();

    @Message("Register the brand")
    String brands_register_button();

    @Message("IP rights")
    String brand_rights_heading();

    @Message("No rights yet: add the registrations the brand relies on.")
    String brand_rights_none();

    @Message("Add a right")
    String brand_add_right_heading();

    @Message("Type")
    String field_type();

    @Message("Office")
    String field_office();

    @Message("Registration number")
    String field_number();

    @Message("Mark")
    String field_mark();

    @Message("Nice classes (e.g. 25, 35)")
    String field_classes();

    @Message("Owner as registered")
    String field_owner();

    @Message("Registered on")
    String field_registered_on();

    @Message("Expires on")
    String field_expires_on();

    @Message("Add the right")
    String brand_add_right_button();

    @Message("Verify a right")
    String brand_verify_heading();

    @Message("Choose the right and how to prove you hold it. A code mailed to the register's correspondent is fastest. Domain control verifies only on a domain the register ties to the owner (the correspondent's or an owner domain on the register); on any other domain it goes to a reviewer as evidence. A registration that is not on the register, cancelled or expired can only be verified by a reviewer, on documents.")
    String brand_verify_intro();

    @Message("Right")
    String field_right();

    @Message("Method")
    String field_method();

    @Message("Mailbox at the brand's domain (only for the domain e-mail method, the part before @)")
    String field_mailbox();

    @Message("Start verification")
    String brand_verify_button();

    @Message("Verification cases and history")
    String brand_cases_heading();

    @Message("No verification case yet.")
    String brand_cases_none();

    @Message("Verification case")
    String case_heading();

    @Message("Back to the brand")
    String case_back();

    @Message("A code was mailed to {address}. It is valid until {expiry}.")
    String case_code_sent(String address, String expiry);

    @Message("Code from the mail")
    String field_code();

    @Message("Confirm the code")
    String case_code_button();

    @Message("Send a new code")
    String case_resend_button();

    @Message("Publish this TXT record, then check it:")
    String case_dns_intro();

    @Message("Name")
    String case_dns_name();

    @Message("Value")
    String case_dns_value();

    @Message("Check the DNS record")
    String case_dns_button();

    @Message("Documents")
    String case_documents_heading();

    @Message("No documents.")
    String case_documents_none();

    @Message("Upload the registration certificate and, if you act for the owner, a power of attorney: PDF, PNG or JPEG, at most 5 MB.")
    String case_upload_intro();

    @Message("Document")
    String field_kind();

    @Message("File")
    String field_file();

    @Message("Upload")
    String case_upload_button();

    @Message("Send to a reviewer")
    String case_submit_button();

    @Message("Note for the reviewer (optional)")
    String field_note();

    @Message("A reviewer decides by {deadline}.")
    String case_deadline(String deadline);

    @Message("History")
    String case_history_heading();

    @Message("This right is verified.")
    String case_verified();

    @Message("When")
    String history_when();

    @Message("Who")
    String history_who();

    @Message("What")
    String history_what();

    @Message("Reason")
    String history_why();

    @Message("Verification queue")
    String review_heading();

    @Message("Cases in deadline order (one working day). Claim a case, then approve, reject or ask for more evidence, always with a reason.")
    String review_intro();

    @Message("The queue is empty.")
    String review_empty();

    @Message("Pages")
    String pager_label();

    @Message("Previous page")
    String pager_previous();

    @Message("Next page")
    String pager_next();

    @Message("First page")
    String pager_first();

    @Message("Filter")
    String filter_button();

    @Message("This part of the page cannot be shown right now: {peer} did not answer in time. The rest of the page is up to date; try again shortly.")
    String part_unavailable(String peer);

    @Message("Deadline")
    String review_deadline();

    @Message("Why")
    String review_reason();

    @Message("Claimed by")
    String review_claimed_by();

    @Message("Open")
    String review_open();

    @Message("Verification case #{id}")
    String review_case_heading(long id);

    @Message("Brand")
    String review_brand();

    @Message("On the register")
    String review_register();

    @Message("Not on the register the portal can consult.")
    String review_register_none();

    @Message("Claim")
    String review_claim_button();

    @Message("Decision")
    String review_decide_heading();

    @Message("Outcome")
    String field_outcome();

    @Message("Reason (shown to the brand)")
    String field_reason();

    @Message("Record the decision")
    String review_decide_button();

    @Message("Download")
    String review_download();

    @Message("Saved.")
    String notice_saved();

    @Message("{#when code}{#is 'NOT_FOUND'}No such brand, right, case or document is visible to you.{#is 'OWNER_ONLY'}Only the brand's owner may do this.{#is 'NOT_AUTHORISED_FOR_RIGHT'}You are not authorised to act on this right.{#is 'BRAND_SUSPENDED'}The brand is suspended.{#is 'REGISTRATION_NUMBER_FORMAT'}The registration number does not have the office's format (USPTO: 7 digits; EUIPO: 9 digits; CNIPA: 7–8 digits; WIPO: 6–7 digits; JPO: 7 digits; UKIPO: UK and 11 digits).{#is 'OFFICE_DOES_NOT_REGISTER'}This office does not register this type of right.{#is 'NICE_CLASSES'}A trademark needs Nice classes between 1 and 45; other rights have none.{#is 'DATES'}The dates are out of order.{#is 'DUPLICATE_RIGHT'}The brand already has this registration.{#is 'RIGHT_ALREADY_VERIFIED'}This right is already verified.{#is 'CASE_ALREADY_IN_REVIEW'}A reviewer is already looking at a case for this right.{#is 'NOT_ON_REGISTER'}The register has no live registration with this number (missing, cancelled or expired), so it cannot be verified automatically; send documents to a reviewer instead.{#is 'MAILBOX'}Give only the part before the @ of an address at the brand's domain.{#is 'METHOD_NEEDS_MAILBOX'}Domain e-mail verification needs a mailbox at the brand's domain.{#is 'CASE_NOT_AWAITING_CODE'}This case is not waiting for a code.{#is 'CODE_WRONG'}The code is wrong.{#is 'CODE_EXPIRED'}The code has expired; ask for a new one.{#is 'CODE_USED'}This code was already used.{#is 'ATTEMPTS_EXHAUSTED'}Too many wrong codes; ask for a new one.{#is 'SENDS_EXHAUSTED'}No more codes can be sent for this case; start again or upload documents.{#is 'CASE_NOT_AWAITING_DNS'}This case is not waiting for a DNS record.{#is 'DNS_TOKEN_MISSING'}The TXT record with the token was not found yet. DNS changes can take a while; try again later.{#is 'FILE_MISSING'}Choose a file to upload.{#is 'FILE_TOO_LARGE'}The file is larger than allowed (5 MB).{#is 'FILE_TYPE'}Only PDF, PNG and JPEG files are accepted.{#is 'DOCUMENT_KIND'}This kind of document does not belong here.{#is 'CASE_NOT_TAKING_DOCUMENTS'}This case does not take documents now.{#is 'CERTIFICATE_MISSING'}Upload the registration certificate first.{#is 'LETTER_MISSING'}An authorisation needs an uploaded letter of authorisation.{#is 'RIGHT_NOT_OF_BRAND'}Every right must be one of the brand's own.{#is 'VALID_UNTIL_PAST'}The authorisation must end in the future.{#is 'AGENT_IS_OWNER'}The owner cannot be an agent of their own brand.{#is 'CASE_NOT_IN_REVIEW'}This case is not in review.{#is 'CLAIMED_BY_OTHER'}Another reviewer has claimed this case.{#is 'NOT_CLAIMED'}Claim the case before deciding it.{#is 'CASE_NOT_AWAITING_EVIDENCE'}This case is not waiting for more evidence.{#is 'REGISTER_LAPSED'}The register records the registration as cancelled or expired; it cannot be verified.{#is 'MEMBERSHIP_ENDED'}Your membership of this brand has ended; ask its owner to renew it.{#is 'OWNER_CANNOT_BE_REVOKED'}The owner cannot be revoked; hand the brand to a co-owner first.{#is 'TRANSFER_TO_CO_OWNER'}Ownership passes only to an active co-owner.{#is 'NOT_AN_AGENT'}Only an active agent has a scope to change.{#is 'ACTIONS_MISSING'}Choose at least one action the member may take.{#is 'INVITATION_ROLE'}Invite a co-owner or an agent; only the owner invites co-owners.{#is 'ALREADY_OWNING'}You already own or co-own this brand.{#is 'CLIENT_NAME'}Give the API client a name of 1 to 100 characters.{#is 'CLIENTS_UNAVAILABLE'}Keycloak, which keeps API clients' credentials, did not answer; nothing was changed. Try again shortly.{#is 'INVALID'}Some fields are missing or invalid: {field}.{#else}The request could not be processed.{/when}")
    String refusal(String code, String field);

    @Message("{#when status}{#is 'UNVERIFIED'}Unverified{#is 'PENDING'}Pending{#is 'VERIFIED'}Verified{#is 'REJECTED'}Rejected{#is 'SUSPENDED'}Suspended{#is 'AWAITING_CODE'}Waiting for the code{#is 'AWAITING_DNS'}Waiting for the DNS record{#is 'AWAITING_DOCUMENTS'}Waiting for documents{#is 'IN_REVIEW'}With a reviewer{#is 'MORE_EVIDENCE'}More evidence requested{#is 'WITHDRAWN'}Withdrawn{#else}{status}{/when}")
    String status(String status);

    @Message("{#when method}{#is 'REGISTER_CODE'}Code mailed to the correspondent on the register{#is 'DOMAIN_EMAIL'}Code mailed to an address at the brand's domain{#is 'DOMAIN_DNS'}DNS TXT record on the brand's domain{#is 'DOCUMENTS'}Documents judged by a reviewer{#else}{method}{/when}")
    String method(String method);

    @Message("{#when reason}{#is 'DOCUMENTS'}Documents to judge{#is 'OWNER_MISMATCH'}Owner on the register differs from the brand's legal entity{#is 'CONFLICT'}Another brand claims the same registration{#is 'DOMAIN_NOT_ON_REGISTER'}Control proven of a domain the register does not tie to the owner{#is 'REGISTER_CHANGED'}The register changed before the proof came in{#else}{/when}")
    String review_reason_of(String reason);

    @Message("{#when type}{#is 'TRADEMARK'}Trademark{#is 'COPYRIGHT'}Copyright{#is 'DESIGN'}Design{#is 'PATENT'}Patent{#else}{type}{/when}")
    String right_type(String type);

    @Message("{#when kind}{#is 'CERTIFICATE'}Registration certificate{#is 'POWER_OF_ATTORNEY'}Power of attorney{#is 'AUTHORISATION_LETTER'}Letter of authorisation{#else}{kind}{/when}")
    String document_kind(String kind);

    @Message("{#when action}{#is 'OPENED'}Case opened{#is 'WITHDRAWN'}Withdrawn{#is 'CODE_SENT'}Code mailed{#is 'CODE_WRONG'}Wrong code entered{#is 'CODE_ACCEPTED'}Code accepted{#is 'DNS_TOKEN_FOUND'}DNS record found{#is 'DOCUMENT_UPLOADED'}Document uploaded{#is 'SUBMITTED'}Submitted for review{#is 'TO_REVIEW'}Sent to a reviewer{#is 'CLAIMED'}Claimed by a reviewer{#is 'APPROVE'}Approved{#is 'REJECT'}Rejected{#is 'MORE_EVIDENCE'}More evidence requested{#is 'VERIFIED'}Verified{#is 'DOMAIN_NOT_ON_REGISTER'}Domain not tied to the owner on the register{#is 'SUSPENDED'}Suspended after a check against the register{#else}{action}{/when}")
    String action(String action);

    @Message("{#when outcome}{#is 'APPROVE'}Approve{#is 'REJECT'}Reject{#is 'MORE_EVIDENCE'}Ask for more evidence{#else}{outcome}{/when}")
    String outcome(String outcome);

    @Message("Agents")
    String brand_agents_heading();

    @Message("No agent acts for this brand.")
    String brand_agents_none();

    @Message("Agent's user ID (as shown in their Markguard account)")
    String field_agent_subject();

    @Message("Rights the agent may act on")
    String field_agent_rights();

    @Message("Valid until (inclusive)")
    String field_valid_until();

    @Message("Letter of authorisation (PDF, PNG or JPEG, at most 5 MB)")
    String field_letter();

    @Message("Authorise the agent")
    String brand_agents_button();

    @Message("Expired")
    String agents_expired();

    @Message("Your user ID, for a brand owner who authorises you as an agent")
    String home_user_id_heading();

    // Merchant pages: standing, sanctions with their statements of reasons, appeals, trader identity.

    @Message("My standing")
    String merchant_nav_standing();

    @Message("Sanctions in force")
    String merchant_sanctions_in_force();

    @Message("Violations whose points count")
    String merchant_active_violations();

    @Message("My appeals")
    String merchant_nav_appeals();

    @Message("Trader identity")
    String merchant_nav_identity();

    @Message("As of {asOf}")
    String merchant_as_of(String asOf);

    @Message("Level")
    String merchant_level();

    @Message("Active points")
    String merchant_points();

    @Message("May list")
    String merchant_may_list();

    @Message("{#if value}Yes{#else}No{/if}")
    String merchant_yes_no(boolean value);

    @Message("new listings are held (a restriction or an incomplete trader identity)")
    String merchant_listings_held();

    @Message("listing is blocked until {until}")
    String merchant_blocked_until(String until);

    @Message("Next step on the ladder")
    String merchant_next_step();

    @Message("at {atPoints} active points ({pointsToGo} to go)")
    String merchant_points_to_go(int atPoints, int pointsToGo);

    @Message("None: this is the last step.")
    String merchant_no_next_step();

    @Message("Penalty policy version")
    String merchant_policy();

    @Message("{#when measure}{#is 'GOOD_STANDING'}Good standing{#is 'LISTING_REMOVED'}Listing removed{#is 'WARNING'}Warning{#is 'RESTRICTED'}Restricted: new listings held{#is 'SUSPENDED_7D'}Suspended for 7 days{#is 'SUSPENDED_14D'}Suspended for 14 days{#is 'TERMINATED'}Account terminated{#else}{measure}{/when}")
    String merchant_measure(String measure);

    @Message("{#when status}{#is 'ACTIVE'}Active{#is 'EXPIRED'}Expired{#is 'REVERSED'}Reversed{#else}{status}{/when}")
    String merchant_sanction_status(String status);

    @Message("{#when status}{#is 'ACTIVE'}On sale{#is 'REMOVED'}Removed{#is 'RESTORED'}Restored{#is 'HELD'}Held, not yet on sale{#is 'SUSPENDED'}Off sale with the account{#else}{status}{/when}")
    String merchant_listing_status(String status);

    @Message("Your listings")
    String merchant_nav_listings();

    @Message("Every listing of yours the marketplace holds, with its status and, when it is not on sale, why. An account suspension or a termination takes the listings on sale off sale; a restriction or an incomplete trader identity holds new ones.")
    String merchant_listings_intro();

    @Message("You have no listings yet.")
    String merchant_listings_none();

    @Message("None of your listings has this status.")
    String merchant_listings_none_with_status();

    @Message("Why not on sale")
    String merchant_col_off_sale_why();

    @Message("{#when code}{#is 'ACCOUNT_SUSPENDED'}Off sale while your account is suspended{#is 'TERMINATION_PENDING'}Off sale: termination awaiting a second reviewer{#is 'ACCOUNT_TERMINATED'}Off sale for good: account terminated{#is 'IDENTITY_INCOMPLETE'}Held until your trader identity is complete{#is 'RESTRICTED'}Held while your account is restricted{#is 'RESTRICTED_AND_IDENTITY_INCOMPLETE'}Held while your account is restricted and until your trader identity is complete{#else}{code}{/when}")
    String merchant_off_sale_because(String code);

    @Message("Complete your trader identity")
    String merchant_complete_identity_link();

    @Message("{#when code}{#is 'ACCOUNT_SUSPENDED'}Your account is suspended: every listing that was on sale is off sale{#if until} until {until}{#else} until the suspension ends{/if}, then goes back on sale.{#is 'TERMINATION_PENDING'}A termination of your account is proposed: your listings are off sale until a second reviewer decides.{#is 'ACCOUNT_TERMINATED'}Your account is terminated: your listings are off sale for good.{#else}Your listings are off sale ({code}).{/when}")
    String merchant_standing_off_sale(String code, String until);

    @Message("See the listings off sale")
    String merchant_see_off_sale_listings();

    @Message("See the held listings and why")
    String merchant_see_held_listings();

    @Message("Termination proposed")
    String merchant_pending_termination_heading();

    @Message("A termination of your account was proposed on {proposedAt}. A second reviewer decides by {deadline} whether it is confirmed; meanwhile your listings are off sale.")
    String merchant_pending_termination(String proposedAt, String deadline);

    @Message("The deadline has passed: your listings stay off sale until the reviewer decides.")
    String merchant_pending_termination_overdue();

    @Message("{#when kind}{#is 'DAYS'}expires in {amount} days{#is 'DAY'}expires in 1 day{#is 'HOURS'}expires in {amount} hours{#is 'HOUR'}expires in 1 hour{#is 'PAST'}expired{#else}does not expire{/when}")
    String merchant_expiry(String kind, long amount);

    @Message("{#when kind}{#is 'DAYS'}{amount} days left{#is 'DAY'}1 day left{#is 'HOURS'}{amount} hours left{#is 'HOUR'}1 hour left{#is 'PAST'}passed{#else}no deadline{/when}")
    String merchant_left(String kind, long amount);

    @Message("Active sanctions")
    String merchant_active_heading();

    @Message("No sanction is active.")
    String merchant_no_active();

    @Message("Every sanction")
    String merchant_history_heading();

    @Message("You have never been sanctioned.")
    String merchant_no_sanctions();

    @Message("Measure")
    String merchant_col_measure();

    @Message("Listing")
    String merchant_col_listing();

    @Message("Brand")
    String merchant_col_brand();

    @Message("Decided")
    String merchant_col_decided();

    @Message("Expires")
    String merchant_col_expires();

    @Message("Appeal")
    String merchant_col_appeal();

    @Message("Statement of reasons")
    String merchant_col_reasons();

    @Message("Status")
    String merchant_col_status();

    @Message("Filed")
    String merchant_col_filed();

    @Message("Read the reasons")
    String merchant_reasons_link();

    @Message("see the appeal")
    String merchant_appeal_open_link();

    @Message("appeal until {deadline}")
    String merchant_appeal_until(String deadline);

    @Message("the appeal window has closed")
    String merchant_appeal_closed();

    @Message("Sanction {id}")
    String merchant_sanction_heading(long id);

    @Message("Statement of reasons")
    String merchant_sor_heading();

    @Message("What was decided")
    String merchant_sor_decision();

    @Message("Decided on")
    String merchant_sor_taken_at();

    @Message("No end date")
    String merchant_no_end();

    @Message("Facts and circumstances")
    String merchant_sor_facts();

    @Message("Ground")
    String merchant_sor_ground();

    @Message("{#when type}{#is 'ILLEGAL_CONTENT'}Illegal content: infringement of an intellectual property right{#is 'TERMS_AND_CONDITIONS'}Incompatible with the marketplace's terms and conditions{#else}{type}{/when}")
    String merchant_ground_type(String type);

    @Message("Intellectual property right")
    String merchant_sor_ip_right();

    @Message("Infringement")
    String merchant_sor_infringement();

    @Message("{#when type}{#is 'COUNTERFEIT'}Counterfeit{#is 'TRADEMARK_MISUSE'}Trademark misuse{#is 'COPYRIGHT'}Copyright{#is 'DESIGN'}Design right{#is 'PATENT'}Patent{#else}{type}{/when}")
    String merchant_infringement(String type);

    @Message("Policy clause")
    String merchant_sor_policy();

    @Message("Penalty policy {version}: {clause}")
    String merchant_policy_clause(String version, String clause);

    @Message("{#when measure}{#is 'LISTING_REMOVED'}The listing was removed from the marketplace.{#is 'WARNING'}A formal warning was recorded on the merchant account.{#is 'RESTRICTED'}New listings of the merchant are held until a reviewer releases them.{#is 'SUSPENDED_7D'}The merchant account is suspended: no listing may be offered until the end date.{#is 'SUSPENDED_14D'}The merchant account is suspended: no listing may be offered until the end date.{#is 'TERMINATED'}The merchant account is terminated.{#else}{measure}{/when}")
    String merchant_measure_summary(String measure);

    @Message("{#when type}{#is 'COUNTERFEIT'}Trademark infringement (Regulation (EU) 2017/1001 Art. 9; Directive (EU) 2015/2436 Art. 10){#is 'TRADEMARK_MISUSE'}Trademark infringement (Regulation (EU) 2017/1001 Art. 9; Directive (EU) 2015/2436 Art. 10){#is 'COPYRIGHT'}Copyright infringement (Directive 2001/29/EC){#is 'DESIGN'}Design right infringement (Regulation (EC) No 6/2002 Art. 19){#is 'PATENT'}Patent infringement (national patent law){#else}{type}{/when}")
    String merchant_legal_ground(String type);

    @Message("Penalty policy {version} of the marketplace's terms")
    String merchant_terms_ground(String version);

    @Message("Severity")
    String merchant_sor_severity();

    @Message("{#when severity}{#is 'LOW'}low{#is 'MEDIUM'}medium{#is 'HIGH'}high{#else}{severity}{/when}")
    String merchant_severity(String severity);

    @Message("{#when channel}{#is 'FAST_TRACK'}fast-track{#is 'STANDARD'}standard{#else}{channel}{/when}")
    String merchant_channel_name(String channel);

    @Message("removal on notice: {type}, severity {severity} = {points} points for {days} days")
    String merchant_clause_removal(String type, String severity, String points, String days);

    @Message("{threshold} active points or more give the step \u201c{measure}\u201d")
    String merchant_clause_points(String threshold, String measure);

    @Message("repeat-infringer rule: violations from {brands} or more distinct brands within {days} days give the step \u201c{measure}\u201d")
    String merchant_clause_repeat(String brands, String days, String measure);

    @Message("termination on a reviewer's proposal, confirmed by a second reviewer")
    String merchant_clause_termination_proposal();

    @Message("After the removal of listing {listingId} (\u201c{title}\u201d), a reviewer proposed terminating the account: {reason}")
    String merchant_facts_termination_proposed(String listingId, String title, String reason);

    @Message("On {decidedAt} a notice by {brand} reported listing {listingId} (\u201c{title}\u201d, {url}) as {type} of the right {right}. It was decided in the {channel} channel {#if automated}by automated means{#else}by a reviewer{/if}. {severity} The notice explained: {explanation}")
    String merchant_facts_removal(String decidedAt, String brand, String listingId, String title, String url, String type,
            String right, String channel, boolean automated, String severity, String explanation);

    @Message("After the removal of listing {listingId} (\u201c{title}\u201d), the merchant {#if repeat}had violations from several distinct brands within the repeat-infringer window and {/if}held {points} active points. Penalty policy {version}: {clause}.")
    String merchant_facts_step(String listingId, String title, boolean repeat, String points, String version, String clause);

    @Message("Severity {severity}: chosen by reviewer {reviewer}.")
    String merchant_severity_reviewer(String severity, String reviewer);

    @Message("Severity {severity}: chosen by the reviewer.")
    String merchant_severity_reviewer_unnamed(String severity);

    @Message("Severity {severity}: the penalty policy's default for {type}.")
    String merchant_severity_policy(String severity, String type);

    @Message("Severity {severity}: the penalty policy's default for {type} accepted as \u201c{reason}\u201d.")
    String merchant_severity_policy_reason(String severity, String type, String reason);

    @Message("Severity {severity}: the fast track's default for {type}.")
    String merchant_severity_fast_track(String severity, String type);

    @Message("Why it ended")
    String merchant_sor_end_reason();

    @Message("{#when code}{#is 'EXPIRED'}It lapsed at its expiry.{#is 'RETRACTED_BY_BRAND'}The brand retracted its complaint: {reason}{#is 'OVERTURNED_ON_REVIEW'}A reviewer's check overturned the fast-track takedown: {reason}{#is 'APPEAL_UPHELD'}Appeal {appealId} was upheld: {reason}{#else}{reason}{/when}")
    String merchant_end_reason(String code, String reason, String appealId);

    /** A statement written before statements were stored as codes: its English as recorded. */
    @Message("{text}")
    String merchant_legacy(String text);

    @Message("Automated means")
    String merchant_sor_automation();

    @Message("{#if value}Detected by automated means.{#else}Detected by a notice from a person, not by automated means.{/if}")
    String merchant_automated_detection(boolean value);

    @Message("{#if value}Decided by automated means.{#else}Decided by a person.{/if}")
    String merchant_automated_decision(boolean value);

    @Message("Channel")
    String merchant_sor_channel();

    @Message("{#when channel}{#is 'FAST_TRACK'}Fast track: a verified brand with an accurate record{#is 'STANDARD'}Standard review by a reviewer{#else}{channel}{/when}")
    String merchant_channel(String channel);

    @Message("Complainant")
    String merchant_sor_complainant();

    @Message("How to seek redress")
    String merchant_sor_redress();

    @Message("You may appeal on this page until {deadline}: explain why the decision is wrong and attach evidence such as invoices or letters of authorisation. A reviewer decides and gives reasons.")
    String merchant_redress_appeal(String deadline);

    @Message("The internal appeal was open until {deadline}.")
    String merchant_redress_closed(String deadline);

    @Message("You may also turn to a certified out-of-court dispute settlement body (DSA Art. 21) or to a court.")
    String merchant_redress_out_of_court();

    @Message("Reference in the EU Transparency Database")
    String merchant_sor_puid();

    @Message("Appeal this sanction")
    String merchant_appeal_form_heading();

    @Message("You may appeal until {deadline}. The brand that complained is told and may answer; every deadline is shown on the appeal's page.")
    String merchant_appeal_form_explained(String deadline);

    @Message("Why the decision is wrong (up to 5,000 characters)")
    String merchant_appeal_explanation();

    @Message("Evidence: invoices, letters of authorisation (up to 5 files; PDF, PNG or JPEG; at most 5 MB each)")
    String merchant_appeal_evidence();

    @Message("File the appeal")
    String merchant_appeal_submit();

    @Message("An appeal against this sanction is open:")
    String merchant_appeal_already_open();

    @Message("This sanction can no longer be appealed here.")
    String merchant_appeal_not_possible();

    @Message("You have not appealed any sanction.")
    String merchant_no_appeals();

    @Message("Appeal {id}")
    String merchant_appeal_heading(long id);

    @Message("{#when status}{#is 'OPEN'}Open: waiting for a decision{#is 'UPHELD'}Upheld: the sanction was reversed{#is 'DENIED'}Denied: the sanction stands{#else}{status}{/when}")
    String merchant_appeal_status(String status);

    @Message("The brand may answer until")
    String merchant_brand_deadline();

    @Message("Decision due by")
    String merchant_decision_deadline();

    @Message("Your explanation")
    String merchant_appeal_explanation_label();

    @Message("The brand's answer")
    String merchant_brand_answer();

    @Message("The brand has not answered.")
    String merchant_brand_no_answer();

    @Message("Decided")
    String merchant_decided();

    @Message("Reasons for the decision")
    String merchant_decision_reason();

    @Message("Evidence")
    String merchant_evidence_heading();

    @Message("No evidence attached.")
    String merchant_no_evidence();

    @Message("The sanction and its statement of reasons")
    String merchant_appeal_sanction_link();

    @Message("Trader identity (EU Digital Services Act, Art. 30)")
    String merchant_identity_heading();

    @Message("The marketplace must know who trades on it. Buyers and authorities may be shown these details; blank fields count as missing.")
    String merchant_identity_explained();

    @Message("{percent}% complete ({filled} of {required})")
    String merchant_completeness(int percent, int filled, int required);

    @Message("Missing:")
    String merchant_missing();

    @Message("Last updated {at}")
    String merchant_updated_at(String at);

    @Message("{#when field}{#is 'legalName'}Legal name{#is 'address'}Address{#is 'phone'}Phone{#is 'email'}E-mail{#is 'identityDocumentRef'}Identity document reference{#is 'tradeRegisterNumber'}Trade register number{#is 'selfCertified'}Self-certification{#else}{field}{/when}")
    String merchant_identity_field(String field);

    @Message("I certify that I offer only products and services that comply with EU law.")
    String merchant_self_certify();

    @Message("Certified on {at}")
    String merchant_self_certified_at(String at);

    @Message("Save the trader identity")
    String merchant_identity_save();

    @Message("{#when code}{#is 'INVALID'}Some fields are missing or invalid: {field}.{#is 'CONFLICT'}This was refused as it stands now: the appeal window has closed, an appeal is already open, the sanction was reversed, or the appeal was decided otherwise. Nothing was changed.{#is 'TOO_LARGE'}The evidence is too large or there are too many files (at most 5 files of 5 MB each). Nothing was filed.{#is 'FILE_TYPE'}Only PDF, PNG and JPEG files are accepted as evidence. Nothing was filed.{#is 'FORBIDDEN'}{#if field == 'reviewer'}You decided the takedown this appeal is against, so another reviewer decides the appeal (four-eyes). Nothing was changed.{#else}You may not do this. Nothing was changed.{/if}{#else}The request could not be processed.{/when}")
    String merchant_refusal(String code, String field);

    @Message("{peer} cannot be reached")
    String peer_unavailable_heading(String peer);

    @Message("Appeal queue")
    String appeals_queue_heading();

    @Message("Open appeals against sanctions, the nearest decision deadline first.")
    String appeals_queue_explained();

    @Message("No appeal is open.")
    String appeals_queue_none();

    @Message("Merchant")
    String appeals_col_merchant();

    @Message("Decision")
    String appeals_decide_heading();

    @Message("Outcome")
    String appeals_outcome();

    @Message("{#when outcome}{#is 'UPHELD'}Uphold: reverse the sanction, restore the listing and remove the points{#is 'DENIED'}Deny: the sanction stands{#else}{outcome}{/when}")
    String appeals_outcome_of(String outcome);

    @Message("Reasons (shown to the merchant)")
    String appeals_reason();

    @Message("Record the decision")
    String appeals_decide_button();

    @Message("{#when state}{#is 'ORIGINAL_DECIDER'}You decided the takedown this appeal is against, so another reviewer decides the appeal (four-eyes).{#is 'AUTOMATED'}The takedown was decided automatically on the fast track, with no reviewer: any reviewer may decide the appeal.{#is 'REVIEWER'}Another reviewer decided the takedown; you may decide the appeal.{#is 'UNKNOWN'}The takedown was recorded before its decider was kept; make sure you did not decide it yourself.{#else}{state}{/when}")
    String appeals_four_eyes(String state);

    @Message("Reason code (the merchant and the brand are told it)")
    String appeals_reason_code();

    @Message("{#when code}{#is 'NOT_INFRINGING'}Upheld: the listing does not infringe the right{#is 'AUTHORISED_GOODS'}Upheld: the goods are genuine or the merchant may sell them{#is 'INSUFFICIENT_EVIDENCE'}Upheld: the complaint's evidence does not bear out the takedown{#is 'INFRINGEMENT_CONFIRMED'}Denied: the infringement is confirmed{#is 'EVIDENCE_UNCONVINCING'}Denied: the merchant's evidence does not outweigh the complaint's{#is 'OTHER'}Other (see the reasons){#else}{code}{/when}")
    String appeals_reason_code_of(String code);

    @Message("Reason")
    String merchant_decision_reason_code();

    @Message("The brand's evidence links")
    String merchant_brand_answer_evidence();

    @Message("Appeals to answer")
    String brand_appeals_heading();

    @Message("Merchants' appeals against this brand's takedowns that await its answer, the nearest answer deadline first. Members who may answer appeals for the right answer them; a reviewer then decides.")
    String brand_appeals_explained();

    @Message("No appeal awaits the brand's answer.")
    String brand_appeals_none();

    @Message("The brand's answer")
    String brand_appeal_answer_heading();

    @Message("Answer by {deadline}. The merchant and the reviewer read the answer; add links to your evidence (test purchases, a distributor's letter), one per line.")
    String brand_appeal_answer_explained(String deadline);

    @Message("Answer")
    String brand_appeal_answer_label();

    @Message("Evidence links (one per line, at most 10, http or https)")
    String brand_appeal_evidence_urls();

    @Message("Send the answer")
    String brand_appeal_answer_submit();

    @Message("{#when why}{#is 'ANSWERED'}The brand has answered this appeal.{#is 'CLOSED'}The time to answer this appeal has passed.{#is 'DECIDED'}This appeal has been decided.{#is 'NOT_AUTHORISED'}Your membership of this brand does not include answering appeals on this right; an owner of the brand can extend it.{#else}{why}{/when}")
    String brand_appeal_cannot_answer(String why);

    @Message("{#when code}{#is 'INVALID'}Some fields are missing or invalid: {field}.{#is 'CONFLICT'}The answer was refused as the appeal stands now: it was answered or decided meanwhile, or the time to answer has passed. Nothing was changed.{#is 'FORBIDDEN'}Your membership of this brand does not include answering appeals on this right. Nothing was sent.{#else}The request could not be processed.{/when}")
    String brand_appeal_refusal(String code, String field);

    @Message("This form has expired")
    String form_expired_heading();

    @Message("The form was sent without a valid security token: it was opened in an earlier sign-in, before the browser was restarted, or on another site. Nothing was saved or changed. Go back, reload the page and send the form again.")
    String form_expired_explained();

    @Message("Back to the page")
    String form_expired_back();

    @Message("The request was incomplete or malformed, so nothing was changed.")
    String error_400();

    @Message("This link to a page of the list is no longer valid: it belongs to another list, or was made before the list changed. Start again from the first page; your filters are kept.")
    String link_refused_cursor();

    @Message("The service holding this list refused the request{#if field} ({field}){/if}. Start again from the first page; your filters are kept.")
    String link_refused(String field);

    @Message("First page of the list")
    String link_refused_first();

    /** A refused form's fields, each by its label in the reader's language. */
    @Message("Some fields are missing or invalid: {#each fields}{#when it}{#is 'name'}Brand name{#is 'legalEntity'}Legal entity{#is 'country'}Country{#is 'websiteDomain'}Website domain{#is 'type'}Type{#is 'office'}Office{#is 'registrationNumber'}Registration number{#is 'mark'}Mark{#is 'niceClasses'}Nice classes{#is 'ownerName'}Owner as registered{#is 'registeredOn'}Registered on{#is 'expiresOn'}Expires on{#is 'rightId'}Right{#is 'rightIds'}Rights the agent may act on{#is 'agentSubject'}Agent's user ID{#is 'validUntil'}Valid until{#is 'letter'}Letter of authorisation{#is 'method'}Method{#is 'mailbox'}Mailbox{#is 'code'}Code from the mail{#is 'kind'}Document{#is 'file'}File{#is 'note'}Note{#is 'outcome'}Outcome{#is 'reason'}Reason{#is 'reasonCode'}Reason code{#is 'body'}Message{#is 'explanation'}Explanation{#is 'evidence'}Evidence{#is 'infringementType'}Type of infringement{#is 'listings'}Listings{#is 'evidence.urls'}Evidence links{#is 'evidence.testPurchaseOrders'}Test-purchase order numbers{#is 'goodFaith'}Good-faith statement{#is 'accurate'}Accuracy statement{#is 'language'}Language{#is 'legalName'}Legal name{#is 'address'}Address{#is 'phone'}Phone{#is 'email'}E-mail{#is 'identityDocumentRef'}Identity document reference{#is 'tradeRegisterNumber'}Trade register number{#is 'selfCertified'}Self-certification{#is 'status'}Status{#is 'from'}From{#is 'to'}To{#is 'answer'}Answer{#is 'evidenceUrls'}Evidence links{#is 'url'}Address (URL){#is 'events'}Events{#else}{it}{/when}{#if it_hasNext}, {/if}{/each}. Nothing was saved or sent.")
    String fields_invalid(java.util.List<String> fields);
}
