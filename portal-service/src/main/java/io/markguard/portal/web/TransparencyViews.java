package io.markguard.portal.web;

import io.markguard.portal.client.ComplaintRestClient.ChannelTimes;
import io.markguard.portal.client.ComplaintRestClient.Count;
import io.markguard.portal.client.ComplaintRestClient.PlatformFigures;
import io.markguard.portal.client.ComplaintRestClient.Volume;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The transparency figures as the page draws them: numbers as text, and bar lengths for the server-drawn charts. */
public final class TransparencyViews {

    /** The longest bar, in the charts' user units. */
    static final int BAR_MAX = 300;

    private TransparencyViews() {
    }

    /** A signed decision log head as the pages, the CSV and the PDF name it. */
    public record LogHeadView(String logId, long treeSize, String rootHash, String signedAt) {

        static List<LogHeadView> of(PlatformFigures figures,
                io.markguard.portal.client.MerchantRestClient.MerchantFigures merchants) {
            return io.markguard.portal.client.LogBinding.heads(figures == null ? null : figures.log(),
                    merchants == null ? null : merchants.log()).stream()
                    .map(h -> new LogHeadView(h.logId(), h.treeSize(), h.rootHash(),
                            h.timestamp() == null ? "" : h.timestamp().toString()))
                    .toList();
        }
    }

    static int bar(double value, double max) {
        return max <= 0 || value <= 0 ? 0 : Math.max(1, (int) Math.round(BAR_MAX * value / max));
    }

    private static String hours(BigDecimal h) {
        return h == null ? "–" : h.toPlainString();
    }

    /**
     * A bar's length as a share of the chart's width: the bar charts have no view box, so they fill their container
     * and their text keeps its size in CSS pixels at any width; the longest bar takes 78 %, its value after it.
     */
    static String barShare(int bar) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 78.0 * bar / BAR_MAX);
    }

    /** Where the value after a bar of this length starts, as a share of the chart's width. */
    static String after(int bar) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 78.0 * bar / BAR_MAX + 1.5);
    }

    public record ChannelRow(ChannelTimes times, String median, String p95, String share, int medianBar, int p95Bar,
            int y) {
        public int y20() {
            return y + 20;
        }

        public int y32() {
            return y + 32;
        }

        public String medianWidth() {
            return barShare(medianBar);
        }

        public String p95Width() {
            return barShare(p95Bar);
        }

        public String medianAfter() {
            return after(medianBar);
        }

        public String p95After() {
            return after(p95Bar);
        }

        public int y14() {
            return y + 14;
        }

        public int y38() {
            return y + 38;
        }

        public int y50() {
            return y + 50;
        }
    }

    public record VolumeRow(Volume volume, int itemsBar, int acceptedBar, int y) {
        public int y14() {
            return y + 14;
        }

        public String itemsWidth() {
            return barShare(itemsBar);
        }

        public String acceptedWidth() {
            return barShare(acceptedBar);
        }

        public String itemsAfter() {
            return after(itemsBar);
        }

        public int y20() {
            return y + 20;
        }

        public int y34() {
            return y + 34;
        }
    }

    public record OutcomeRow(Count count, int bar, int y) {
        public String width() {
            return barShare(bar);
        }

        public String barAfter() {
            return after(bar);
        }

        public int y20() {
            return y + 20;
        }

        public int y14() {
            return y + 14;
        }

        public int y33() {
            return y + 33;
        }
    }

    /** The month charts' plot height and baseline, in user units; each month takes {@link #MONTH_WIDTH}. */
    static final int PLOT = 150;
    static final int BASELINE = 170;
    static final int MONTH_WIDTH = 56;
    static final int PLOT_LEFT = 50;

    static int barHeight(double value, double max) {
        return max <= 0 || value <= 0 ? 0 : Math.max(1, (int) Math.round(PLOT * value / max));
    }

    /** One month of the charts: its numbers as text, and each bar's left edge, top and height. */
    public record MonthColumn(io.markguard.portal.client.ComplaintRestClient.Month month, String median, String p95,
            int labelX, int medianX, int medianY, int medianH, int p95X, int p95Y, int p95H, int noticesX, int noticesY,
            int noticesH, int itemsX, int itemsY, int itemsH, int takedownsX, int takedownsY, int takedownsH) {
    }

    /** The period month by month, as two server-drawn charts and their table. */
    public record Trends(List<MonthColumn> columns, int width, String maxHours, long maxVolume) {
        public int baseline() {
            return BASELINE;
        }

        public int labelY() {
            return BASELINE + 16;
        }

        public int height() {
            return BASELINE + 24;
        }

        public int plotLeft() {
            return PLOT_LEFT;
        }

        public int plotTop() {
            return BASELINE - PLOT;
        }

        public int plotTopText() {
            return BASELINE - PLOT + 4;
        }

        static Trends of(List<io.markguard.portal.client.ComplaintRestClient.Month> months) {
            double maxHours = months.stream().map(m -> m.p95Hours() == null ? BigDecimal.ZERO : m.p95Hours())
                    .mapToDouble(BigDecimal::doubleValue).max().orElse(0);
            long maxVolume = months.stream().mapToLong(m -> Math.max(m.notices(), Math.max(m.items(), m.takedowns())))
                    .max().orElse(0);
            List<MonthColumn> columns = new java.util.ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                var m = months.get(i);
                int x = PLOT_LEFT + MONTH_WIDTH * i;
                int median = barHeight(m.medianHours() == null ? 0 : m.medianHours().doubleValue(), maxHours);
                int p95 = barHeight(m.p95Hours() == null ? 0 : m.p95Hours().doubleValue(), maxHours);
                int notices = barHeight(m.notices(), maxVolume);
                int items = barHeight(m.items(), maxVolume);
                int takedowns = barHeight(m.takedowns(), maxVolume);
                columns.add(new MonthColumn(m, hours(m.medianHours()), hours(m.p95Hours()), x + MONTH_WIDTH / 2,
                        x + 8, BASELINE - median, median, x + 28, BASELINE - p95, p95,
                        x + 6, BASELINE - notices, notices, x + 22, BASELINE - items, items,
                        x + 38, BASELINE - takedowns, takedowns));
            }
            return new Trends(columns, PLOT_LEFT + MONTH_WIDTH * Math.max(months.size(), 1) + 10,
                    maxHours <= 0 ? "–" : BigDecimal.valueOf(maxHours).stripTrailingZeros().toPlainString(), maxVolume);
        }
    }

    public record Page(PlatformFigures figures, String fromDay, String toDay, ComplaintViews.BrandChoice brand,
            List<ChannelRow> times, List<VolumeRow> types, List<VolumeRow> offices, List<OutcomeRow> outcomes,
            String retractedShare, String reversedShare, String query, String error,
            io.markguard.portal.client.MerchantRestClient.MerchantFigures merchants, String merchantsUnavailable, String upheldShare,
            String medianHoursToDecision, List<io.markguard.portal.service.VerificationFigures.Method> verifications,
            Trends trends, io.markguard.portal.client.ComplaintRestClient.SpotChecks spotChecks, String accuracy,
            String errorRate) {

        /** The decision log heads the figures were computed with: complaint-service's, then merchant-service's. */
        public List<LogHeadView> logHeads() {
            return LogHeadView.of(figures, merchants);
        }

        public int timesHeight() {
            return 10 + 62 * times.size();
        }

        public int typesHeight() {
            return 10 + 44 * types.size();
        }

        public int outcomesHeight() {
            return 10 + 40 * outcomes.size();
        }

        /** {@code merchantsUnavailable} names the peer that could not give the merchants' figures, then shown without them. */
        static Page of(PlatformFigures f, ComplaintViews.BrandChoice brand, String error,
                io.markguard.portal.client.MerchantRestClient.MerchantFigures merchants, String merchantsUnavailable,
                List<io.markguard.portal.service.VerificationFigures.Method> verifications) {
            double maxHours = f.timeToAction().stream().map(ChannelTimes::p95Hours)
                    .mapToDouble(h -> h == null ? 0 : h.doubleValue()).max().orElse(0);
            List<ChannelRow> times = new java.util.ArrayList<>();
            for (int i = 0; i < f.timeToAction().size(); i++) {
                ChannelTimes t = f.timeToAction().get(i);
                times.add(new ChannelRow(t, hours(t.medianHours()), hours(t.p95Hours()), ComplaintViews.percent(t.within24hShare()),
                        bar(t.medianHours() == null ? 0 : t.medianHours().doubleValue(), maxHours),
                        bar(t.p95Hours() == null ? 0 : t.p95Hours().doubleValue(), maxHours), 62 * i));
            }
            double maxItems = f.byInfringementType().stream().mapToLong(Volume::items).max().orElse(0);
            List<VolumeRow> types = new java.util.ArrayList<>();
            for (int i = 0; i < f.byInfringementType().size(); i++) {
                Volume v = f.byInfringementType().get(i);
                types.add(new VolumeRow(v, bar(v.items(), maxItems), bar(v.accepted(), maxItems), 44 * i));
            }
            List<VolumeRow> offices = f.byOffice().stream().map(v -> new VolumeRow(v, 0, 0, 0)).toList();
            double maxOutcome = f.byOutcome().stream().mapToLong(Count::items).max().orElse(0);
            List<OutcomeRow> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < f.byOutcome().size(); i++) {
                Count c = f.byOutcome().get(i);
                outcomes.add(new OutcomeRow(c, bar(c.items(), maxOutcome), 40 * i));
            }
            LocalDate from = LocalDate.ofInstant(f.from(), ZoneOffset.UTC);
            LocalDate to = LocalDate.ofInstant(f.to(), ZoneOffset.UTC).minusDays(1);
            return new Page(f, from.toString(), to.toString(), brand, times, types, offices, outcomes,
                    ComplaintViews.percent(f.retractedShare()), ComplaintViews.percent(f.reversedShare()),
                    "from=" + from + "&to=" + to, error, merchants, merchantsUnavailable,
                    merchants == null ? "" : ComplaintViews.percent(merchants.appeals().upheldShare()),
                    merchants == null || merchants.appeals().medianHoursToDecision() == null ? "–"
                            : merchants.appeals().medianHoursToDecision().toPlainString(), verifications,
                    Trends.of(f.monthsOrNone()), f.spotChecksOrNone(), ComplaintViews.percent(f.spotChecksOrNone().accuracy()),
                    ComplaintViews.percent(f.spotChecksOrNone().errorRate()));
        }
    }

    /** The yearly report: the period's figures, with the sums the DSA's fields ask for. */
    public record Report(int year, List<Integer> years, String fromDay, String toDay, PlatformFigures figures,
            io.markguard.portal.client.MerchantRestClient.MerchantFigures merchants, String merchantsUnavailable,
            List<io.markguard.portal.service.VerificationFigures.Method> verifications, List<ChannelRow> times,
            List<VolumeRow> types, long accepted, long rejected, long automated, long ladderSanctions, long merchantSuspensions,
            String upheldShare, String medianHoursToDecision, boolean refused, Trends trends,
            io.markguard.portal.client.ComplaintRestClient.SpotChecks spotChecks, String accuracy, String errorRate) {

        /** The decision log heads the year's figures were computed with: complaint-service's, then merchant-service's. */
        public List<LogHeadView> logHeads() {
            return LogHeadView.of(figures, merchants);
        }

        static Report of(int year, int thisYear, PlatformFigures f,
                io.markguard.portal.client.MerchantRestClient.MerchantFigures m, String merchantsUnavailable,
                List<io.markguard.portal.service.VerificationFigures.Method> verifications, boolean refused) {
            Page page = Page.of(f, null, null, m, merchantsUnavailable, verifications);
            List<io.markguard.portal.client.MerchantRestClient.MeasureCount> sanctions = m == null ? List.of() : m.sanctions();
            long accepted = f.byInfringementType().stream().mapToLong(Volume::accepted).sum();
            long rejected = f.byInfringementType().stream().mapToLong(Volume::rejected).sum();
            long automated = f.timeToAction().stream().filter(t -> "FAST_TRACK".equals(t.channel()))
                    .mapToLong(ChannelTimes::actioned).sum();
            long ladder = sanctions.stream().filter(s -> !"LISTING_REMOVED".equals(s.measure()))
                    .mapToLong(io.markguard.portal.client.MerchantRestClient.MeasureCount::sanctions).sum();
            long suspensions = sanctions.stream().filter(s -> s.measure().startsWith("SUSPENDED") || "TERMINATED".equals(s.measure()))
                    .mapToLong(io.markguard.portal.client.MerchantRestClient.MeasureCount::sanctions).sum();
            List<Integer> years = new java.util.ArrayList<>();
            for (int y = thisYear; y >= thisYear - 4; y--) {
                years.add(y);
            }
            return new Report(year, years, page.fromDay(), page.toDay(), f, m, merchantsUnavailable, verifications, page.times(), page.types(), accepted,
                    rejected, automated, ladder, suspensions, page.upheldShare(), page.medianHoursToDecision(), refused,
                    page.trends(), page.spotChecks(), page.accuracy(), page.errorRate());
        }
    }
}
