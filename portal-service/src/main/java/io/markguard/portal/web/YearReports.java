package io.markguard.portal.web;

import io.markguard.portal.client.ComplaintClient;
import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.config.PortalConfig;
import io.markguard.portal.service.VerificationFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One calendar year of the transparency figures, for the report page, its PDF and the EU template. */
@ApplicationScoped
public class YearReports {

    @Inject
    PortalPages pages;

    @Inject
    ComplaintClient complaints;

    @Inject
    MerchantClient merchants;

    @Inject
    VerificationFigures verifications;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /** The year asked for (the current one when none, or one not covered: then {@code refused}), read from both services. */
    public TransparencyViews.Report of(String year) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int thisYear = today.getYear();
        int chosen = thisYear;
        boolean refused = false;
        if (year != null && !year.isBlank()) {
            try {
                chosen = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                refused = true;
            }
            if (chosen < 2000 || chosen > thisYear) {
                chosen = thisYear;
                refused = true;
            }
        }
        String from = chosen + "-01-01";
        String to = chosen == thisYear ? today.toString() : chosen + "-12-31";
        // Both services' figures, read side by side; the merchants' side (sanctions, appeals, repeat infringers) is
        // a part the report does without.
        var merchantRead = pages.reads().start(() -> merchants.transparency(from, to));
        var figures = PeerCalls.COMPLAINT.read(() -> complaints.transparency(from, to, null));
        var merchantFigures = PeerCalls.MERCHANT.part(merchantRead);
        return TransparencyViews.Report.of(chosen, thisYear, figures, merchantFigures.value(),
                merchantFigures.unavailable(), verifications.over(figures.from(), figures.to()), refused);
    }

    /** The year in the EU's harmonised template, as a CSV download. */
    public Response euTemplate(TransparencyViews.Report report) {
        String csv = EuTransparencyTemplate.csv(report, config.transparency().providerName(),
                config.transparency().serviceName());
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"markguard-transparency-" + report.year() + "-eu-template.csv\"").build();
    }
}
