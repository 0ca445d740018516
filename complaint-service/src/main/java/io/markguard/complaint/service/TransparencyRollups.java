package io.markguard.complaint.service;

import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemStatus;
import io.markguard.platform.figures.CounterRows;
import io.markguard.platform.figures.DurationHistogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The transparency rollups ({@code transparency_volume_day}, {@code transparency_action_day},
 * {@code transparency_action_time}), for the item's brand and for all brands together, on the notice's filing day
 * and its month, moved by what the item counted for before and counts for after; with the open items of
 * {@code transparency_action_day} also by filing hour ({@code transparency_open_hour}), for the hours of the last
 * {@link #OPEN_HOURS_KEPT} only. Kept through {@link ItemFigures} in
 * the transaction of every change to an item: filing, decision, retraction, reversal on appeal and the takedown
 * merchant-service applied. The all-brands rows are shared by every brand's changes, so every row is written
 * through {@link CounterRows}: a transaction that holds a slot holds up no other.
 */
@ApplicationScoped
public class TransparencyRollups {

    /** The rows that count for all brands together. */
    public static final long ALL_BRANDS = 0;

    private static final double DAY_SECONDS = Duration.ofHours(24).toSeconds();

    /**
     * The filing hours whose open items are kept by hour: the figure of open past a day reads the hours of the day
     * that ends within the last 24 hours (at most 48 hours back), and a day more leaves room for clocks and long
     * transactions. An item filed before them moves no hour row; {@link TransparencyOpenHours} removes those rows.
     */
    public static final Duration OPEN_HOURS_KEPT = Duration.ofDays(3);

    /** The first filing hour kept by hour at {@code now}. */
    public static Instant openHoursFrom(Instant now) {
        return now.minus(OPEN_HOURS_KEPT).truncatedTo(ChronoUnit.HOURS);
    }

    /** What an item counts for in the rollups at one moment. */
    public record Standing(Instant filedAt, long brandId, String infringementType, String office, String channel,
            ItemStatus status, Instant actionAt, boolean takenDown, boolean spotCheck, boolean spotChecked) {

        public static Standing of(Complaint complaint, ComplaintItem item) {
            Instant action = item.takedownAppliedAt != null ? item.takedownAppliedAt : item.decidedAt;
            return new Standing(complaint.filedAt, complaint.brandId, complaint.infringementType.name(),
                    complaint.rightOffice, item.channel.name(), item.status, action, item.takedownAppliedAt != null,
                    item.spotCheck, item.spotCheckedAt != null);
        }

        LocalDate day() {
            return LocalDate.ofInstant(filedAt, ZoneOffset.UTC);
        }

        Double secondsToAction() {
            return actionAt == null ? null : Math.max(0, Duration.between(filedAt, actionAt).toNanos() / 1e9);
        }
    }

    /** An item before and after one change; {@code before} is empty for a new item. */
    public record Change(Standing before, Standing after) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The items of one notice (or of one chunk of a bulk notice) just filed; {@code newNotice} counts the notice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void filed(Complaint complaint, List<ComplaintItem> items, boolean newNotice) {
        Deltas deltas = new Deltas(openHoursFrom(clock.instant()));
        if (newNotice) {
            deltas.notice(complaint);
        }
        for (ComplaintItem item : items) {
            deltas.add(Standing.of(complaint, item), 1);
        }
        deltas.apply(em);
    }

    /** What the item counted for just before the caller changes it; pass to {@link #changed}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Standing before(ComplaintItem item) {
        return Standing.of(complaint(item), item);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Standing before, ComplaintItem item) {
        record(List.of(new Change(before, Standing.of(complaint(item), item))));
    }

    /** Applies changes described directly; the other methods come here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Collection<Change> changes) {
        Deltas deltas = new Deltas(openHoursFrom(clock.instant()));
        for (Change change : changes) {
            if (change.before() != null) {
                deltas.add(change.before(), -1);
            }
            deltas.add(change.after(), 1);
        }
        deltas.apply(em);
    }

    /** Counts a notice with its first items. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noticeFiled(Complaint complaint) {
        Deltas deltas = new Deltas(openHoursFrom(clock.instant()));
        deltas.notice(complaint);
        deltas.apply(em);
    }

    private Complaint complaint(ComplaintItem item) {
        return em.find(Complaint.class, item.complaintId);
    }

    /** A day ({@code D}) or the month from its first day ({@code M}). */
    public static final String DAY = "D";
    public static final String MONTH = "M";

    private record VolumeKey(long brandId, String span, LocalDate day, String type, String office) {
    }

    private record ActionKey(long brandId, String span, LocalDate day, String channel) {
    }

    private record TimeKey(long brandId, String span, LocalDate day, String channel, int bucket) {
    }

    private record OpenKey(long brandId, Instant hour, String channel) {
    }

    private static final String[] VOLUME_COLUMNS = { "notices", "pending", "accepted", "rejected", "retracted",
            "reversed_on_appeal", "duplicates", "takedowns", "takedowns_retracted", "takedowns_reversed" };

    private static final String[] ACTION_COLUMNS = { "actioned", "within_24h", "open", "spot_drawn", "spot_checked",
            "spot_overturned" };

    /** Sums of what changes, by rollup row, applied as one upsert per table with the rows in key order. */
    private static final class Deltas {
        final Map<VolumeKey, long[]> volumes = new TreeMap<>(Comparator.comparingLong(VolumeKey::brandId)
                .thenComparing(VolumeKey::span).thenComparing(VolumeKey::day).thenComparing(VolumeKey::type).thenComparing(VolumeKey::office));
        final Map<ActionKey, long[]> actions = new TreeMap<>(Comparator.comparingLong(ActionKey::brandId)
                .thenComparing(ActionKey::span).thenComparing(ActionKey::day).thenComparing(ActionKey::channel));
        final Map<TimeKey, long[]> times = new TreeMap<>(Comparator.comparingLong(TimeKey::brandId)
                .thenComparing(TimeKey::span).thenComparing(TimeKey::day).thenComparing(TimeKey::channel).thenComparingInt(TimeKey::bucket));
        final Map<OpenKey, long[]> openHours = new TreeMap<>(Comparator.comparingLong(OpenKey::brandId)
                .thenComparing(OpenKey::hour).thenComparing(OpenKey::channel));
        final Instant openHoursFrom;

        Deltas(Instant openHoursFrom) {
            this.openHoursFrom = openHoursFrom;
        }

        void notice(Complaint complaint) {
            LocalDate day = LocalDate.ofInstant(complaint.filedAt, ZoneOffset.UTC);
            for (long brand : scopes(complaint.brandId)) {
                for (String span : SPANS) {
                    volumes.computeIfAbsent(new VolumeKey(brand, span, start(span, day), complaint.infringementType.name(),
                            complaint.rightOffice), k -> new long[VOLUME_COLUMNS.length])[0]++;
                }
            }
        }

        void add(Standing s, int sign) {
            for (long brand : scopes(s.brandId())) {
                for (String span : SPANS) {
                    add(s, brand, span, start(span, s.day()), sign);
                }
            }
        }

        private void add(Standing s, long brand, String span, LocalDate day, int sign) {
            Double seconds = s.secondsToAction();
            long[] v = volumes.computeIfAbsent(new VolumeKey(brand, span, day, s.infringementType(), s.office()),
                    k -> new long[VOLUME_COLUMNS.length]);
            v[statusColumn(s.status())] += sign;
            if (s.takenDown()) {
                v[7] += sign;
                if (s.status() == ItemStatus.RETRACTED) {
                    v[8] += sign;
                } else if (s.status() == ItemStatus.REVERSED_ON_APPEAL) {
                    v[9] += sign;
                }
            }
            if (s.status() == ItemStatus.DUPLICATE) {
                return;
            }
            long[] a = actions.computeIfAbsent(new ActionKey(brand, span, day, s.channel()), k -> new long[ACTION_COLUMNS.length]);
            if (s.spotCheck()) {
                // A spot check that rejected the fast-track acceptance overturned it; one that accepted upheld it.
                a[3] += sign;
                if (s.spotChecked()) {
                    a[4] += sign;
                    if (s.status() == ItemStatus.REJECTED) {
                        a[5] += sign;
                    }
                }
            }
            if (seconds == null) {
                if (s.status() == ItemStatus.RETRACTED) {
                    // Withdrawn before any action: closed, neither actioned nor open.
                    return;
                }
                a[2] += sign;
                Instant hour = s.filedAt().truncatedTo(ChronoUnit.HOURS);
                if (span.equals(DAY) && !hour.isBefore(openHoursFrom)) {
                    openHours.computeIfAbsent(new OpenKey(brand, hour, s.channel()), k -> new long[1])[0] += sign;
                }
            } else {
                a[0] += sign;
                if (seconds <= DAY_SECONDS) {
                    a[1] += sign;
                }
                times.computeIfAbsent(new TimeKey(brand, span, day, s.channel(), DurationHistogram.bucket(seconds)),
                        k -> new long[1])[0] += sign;
            }
        }

        private static final String[] SPANS = { DAY, MONTH };

        private static LocalDate start(String span, LocalDate day) {
            return span.equals(MONTH) ? day.withDayOfMonth(1) : day;
        }

        private static long[] scopes(long brandId) {
            return new long[] { ALL_BRANDS, brandId };
        }

        private static int statusColumn(ItemStatus status) {
            return switch (status) {
                case PENDING -> 1;
                case ACCEPTED -> 2;
                case REJECTED -> 3;
                case RETRACTED -> 4;
                case REVERSED_ON_APPEAL -> 5;
                case DUPLICATE -> 6;
            };
        }

        void apply(EntityManager em) {
            upsert(em, "transparency_volume_day", new String[] { "brand_id", "span", "day", "infringement_type", "right_office" },
                    VOLUME_COLUMNS, volumes, k -> new Object[] { k.brandId(), k.span(), k.day(), k.type(), k.office() });
            upsert(em, "transparency_action_day", new String[] { "brand_id", "span", "day", "channel" }, ACTION_COLUMNS,
                    actions, k -> new Object[] { k.brandId(), k.span(), k.day(), k.channel() });
            upsert(em, "transparency_action_time", new String[] { "brand_id", "span", "day", "channel", "bucket" },
                    new String[] { "items" }, times,
                    k -> new Object[] { k.brandId(), k.span(), k.day(), k.channel(), (short) k.bucket() });
            upsert(em, "transparency_open_hour", new String[] { "brand_id", "hour", "channel" }, new String[] { "open" },
                    openHours, k -> new Object[] { k.brandId(), k.hour(), k.channel() });
        }

        /**
         * The changed rows of one table through {@link CounterRows}, in key order and in one batch, so no transaction
         * waits on another's rows and a notice's rows of a table cost one round trip.
         */
        private static <K> void upsert(EntityManager em, String table, String[] keys, String[] counts, Map<K, long[]> rows,
                java.util.function.Function<K, Object[]> keyValues) {
            List<CounterRows.Addition> additions = new java.util.ArrayList<>(rows.size());
            for (Map.Entry<K, long[]> row : rows.entrySet()) {
                additions.add(new CounterRows.Addition(Arrays.asList(keyValues.apply(row.getKey())), row.getValue()));
            }
            CounterRows.addAll(em, table, List.of(keys), List.of(counts), additions);
        }
    }
}
