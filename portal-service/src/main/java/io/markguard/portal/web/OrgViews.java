package io.markguard.portal.web;

import io.markguard.portal.BrandInvitation;
import io.markguard.portal.BrandMember;
import io.markguard.portal.service.Invitations;
import java.util.List;

/** What the brand organisation pages show: members with their scope, invitations, one invitation link. */
public final class OrgViews {

    private OrgViews() {
    }

    /**
     * A member as the members page lists it. {@code scopable}: an agent's scope the viewer may change, with the form
     * filled in from {@code rightIds} and {@code lastDay} (the last day of its validity, empty when it has no end).
     */
    public record MemberRow(long id, String subject, String who, String role, boolean allRights, String rights, List<String> actions,
            String validUntil, boolean ended, boolean revoked, boolean revocable, boolean transferable, boolean scopable,
            java.util.Set<Long> rightIds, String lastDay) {

        /** The id of the member's scope form, by which a refused post fills that form in again. */
        public String scopeForm() {
            return "scope-" + id;
        }

        public boolean holdsRight(Object rightId) {
            return rightIds.contains(Long.valueOf(String.valueOf(rightId)));
        }
    }

    public record InvitationRow(long id, String email, String role, String status, String expiresAt, boolean open) {
    }

    public record Members(Views.BrandRow brand, boolean manager, boolean owner, List<MemberRow> members,
            List<InvitationRow> invitations, List<Views.RightRow> rights, Pager membersPager, Pager invitationsPager,
            Views.Flash flash) {

        public List<String> actions() {
            return java.util.Arrays.stream(BrandMember.Action.values()).map(Enum::name).toList();
        }

        public List<String> roles() {
            return owner ? List.of("AGENT", "CO_OWNER") : List.of("AGENT");
        }
    }

    /** An invitation link as opened: its state, and what it offers when it is open. */
    public record Invitation(String state, long id, String expires, String sig, String brandName, String role) {

        public boolean open() {
            return Invitations.LinkState.OPEN.name().equals(state);
        }

        static Invitation of(Invitations.Opened opened, long id, String expires, String sig) {
            BrandInvitation i = opened.invitation();
            return new Invitation(opened.state().name(), id, expires == null ? "" : expires, sig == null ? "" : sig,
                    opened.brandName(), i == null ? "" : i.role.name());
        }
    }

    /** One of the user's brands in the switcher. */
    public record SwitchTarget(long id, String name) {
    }

    /** One of a brand's API clients: its scope as an agent's, and when it was made and last used. */
    public record ClientRow(long id, String name, String clientId, boolean allRights, String rights, List<String> actions,
            String validUntil, String createdAt, String lastUsedAt, boolean revoked) {
    }

    /** A client's secret, on the one page that shows it. */
    public record Secret(String name, String clientId, String secret, String tokenUrl) {
    }

    public record Clients(Views.BrandRow brand, List<ClientRow> clients, List<Views.RightRow> rights, String tokenUrl,
            Pager pager, Views.Flash flash, Secret secret) {

        public List<String> actions() {
            return java.util.Arrays.stream(BrandMember.Action.values()).map(Enum::name).toList();
        }

        public boolean showsSecret() {
            return secret != null;
        }
    }
}
