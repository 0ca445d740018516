package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The brand organisation's strings (members, invitations, switcher), in English; Chinese in {@code messages/org_zh_CN.properties}. */
@MessageBundle(value = "org", locale = "en")
public interface OrgMessages {

    @Message("Invitation to act for {brand} on Markguard")
    String mail_invitation_subject(String brand);

    @Message("""
            You are invited to act for the brand "{brand}" on Markguard as {role}.

            To accept, open this link, sign in (or create your account) and confirm:
            {link}

            The link is valid until {expiry}. If you did not expect this mail, ignore it: nothing happens until you accept.""")
    String mail_invitation_body(String brand, String role, String link, String expiry);

    @Message("{#when role}{#is 'OWNER'}owner{#is 'CO_OWNER'}co-owner{#is 'AGENT'}agent{#is 'CLIENT'}API client{#else}{role}{/when}")
    String member_role(String role);

    @Message("{#when action}{#is 'FILE'}File complaints{#is 'RETRACT'}Retract items{#is 'ANSWER_APPEALS'}Answer appeals{#is 'MESSAGE'}Message merchants{#is 'READ'}Read complaints{#else}{action}{/when}")
    String action(String action);

    @Message("Members")
    String members_heading();

    @Message("Member")
    String members_subject();

    @Message("Role")
    String members_role();

    @Message("Scope")
    String members_scope();

    @Message("All rights")
    String members_all_rights();

    @Message("Until")
    String members_until();

    @Message("Revoked")
    String members_revoked();

    @Message("Revoke")
    String members_revoke_button();

    @Message("Make owner")
    String members_transfer_button();

    @Message("Change scope")
    String members_scope_change();

    @Message("Save scope")
    String members_scope_save();

    @Message("Invite by e-mail")
    String invite_heading();

    @Message("E-mail address")
    String invite_email();

    @Message("Actions")
    String invite_actions();

    @Message("Language of the mail")
    String invite_language();

    @Message("Send the invitation")
    String invite_button();

    @Message("Invitations")
    String invitations_heading();

    @Message("{#when status}{#is 'PENDING'}Waiting{#is 'ACCEPTED'}Accepted{#is 'REVOKED'}Withdrawn{#else}{status}{/when}")
    String invitation_status(String status);

    @Message("Withdraw")
    String invitation_withdraw_button();

    @Message("Invitation")
    String invitation_heading();

    @Message("You are invited to act for {brand} as {role}.")
    String invitation_intro(String brand, String role);

    @Message("Accept and join the brand")
    String invitation_accept_button();

    @Message("{#when state}{#is 'EXPIRED'}This invitation has expired. Ask the brand for a new one.{#is 'USED'}This invitation was already accepted.{#is 'REVOKED'}The brand withdrew this invitation.{#is 'INVALID'}This invitation link is not valid. Check that you opened the whole link from the mail.{#is 'ALREADY_OWNING'}You already own or co-own this brand.{#else}This invitation cannot be accepted.{/when}")
    String invitation_state(String state);

    @Message("Acting for")
    String switcher_label();

    @Message("Switch")
    String switcher_button();

    @Message("All my brands")
    String switcher_all();

    @Message("API clients")
    String clients_heading();

    @Message("A script of your own, or a brand-protection vendor's, signs in with a client id and secret (OAuth 2.0 client credentials at {tokenUrl}) and acts for the brand within the scope you give it here, as an agent would.")
    String clients_intro(String tokenUrl);

    @Message("Name")
    String clients_name();

    @Message("Client id")
    String clients_client_id();

    @Message("Created")
    String clients_created();

    @Message("Last used")
    String clients_last_used();

    @Message("never")
    String clients_never_used();

    @Message("New secret")
    String clients_rotate_button();

    @Message("Create an API client")
    String clients_create_heading();

    @Message("Create the client")
    String clients_create_button();

    @Message("The secret of {name}")
    String clients_secret_heading(String name);

    @Message("Copy the secret now: Markguard does not keep it and shows it only on this page. If it is lost, make a new one.")
    String clients_secret_once();

    @Message("Secret")
    String clients_secret();

    @Message("Token endpoint")
    String clients_token_url();

    @Message("API clients")
    String clients_link();

    @Message("An API client of the brand")
    String member_api_client();

    @Message("Someone who has not signed in to the portal yet")
    String member_not_seen();

    @Message("Webhooks")
    String webhooks_heading();

    @Message("Webhooks")
    String webhooks_link();

    @Message("Markguard posts each event you subscribe an address to as JSON, signed with the subscription's secret, and tries again with growing pauses until your receiver answers 2xx. A subscription whose deliveries keep failing is paused and you are told; its events are kept until you resume it.")
    String webhooks_intro();

    @Message("The signature, over the timestamp and the body (HMAC-SHA256 of the timestamp, a full stop and the body):")
    String webhooks_signature_header();

    @Message("Apply each event once, by its id:")
    String webhooks_event_id_header();

    @Message("Address")
    String webhooks_url();

    @Message("A public https:// address of your receiver.")
    String webhooks_url_hint();

    @Message("Events")
    String webhooks_events();

    @Message("State")
    String webhooks_status();

    @Message("Made by")
    String webhooks_made_by();

    @Message("Last delivered")
    String webhooks_last_delivered();

    @Message("Last failure")
    String webhooks_last_error();

    @Message("none yet")
    String webhooks_none_yet();

    @Message("you or a co-owner")
    String webhooks_made_by_owner();

    @Message("No subscriptions yet.")
    String webhooks_empty();

    @Message("Subscribe an address")
    String webhooks_create_heading();

    @Message("Subscribe")
    String webhooks_create_button();

    @Message("Delete")
    String webhooks_delete_button();

    @Message("Resume")
    String webhooks_resume_button();

    @Message("Delivery log")
    String webhooks_log_link();

    @Message("The signing secret for {url}")
    String webhooks_secret_heading(String url);

    @Message("Copy the secret now into your receiver: it is shown only on this page. If it is lost, delete the subscription and make a new one.")
    String webhooks_secret_once();

    @Message("{#when event}{#is 'item.decided'}An item is decided{#is 'takedown.applied'}A listing is taken down{#is 'item.retracted'}An item is retracted{#is 'appeal.filed'}An appeal is filed{#is 'appeal.answered'}An appeal is answered{#is 'appeal.decided'}An appeal is decided{#is 'message.received'}A merchant writes in a thread{#is 'bulk_job.finished'}A bulk upload is finished{#else}{event}{/when}")
    String webhooks_event(String event);

    @Message("{#when status}{#is 'ACTIVE'}Active{#is 'PAUSED'}Paused after repeated failures{#is 'ENDED'}Ended with its creator's membership{#is 'QUEUED'}Queued{#is 'RETRYING'}Failed, to be tried again{#is 'DELIVERED'}Delivered{#is 'FAILED'}Failed after every attempt{#is 'HELD'}Held while paused{#is 'CANCELLED'}Not sent{#else}{status}{/when}")
    String webhooks_state(String status);

    @Message("Subscription to {url}")
    String webhook_heading(String url);

    @Message("Event")
    String webhook_event();

    @Message("Event id")
    String webhook_event_id();

    @Message("Attempts")
    String webhook_attempts();

    @Message("Answer")
    String webhook_answer();

    @Message("no answer")
    String webhook_no_answer();

    @Message("Created")
    String webhook_created();

    @Message("Last attempt")
    String webhook_last_attempt();

    @Message("Send again")
    String webhook_redeliver_button();

    @Message("All states")
    String webhook_all_states();

    @Message("Show")
    String webhook_filter_button();

    @Message("No deliveries.")
    String webhook_empty();

    @Message("This subscription is paused: nothing is sent until you resume it. Its events are kept.")
    String webhook_paused_note();

    @Message("{#when code}{#is 'CONFLICT'}This was refused as things stand: the brand has as many subscriptions as it may, or the subscription is paused or ended. Nothing was changed.{#is 'FORBIDDEN'}Only the brand's owners and co-owners manage its webhooks.{#else}The request could not be processed. Nothing was changed.{/when}")
    String webhooks_refusal(String code);
}
