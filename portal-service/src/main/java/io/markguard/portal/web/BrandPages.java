package io.markguard.portal.web;

import io.markguard.platform.paging.Cursor;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.EvidenceDocument;
import io.markguard.portal.IpRight;
import io.markguard.portal.Office;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.rest.BrandResource;
import io.markguard.portal.service.Actor;
import io.markguard.portal.service.BrandDirectory;
import io.markguard.portal.service.EvidenceStore;
import io.markguard.platform.problem.Refusal;
import io.markguard.portal.service.Verifications;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The brand user's pages: register a brand, add rights, choose a method, enter a code, upload
 * documents, follow status and history. They call the portal's own services in process.
 */
@Path("/brands")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({ "brand", "admin" })
public class BrandPages {

    @Inject
    PortalPages pages;

    @Inject
    BrandDirectory brands;

    @Inject
    Verifications verifications;

    @Inject
    EvidenceStore evidence;

    @Inject
    Validator validator;

    @Inject
    io.markguard.portal.service.Agents agents;

    @Inject
    Clock clock;

    /** How many rows each list of these pages shows at a time. */
    static final int PAGE_SIZE = 25;

    @GET
    public TemplateInstance list(@QueryParam("error") String error, @QueryParam("field") String field,
            @QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        return listPage(new Views.Flash(error, field, null), cursor, back);
    }

    private TemplateInstance listPage(Views.Flash flash) {
        return listPage(flash, null, null);
    }

    private TemplateInstance listPage(Views.Flash flash, String cursor, String back) {
        Page page = pages.page();
        var mine = brands.mine(pages.actor(), PAGE_SIZE, Cursor.read("cursor", cursor, BrandDirectory.BRANDS, 1));
        List<Views.BrandRow> rows = mine.items().stream().map(Views.BrandRow::of).toList();
        Pager pager = Pager.of("/brands", Map.of(), cursor, back, mine.nextCursor());
        return Templates.brands(page, new Views.BrandList(rows, pager, flash)).setLocale(page.language().locale);
    }

    @POST
    @RolesAllowed("brand")
    public Response register(@RestForm String name, @RestForm String legalEntity, @RestForm String country,
            @RestForm String websiteDomain) {
        Views.Typed typed = Views.Typed.of("register-brand").with("name", name).with("legalEntity", legalEntity)
                .with("country", country).with("websiteDomain", websiteDomain);
        var request = new BrandResource.NewBrand(name, legalEntity, country, websiteDomain);
        List<String> invalid = invalidFields(request);
        if (!invalid.isEmpty()) {
            return PortalPages.refusedForm(listPage(Views.Flash.invalid(invalid, typed)));
        }
        return attempt("/brands", () -> {
            Brand brand = brands.register(pages.actor(), new BrandDirectory.NewBrand(name, legalEntity, country, websiteDomain), null);
            return "/brands/" + brand.id;
        }, this::listPage, typed);
    }

    @GET
    @Path("/{brandId}")
    public TemplateInstance brand(@PathParam("brandId") long brandId, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("notice") String notice, @Context UriInfo uri) {
        return brandPage(brandId, new Views.Flash(error, field, notice), uri.getQueryParameters());
    }

    private TemplateInstance brandPage(long brandId, Views.Flash flash) {
        return brandPage(brandId, flash, new jakarta.ws.rs.core.MultivaluedHashMap<>());
    }

    /** The brand with one page of each of its lists; paging one list shows the others from their first page. */
    private TemplateInstance brandPage(long brandId, Views.Flash flash, MultivaluedMap<String, String> query) {
        Page page = pages.page();
        Actor actor = pages.actor();
        Brand brand = brands.readable(actor, brandId);
        String here = "/brands/" + brandId;
        String rightsAt = query.getFirst("rights.cursor");
        var rights = brands.rights(actor, brandId, PAGE_SIZE, Cursor.read("rights.cursor", rightsAt, BrandDirectory.RIGHTS, 1));
        String casesAt = query.getFirst("cases.cursor");
        var cases = verifications.cases(actor, brandId, PAGE_SIZE,
                Cursor.read("cases.cursor", casesAt, Verifications.CASES, 1));
        String agentsAt = query.getFirst("agents.cursor");
        var authorisations = brands.authorisations(actor, brandId, PAGE_SIZE,
                Cursor.read("agents.cursor", agentsAt, BrandDirectory.AGENTS, 1));
        Instant now = clock.instant();
        List<Views.AgentRow> agents = authorisations.items().stream()
                .map(a -> new Views.AgentRow(a.agentSubject(), String.join("; ", a.rights().stream()
                        .map(r -> r.office() + " " + r.registrationNumber()).toList()),
                        Views.time(a.validUntil()), !a.validUntil().isAfter(now)))
                .toList();
        BrandMember.Role role = brands.roleOf(actor, brandId);
        // Owner and co-owners manage the brand's rights and agents alike.
        var view = new Views.BrandDetail(brand, role == BrandMember.Role.OWNER || role == BrandMember.Role.CO_OWNER,
                rights.items().stream().map(Views.RightRow::of).toList(),
                cases.items().stream().map(Views.CaseRow::of).toList(), agents,
                Pager.of(here, "rights.", Map.of(), rightsAt, query.getFirst("rights.back"), rights.nextCursor()),
                Pager.of(here, "cases.", Map.of(), casesAt, query.getFirst("cases.back"), cases.nextCursor()),
                Pager.of(here, "agents.", Map.of(), agentsAt, query.getFirst("agents.back"), authorisations.nextCursor()),
                flash);
        return Templates.brand(page, view).setLocale(page.language().locale);
    }

    @POST
    @Path("/{brandId}/rights")
    public Response addRight(@PathParam("brandId") long brandId, @RestForm String type, @RestForm String office,
            @RestForm String registrationNumber, @RestForm String mark, @RestForm String niceClasses,
            @RestForm String ownerName, @RestForm String registeredOn, @RestForm String expiresOn) {
        String here = "/brands/" + brandId;
        Views.Typed typed = Views.Typed.of("add-right").with("type", type).with("office", office)
                .with("registrationNumber", registrationNumber).with("mark", mark).with("niceClasses", niceClasses)
                .with("ownerName", ownerName).with("registeredOn", registeredOn).with("expiresOn", expiresOn);
        List<String> bad = new ArrayList<>();
        IpRight.Type rightType = enumOf(IpRight.Type.class, type, "type", bad);
        Office rightOffice = enumOf(Office.class, office, "office", bad);
        List<Integer> classes = classes(niceClasses, bad);
        LocalDate registered = date(registeredOn, "registeredOn", bad);
        LocalDate expires = date(expiresOn, "expiresOn", bad);
        var request = new BrandResource.NewRight(rightType, rightOffice, registrationNumber, mark, classes, ownerName, null,
                registered, expires);
        invalidFields(request).stream().filter(f -> !bad.contains(f)).forEach(bad::add);
        if (!bad.isEmpty()) {
            return PortalPages.refusedForm(brandPage(brandId, Views.Flash.invalid(bad, typed)));
        }
        return attempt(here, () -> {
            brands.addRight(pages.actor(), brandId, new BrandDirectory.NewRight(rightType, rightOffice, registrationNumber, mark,
                    classes, ownerName, null, registered, expires), null);
            return here + "?notice=saved";
        }, flash -> brandPage(brandId, flash), typed);
    }

    /** The owner authorises an agent on some rights until a date, with the letter of authorisation. */
    @POST
    @Path("/{brandId}/agents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response authorise(@PathParam("brandId") long brandId, @RestForm String agentSubject,
            @RestForm("rightId") List<String> rightId, @RestForm String validUntil, @RestForm("letter") FileUpload letter) {
        String here = "/brands/" + brandId;
        Views.Typed typed = Views.Typed.of("authorise-agent").with("agentSubject", agentSubject).with("rightId", rightId)
                .with("validUntil", validUntil);
        List<String> bad = new ArrayList<>();
        if (agentSubject == null || agentSubject.isBlank() || agentSubject.length() > 64) {
            bad.add("agentSubject");
        }
        List<Long> rightIds = numbers(rightId);
        if (rightIds == null || rightIds.isEmpty()) {
            bad.add("rightIds");
        }
        LocalDate until = date(validUntil, "validUntil", bad);
        if (until == null && !bad.contains("validUntil")) {
            bad.add("validUntil");
        }
        if (letter == null) {
            bad.add("letter");
        }
        if (!bad.isEmpty()) {
            return PortalPages.refusedForm(brandPage(brandId, Views.Flash.invalid(bad, typed)));
        }
        // Valid to the end of the chosen day, in UTC.
        java.time.Instant end = until.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return attempt(here, () -> {
            agents.authoriseWithLetter(pages.actor(), brandId, agentSubject.strip(), new java.util.HashSet<>(rightIds), end,
                    letter.fileName(), open(letter));
            return here + "?notice=saved";
        }, flash -> brandPage(brandId, flash), typed);
    }

    @POST
    @Path("/{brandId}/cases")
    public Response start(@PathParam("brandId") long brandId, @RestForm String rightId, @RestForm String method,
            @RestForm String mailbox) {
        String here = "/brands/" + brandId;
        Views.Typed typed = Views.Typed.of("start-verification").with("rightId", rightId).with("method", method)
                .with("mailbox", mailbox);
        List<String> bad = new ArrayList<>();
        Long right = number(rightId);
        if (right == null) {
            bad.add("rightId");
        }
        VerificationCase.Method chosen = enumOf(VerificationCase.Method.class, method, "method", bad);
        if (!bad.isEmpty()) {
            return PortalPages.refusedForm(brandPage(brandId, Views.Flash.invalid(bad, typed)));
        }
        return attempt(here, () -> {
            VerificationCase verification = verifications.start(pages.actor(), brandId,
                    new Verifications.Start(right, chosen, mailbox), null);
            return here + "/cases/" + verification.id;
        }, flash -> brandPage(brandId, flash), typed);
    }

    @GET
    @Path("/{brandId}/cases/{caseId}")
    public TemplateInstance verification(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId,
            @QueryParam("error") String error, @QueryParam("field") String field, @QueryParam("notice") String notice) {
        return casePage(brandId, caseId, new Views.Flash(error, field, notice));
    }

    private TemplateInstance casePage(long brandId, long caseId, Views.Flash flash) {
        Page page = pages.page();
        Actor actor = pages.actor();
        Brand brand = brands.readable(actor, brandId);
        var view = caseView(brand, verifications.detail(actor, brandId, caseId), flash);
        return Templates.verification(page, view).setLocale(page.language().locale);
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/code")
    public Response enterCode(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId, @RestForm String code) {
        String here = "/brands/" + brandId + "/cases/" + caseId;
        if (code == null || code.isBlank()) {
            return PortalPages.refusedForm(casePage(brandId, caseId,
                    Views.Flash.invalid(List.of("code"), Views.Typed.of("enter-code").with("code", code))));
        }
        return attempt(here, () -> {
            var outcome = verifications.enterCode(pages.actor(), brandId, caseId, code);
            if (outcome.refusal() != null) {
                throw outcome.refusal().raise();
            }
            return here;
        });
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/resend")
    public Response resend(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId) {
        String here = "/brands/" + brandId + "/cases/" + caseId;
        return attempt(here, () -> {
            verifications.resend(pages.actor(), brandId, caseId);
            return here + "?notice=saved";
        });
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/dns-check")
    public Response checkDns(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId) {
        String here = "/brands/" + brandId + "/cases/" + caseId;
        return attempt(here, () -> {
            verifications.checkDns(pages.actor(), brandId, caseId);
            return here;
        });
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId, @RestForm String kind,
            @RestForm("file") FileUpload file) {
        String here = "/brands/" + brandId + "/cases/" + caseId;
        Views.Typed typed = Views.Typed.of("upload-document").with("kind", kind);
        List<String> bad = new ArrayList<>();
        EvidenceDocument.Kind documentKind = enumOf(EvidenceDocument.Kind.class, kind, "kind", bad);
        if (!bad.isEmpty()) {
            return PortalPages.refusedForm(casePage(brandId, caseId, Views.Flash.invalid(bad, typed)));
        }
        return attempt(here, () -> {
            evidence.upload(pages.actor(), brandId, new EvidenceStore.Upload(documentKind, caseId,
                    file == null ? null : file.fileName(), file == null ? null : open(file)), null);
            return here + "?notice=saved";
        }, flash -> casePage(brandId, caseId, flash), typed);
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/submission")
    public Response submit(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId, @RestForm String note) {
        String here = "/brands/" + brandId + "/cases/" + caseId;
        return attempt(here, () -> {
            verifications.submit(pages.actor(), brandId, caseId, note == null || note.isBlank() ? null : note.strip());
            return here;
        });
    }

    static Views.CaseDetail caseView(Brand brand, Verifications.CaseDetail detail, Views.Flash flash) {
        VerificationCase c = detail.verification();
        return new Views.CaseDetail(brand.id, brand.name, c.id, Views.RightRow.of(detail.right()), c.method.name(),
                c.status.name(), c.reviewReason == null ? "" : c.reviewReason.name(), c.codeSentTo,
                Views.time(c.codeExpiresAt), detail.dnsName(), detail.dnsValue(), Views.time(c.deadline),
                detail.documents().stream().map(Views.DocumentRow::of).toList(),
                detail.events().stream().map(Views.EventRow::of).toList(), flash);
    }

    private static java.io.InputStream open(FileUpload file) {
        try {
            return java.nio.file.Files.newInputStream(file.uploadedFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs a form's action; a refusal goes back to the page with the reason, in the page's language. */
    static Response attempt(String back, Supplier<String> action) {
        return attempt(back, action, null, Views.Typed.NONE);
    }

    /**
     * Runs a form's action. A field refused as malformed (a 400 refusal) shows the form's page again with what was
     * typed; any other refusal (the state of the brand or case) goes back to the page with the reason.
     */
    static Response attempt(String back, Supplier<String> action, Function<Views.Flash, TemplateInstance> again,
            Views.Typed typed) {
        try {
            return Response.seeOther(java.net.URI.create(action.get())).build();
        } catch (Refusal refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            if (refused.status() == 400 && again != null) {
                return PortalPages.refusedForm(again.apply(new Views.Flash(refused.code(), refused.field(), null,
                        typed)));
            }
            return back(back, refused.code(), refused.field());
        }
    }

    static Response back(String path, String error, String field) {
        UriBuilder uri = UriBuilder.fromPath(path).queryParam("error", error);
        if (field != null) {
            uri.queryParam("field", field);
        }
        return Response.seeOther(uri.build()).build();
    }

    private List<String> invalidFields(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        return violations.stream().map(v -> v.getPropertyPath().toString().replaceAll("\\[.*", ""))
                .distinct().sorted().toList();
    }

    /** A number typed into a form, or none when it is blank or not a number. */
    static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The numbers of a multiple choice, or none when one of them is not a number. */
    private static List<Long> numbers(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<Long> numbers = new ArrayList<>();
        for (String value : values) {
            Long number = number(value);
            if (number == null) {
                return null;
            }
            numbers.add(number);
        }
        return numbers;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, List<String> bad) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            bad.add(field);
            return null;
        }
    }

    private static List<Integer> classes(String value, List<String> bad) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            bad.add("niceClasses");
            return List.of();
        }
    }

    private static LocalDate date(String value, String field, List<String> bad) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            bad.add(field);
            return null;
        }
    }
}
