package io.markguard.portal.web;

import io.markguard.portal.Brand;
import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.client.MerchantRestClient;
import io.markguard.portal.service.BrandDirectory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The brand's side of appeals: the brand's appeals awaiting its answer, by answer deadline, and an appeal's page with
 * the merchant's explanation and evidence, the sanction's statement of reasons and the form to answer. merchant-service
 * decides, with the user's own token, who sees and who answers (READ and ANSWER_APPEALS on the complained right); the
 * portal's own membership decides only whether the form is offered.
 */
@Path("/brands/{brandId}/appeals")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("brand")
public class BrandAppealPages {

    @CheckedTemplate(basePath = "appeals")
    static class Pages {
        static native TemplateInstance brandList(Page page, Brand brand, List<MerchantViews.AppealRow> appeals, Pager pager);

        static native TemplateInstance brandCase(Page page, Brand brand, MerchantViews.AppealPage view, Reasons reasons,
                String reasonsUnavailable, String cannotAnswer, Views.Flash flash);
    }

    /** The statement of reasons of the sanction appealed, as the brand reads it. */
    /**
     * The statement of reasons beside the appeal, its summary, facts, legal ground and clause rendered from
     * merchant-service's codes in the reader's language, as the merchant reads them.
     */
    public record Reasons(MerchantRestClient.StatementOfReasons reasons, String takenAt, String ipRight, String summary,
            String facts, String legalGround, String clause) {
        static Reasons of(MerchantRestClient.StatementOfReasons r, ReasonTexts.In texts) {
            var right = r.ground() == null ? null : r.ground().ipRight();
            var coded = r.coded();
            var ground = r.ground();
            return new Reasons(r, Views.time(r.decision().takenAt()),
                    right == null ? "" : right.office() + " " + right.registrationNumber() + " · " + right.mark(),
                    texts.summary(r.decision().measure()), texts.facts(coded == null ? null : coded.facts(), r.facts()),
                    ground == null ? "" : texts.legalGround(ground.type(), ground.infringementType(), ground.policyVersion()),
                    ground == null ? "" : texts.clause(coded == null ? null : coded.clause(), ground.policyClause()));
        }
    }

    static final int PAGE_SIZE = 25;

    @Inject
    ReasonTexts texts;
    /** The most evidence links an answer carries, as merchant-service takes them. */
    static final int MAX_EVIDENCE_URLS = 10;
    static final int MAX_ANSWER = 5000;
    static final String FORM = "appeal-answer";

    @Inject
    PortalPages pages;

    @Inject
    BrandDirectory brands;

    @Inject
    MerchantClient merchants;

    @Inject
    Clock clock;

    /** The brand's appeals awaiting its answer, soonest answer deadline first, a page at a time. */
    @GET
    public TemplateInstance list(@PathParam("brandId") long brandId, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        Page page = pages.page();
        Brand brand = brands.readable(pages.actor(), brandId);
        Instant now = clock.instant();
        var appeals = PeerCalls.MERCHANT.read(() -> merchants.brandAppeals(brandId, PAGE_SIZE, cursor));
        var rows = appeals.items().stream().map(a -> MerchantViews.AppealRow.of(a, now)).toList();
        return Pages.brandList(page, brand, rows,
                Pager.of(base(brandId), Map.of(), cursor, back, appeals.nextCursor())).setLocale(page.language().locale);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance appeal(@PathParam("brandId") long brandId, @PathParam("id") long id,
            @QueryParam("error") String error, @QueryParam("field") String field) {
        return casePage(brandId, id, new Views.Flash(error, field, null));
    }

    private TemplateInstance casePage(long brandId, long id, Views.Flash flash) {
        Page page = pages.page();
        Brand brand = brands.readable(pages.actor(), brandId);
        var appeal = PeerCalls.MERCHANT.read(() -> merchants.appeal(id));
        if (!String.valueOf(brandId).equals(appeal.brandId())) {
            // An appeal of another of the user's brands is not this brand's page.
            throw new NotFoundException();
        }
        var reasons = PeerCalls.MERCHANT.part(() -> merchants.appealStatement(id));
        Instant now = clock.instant();
        MerchantViews.AppealPage view = MerchantViews.AppealPage.of(appeal, base(brandId), now);
        return Pages.brandCase(page, brand, view, reasons.shown() ? Reasons.of(reasons.value(), texts.in(page.language())) : null,
                reasons.unavailable(), cannotAnswer(brandId, view), flash).setLocale(page.language().locale);
    }

    /** Why the form is not offered (a code the page words), or null when the user may answer now. */
    private String cannotAnswer(long brandId, MerchantViews.AppealPage view) {
        if (!view.open()) {
            return "DECIDED";
        }
        if (view.answered()) {
            return "ANSWERED";
        }
        if (view.brandAnswerWindow().past()) {
            return "CLOSED";
        }
        if (!brands.mayAnswerAppeals(pages.actor(), brandId, view.appeal().rightId())) {
            return "NOT_AUTHORISED";
        }
        return null;
    }

    @POST
    @Path("/{id}/answer")
    public Response answer(@PathParam("brandId") long brandId, @PathParam("id") long id, @RestForm String answer,
            @RestForm String evidenceUrls) {
        List<String> urls = lines(evidenceUrls);
        List<String> invalid = new ArrayList<>();
        if (answer == null || answer.isBlank() || answer.strip().length() > MAX_ANSWER) {
            invalid.add("answer");
        }
        if (urls.size() > MAX_EVIDENCE_URLS || urls.stream().anyMatch(u -> !u.matches("(?i)https?://\\S+") || u.length() > 2000)) {
            invalid.add("evidenceUrls");
        }
        Views.Typed typed = Views.Typed.of(FORM).with("answer", answer).with("evidenceUrls", evidenceUrls);
        if (!invalid.isEmpty()) {
            return PortalPages.refusedForm(casePage(brandId, id, Views.Flash.invalid(invalid, typed)));
        }
        var attempt = PeerCalls.MERCHANT.attempt(
                () -> merchants.answer(id, new MerchantRestClient.BrandAnswer(answer.strip(), urls)));
        if (attempt.refused()) {
            var refusal = attempt.refusal();
            String field = refusal.field() == null ? null
                    : refusal.field().startsWith("evidenceUrls") ? "evidenceUrls" : refusal.field();
            return PortalPages.refusedForm(casePage(brandId, id, new Views.Flash(refusal.code(), field, null, typed)));
        }
        return Response.seeOther(java.net.URI.create(base(brandId) + "/" + id)).build();
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("brandId") long brandId, @PathParam("id") long id,
            @PathParam("evidenceId") long evidenceId) {
        brands.readable(pages.actor(), brandId);
        return MerchantPages.download(merchants, id, evidenceId);
    }

    static String base(long brandId) {
        return "/brands/" + brandId + "/appeals";
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
