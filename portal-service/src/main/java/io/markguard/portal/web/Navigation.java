package io.markguard.portal.web;

import io.markguard.platform.metrics.DeadlineBacklog;
import io.markguard.portal.BrandMember;
import io.markguard.portal.rest.Callers;
import io.markguard.portal.service.BrandDirectory;
import io.markguard.portal.service.ReviewerQueues;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The navigation every page shows: for each role the signed-in user has, the pages that role works on, the one shown
 * marked as current; for a brand user, the pages of the brand shown (or the brand joined last); for a reviewer, each
 * queue with how much waits, how much is overdue and the soonest deadline. A link is offered only where its page is
 * open to the user: the owner's pages of a brand only to its owners and co-owners.
 */
@Named("nav")
@RequestScoped
public class Navigation {

    /** The brand a page is about, from its path. */
    private static final Pattern BRAND_PATH = Pattern.compile("^/(?:complaints/)?brands/(\\d+)(?:/.*)?$");

    /** One link: {@code code} names its label; {@code queue} is its queue's reading, for a reviewer's queue. */
    public record Link(String id, String href, String code, boolean current, DeadlineBacklog.Reading queue) {

        public boolean counted() {
            return queue != null && queue.readAt() != null;
        }
    }

    /** The links of one role; {@code brandName} names the brand the brand links are about. */
    public record Section(String role, String brandName, List<Link> links) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @Inject
    BrandSwitcher switcher;

    @Inject
    BrandDirectory brands;

    @Inject
    ReviewerQueues queues;

    private List<Section> sections;

    public List<Section> sections() {
        if (sections == null) {
            sections = identity.isAnonymous() ? List.of() : build();
        }
        return sections;
    }

    private List<Section> build() {
        // An answer given on the I/O thread (a refusal by a role check) may not ask the database or a peer.
        boolean blocking = !io.vertx.core.Context.isOnEventLoopThread();
        String path = request.path();
        List<Section> all = new ArrayList<>();
        if (identity.hasRole("brand")) {
            all.add(brandSection(path, blocking));
        }
        if (identity.hasRole("merchant")) {
            all.add(new Section("merchant", null, List.of(
                    link("nav-standing", "/merchant", "standing", path, true),
                    link("nav-merchant-complaints", "/merchant/complaints", "listing_complaints", path, false),
                    link("nav-appeals", "/merchant/appeals", "my_appeals", path, false),
                    link("nav-listings", "/merchant/listings", "listings", path, false),
                    link("nav-identity", "/merchant/identity", "identity", path, false))));
        }
        if (identity.hasRole("reviewer")) {
            Map<String, DeadlineBacklog.Reading> read = blocking ? queues.byName() : Map.of();
            all.add(new Section("reviewer", null, List.of(
                    queue("nav-queue-complaints", "/review/complaints", "queue_complaints", path, read.get("complaints")),
                    queue("nav-queue-verification", "/review", "queue_verification", path, read.get("verification")),
                    queue("nav-queue-appeals", "/appeals", "queue_appeals", path, read.get("appeals")),
                    queue("nav-queue-misuse", "/review/misuse", "queue_misuse", path, read.get("misuse")),
                    queue("nav-queue-terminations", "/review/terminations", "queue_terminations", path,
                            read.get("terminations")))));
        }
        if (identity.hasRole("admin")) {
            all.add(new Section("admin", null, List.of(
                    link("nav-organisations", "/brands", "organisations", path, !identity.hasRole("brand")),
                    link("nav-policy", "/operator/policy", "policy", path, false),
                    link("nav-health", "/operator/health", "health", path, false),
                    link("nav-eu-database", "/operator/transparency-database", "eu_database", path, false))));
        }
        return all;
    }

    private Section brandSection(String path, boolean blocking) {
        List<Link> links = new ArrayList<>(List.of(
                link("nav-brands", "/brands", "brands", path, true),
                link("nav-complaints-hub", "/complaints", "complaints", path, true)));
        if (!blocking) {
            return new Section("brand", null, links);
        }
        List<OrgViews.SwitchTarget> mine = switcher.brands();
        Matcher shown = BRAND_PATH.matcher(path);
        Long brandId = shown.matches() ? Long.valueOf(shown.group(1)) : null;
        OrgViews.SwitchTarget brand = mine.stream().filter(b -> brandId == null || b.id() == brandId).findFirst()
                .orElse(null);
        if (brand == null) {
            return new Section("brand", null, links);
        }
        long id = brand.id();
        links.add(link("nav-brand-appeals", "/brands/" + id + "/appeals", "brand_appeals", path, false));
        links.add(link("nav-trust", "/complaints/brands/" + id + "/trust", "trust", path, false));
        BrandMember.Role role = brands.roleOf(Callers.of(identity), id);
        if (role == BrandMember.Role.OWNER || role == BrandMember.Role.CO_OWNER) {
            links.add(link("nav-members", "/brands/" + id + "/members", "members", path, false));
            links.add(link("nav-clients", "/brands/" + id + "/clients", "clients", path, false));
            links.add(link("nav-webhooks", "/brands/" + id + "/webhooks", "webhooks", path, false));
        }
        return new Section("brand", brand.name(), links);
    }

    /** Current on its own page and, unless {@code exact}, on the pages under it. */
    private static Link link(String id, String href, String code, String path, boolean exact) {
        boolean current = exact ? path.equals(href) : path.equals(href) || path.startsWith(href + "/");
        return new Link(id, href, code, current, null);
    }

    private static Link queue(String id, String href, String code, String path, DeadlineBacklog.Reading reading) {
        boolean current = path.equals(href) || (!href.equals("/review") && path.startsWith(href + "/"))
                || (href.equals("/review") && path.startsWith("/review/cases/"));
        return new Link(id, href, code, current, reading);
    }
}
