package io.markguard.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the services' databases to count what happened (the check at the end of every fault run), and seeds the
 * bench's merchants the way the demo catalogue seeds the demo shops: the marketplace has no API that enrols a
 * merchant, a merchant enrols by signing in.
 */
public final class Data {

    public record Takedown(String itemId, long violationId, long listingId, long merchantId, Instant recordedAt) {
    }

    private final Settings settings;

    public Data(Settings settings) {
        this.settings = settings;
    }

    private Connection merchants() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(settings.merchantDb()), settings.dbUser(), settings.dbPassword());
    }

    private Connection complaints() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(settings.complaintDb()), settings.dbUser(), settings.dbPassword());
    }

    public String postgresVersion() throws SQLException {
        try (Connection c = merchants(); ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    /** Enrols {@code count} merchants for this run, with complete trader identities; returns their ids. */
    public List<Long> enrolMerchants(String run, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO merchant (id, keycloak_subject, username, enrolled_at, legal_name, address, phone, email,
                                      identity_document_ref, trade_register_number, self_certified_at, identity_updated_at)
                SELECT nextval('merchant_seq'), 'bench-' || ? || '-' || n, 'bench-shop-' || ? || '-' || n, now(),
                       'Bench Shop ' || n || ' GmbH', 'Benchstrasse ' || n || ', 10115 Berlin, Germany',
                       '+49 30 555 ' || lpad(n::text, 4, '0'), 'shop-' || n || '@bench.markguard.test',
                       'DE-ID-B' || n, 'HRB 9' || lpad(n::text, 5, '0'), now(), now()
                  FROM generate_series(1, ?) AS n
                RETURNING id""")) {
            s.setString(1, run);
            s.setString(2, run);
            s.setInt(3, count);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** merchant-service's takedowns for these complaint items, one row per violation recorded. */
    public List<Takedown> takedowns(Collection<String> itemIds) throws SQLException {
        List<Takedown> found = new ArrayList<>();
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement(
                "SELECT complaint_item_id, id, listing_id, merchant_id, recorded_at FROM violation WHERE complaint_item_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("varchar", itemIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Takedown(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        }
        return found;
    }

    public int countTakedowns(Collection<String> itemIds) throws SQLException {
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM violation WHERE complaint_item_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("varchar", itemIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** How many of these listings merchant-service shows as REMOVED. */
    public int removedListings(Collection<Long> listingIds) throws SQLException {
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM listing WHERE id = ANY (?) AND status = 'REMOVED'")) {
            s.setArray(1, c.createArrayOf("bigint", listingIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Sanctions of one measure per violation: LISTING_REMOVED must be exactly one for each. */
    public Map<Long, Integer> removalSanctions(Collection<Long> violationIds) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement(
                "SELECT violation_id, count(*) FROM sanction WHERE violation_id = ANY (?) AND measure = 'LISTING_REMOVED'"
                        + " GROUP BY violation_id")) {
            s.setArray(1, c.createArrayOf("bigint", violationIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Account sanctions (WARNING and up) issued twice for the same merchant and measure since the given time. */
    public int doubledEscalations(Collection<Long> merchantIds, Instant since) throws SQLException {
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement("""
                SELECT coalesce(sum(n - 1), 0) FROM (
                  SELECT count(*) AS n FROM sanction
                   WHERE merchant_id = ANY (?) AND measure <> 'LISTING_REMOVED' AND decided_at >= ?
                   GROUP BY merchant_id, measure HAVING count(*) > 1) doubled""")) {
            s.setArray(1, c.createArrayOf("bigint", merchantIds.toArray()));
            s.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * How far the services' drift checks have come through the seed: the brand BrandFiguresCheck checked last, and
     * LedgerCheck's rounds through every merchant and the merchant it checked last.
     */
    public Map<String, Object> driftCheckProgress() throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Connection c = complaints(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT after_brand_id, (SELECT count(*) FROM brand_record r WHERE r.brand_id <= f.after_brand_id),"
                        + " (SELECT count(*) FROM brand_record) FROM brand_figures_check f")) {
            rs.next();
            out.put("brandFiguresCheckAfterBrand", rs.getLong(1));
            out.put("brandsCheckedThisRound", rs.getLong(2));
            out.put("brands", rs.getLong(3));
        }
        try (Connection c = merchants(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT after_merchant, rounds, (SELECT count(*) FROM merchant) FROM ledger_check WHERE name = 'counters'")) {
            rs.next();
            out.put("ledgerCheckAfterMerchant", rs.getLong(1));
            out.put("ledgerCheckRounds", rs.getLong(2));
            out.put("merchants", rs.getLong(3));
        }
        return out;
    }

    /** Messages for merchant-service not yet delivered. */
    public int outboxBacklog() throws SQLException {
        try (Connection c = complaints(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM outbox_message WHERE status <> 'DELIVERED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A bulk job's rows by outcome. */
    public Map<String, Integer> jobRows(long jobId) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = complaints(); PreparedStatement s = c.prepareStatement(
                "SELECT outcome, count(*) FROM bulk_job_row WHERE job_id = ? GROUP BY outcome ORDER BY outcome")) {
            s.setLong(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The items of a complaint: how many there are, and how many listings appear on more than one. */
    public Map<String, Integer> complaintItems(long complaintId) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = complaints()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT status, count(*) FROM complaint_item WHERE complaint_id = ? GROUP BY status ORDER BY status")) {
                s.setLong(1, complaintId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT coalesce(sum(n - 1), 0) FROM (
                      SELECT count(*) AS n FROM complaint_item WHERE complaint_id = ? GROUP BY listing_id HAVING count(*) > 1) twice""")) {
                s.setLong(1, complaintId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    counts.put("listingsFiledTwice", rs.getInt(1));
                }
            }
        }
        return counts;
    }

    /** The ids of a complaint's items that were taken down (accepted), as merchant-service knows them. */
    public List<String> acceptedItems(long complaintId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = complaints(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM complaint_item WHERE complaint_id = ? AND status = 'ACCEPTED'")) {
            s.setLong(1, complaintId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(String.valueOf(rs.getLong(1)));
                }
            }
        }
        return ids;
    }

    /**
     * Violations that lapse while the replica fault run goes on: {@code count} of them on seeded shops' active
     * listings, one point each, expiring one after the other between {@code from} and {@code to} from now. The
     * standing-expiry job of every replica sees them; each must lapse once.
     */
    public int expiryMarkers(String run, int count, java.time.Duration from, java.time.Duration to) throws SQLException {
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO violation (id, merchant_id, listing_id, complaint_item_id, brand_id, brand_name, submitter_subject,
                                       submitter_email, ip_office, ip_registration_number, ip_mark, infringement_type, channel,
                                       automated_detection, automated_decision, explanation, decided_at, recorded_at, severity,
                                       points, expires_at, status, policy_version)
                SELECT nextval('violation_seq'), l.merchant_id, l.id, 'bench-expiry-' || ? || '-' || n, '0', 'Bench', 'markguard-bench-expiry',
                       'expiry@bench.markguard.test', 'EUIPO', 'BENCH', 'BENCH', 'COUNTERFEIT', 'STANDARD', false, false,
                       'Lapses during the replica fault run.', now() - interval '365 days', now() - interval '365 days', 'LOW', 1,
                       now() + ?::interval + (?::interval - ?::interval) * n / ?, 'ACTIVE', 'bench'
                  FROM generate_series(0, ? - 1) AS n
                  JOIN (SELECT id, merchant_id, row_number() OVER () - 1 AS k FROM listing
                         WHERE url LIKE 'https://shop.markguard.test/seed/%' AND status = 'ACTIVE' LIMIT ?) l ON l.k = n""")) {
            s.setString(1, run);
            s.setString(2, from.toSeconds() + " seconds");
            s.setString(3, to.toSeconds() + " seconds");
            s.setString(4, from.toSeconds() + " seconds");
            s.setInt(5, count);
            s.setInt(6, count);
            s.setInt(7, count);
            return s.executeUpdate();
        }
    }

    /** The markers of a run by status, and when the last one lapses. */
    public Map<String, Object> expiryMarkerStates(String run) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement(
                "SELECT status, count(*), count(*) FILTER (WHERE ended_at = expires_at) FROM violation"
                        + " WHERE complaint_item_id LIKE ? GROUP BY status ORDER BY status")) {
            s.setString(1, "bench-expiry-" + run + "-%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** Violations that lapsed (ended by the expiry job) between these times, as the database has them. */
    public int lapsedBetween(Instant from, Instant to) throws SQLException {
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM violation WHERE status = 'EXPIRED' AND end_reason = 'expired' AND ended_at > ? AND ended_at <= ?")) {
            s.setTimestamp(1, Timestamp.from(from));
            s.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Seeded takedown sanctions of one merchant with no appeal yet, and the complaint item behind each. */
    public Map<Long, String> appealableSanctions(long merchantId, int count) throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement("""
                SELECT s.id, v.complaint_item_id FROM sanction s JOIN violation v ON v.id = s.violation_id
                 WHERE s.merchant_id = ? AND s.measure = 'LISTING_REMOVED' AND s.status = 'ACTIVE' AND s.puid LIKE 'seed-%'
                   AND v.status = 'ACTIVE' AND s.appeal_deadline > now()
                   AND NOT EXISTS (SELECT 1 FROM appeal a WHERE a.sanction_id = s.id)
                 ORDER BY s.id LIMIT ?""")) {
            s.setLong(1, merchantId);
            s.setInt(2, count);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Appeals per sanction: exactly one for each sanction appealed. */
    public Map<Long, Integer> appealsPerSanction(Collection<Long> sanctionIds) throws SQLException {
        Map<Long, Integer> out = new HashMap<>();
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement(
                "SELECT sanction_id, count(*) FROM appeal WHERE sanction_id = ANY (?) GROUP BY sanction_id")) {
            s.setArray(1, c.createArrayOf("bigint", sanctionIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** Reversals complaint-service recorded per item (one notice for each upheld appeal), and the items reversed. */
    public Map<String, Integer> reversalsPerItem(Collection<String> itemIds) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = complaints(); PreparedStatement s = c.prepareStatement(
                "SELECT complaint_item_id, count(*) FROM reversal_notice WHERE complaint_item_id = ANY (?) GROUP BY complaint_item_id")) {
            s.setArray(1, c.createArrayOf("bigint", itemIds.stream().map(Long::valueOf).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(String.valueOf(rs.getLong(1)), rs.getInt(2));
                }
            }
        }
        return out;
    }

    public int itemsWithStatus(Collection<String> itemIds, String status) throws SQLException {
        try (Connection c = complaints(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM complaint_item WHERE id = ANY (?) AND status = ?")) {
            s.setArray(1, c.createArrayOf("bigint", itemIds.stream().map(Long::valueOf).toArray()));
            s.setString(2, status);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Complaint items per listing URL among these: one for each notice answered 201, however often it was sent. */
    public Map<String, Integer> itemsPerListing(Collection<String> urls) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = complaints(); PreparedStatement s = c.prepareStatement(
                "SELECT listing_url, count(*) FROM complaint_item WHERE listing_url = ANY (?) GROUP BY listing_url")) {
            s.setArray(1, c.createArrayOf("varchar", urls.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** Outbox messages written since then, by status, in one service's database. */
    public Map<String, Integer> outboxSince(String service, Instant since) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Connection c = service.equals("merchant-service") ? merchants() : complaints(); PreparedStatement s = c.prepareStatement(
                "SELECT status, count(*) FROM outbox_message WHERE created_at >= ? GROUP BY status ORDER BY status")) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /**
     * The run's listings, {@code count} of them spread over its merchants, written as merchant-service's feed import
     * writes them (one row each, ACTIVE); returns their URLs in order. By SQL: the import API is not what the bench
     * measures, and through it the listings alone took minutes of the run.
     */
    public List<String> insertListings(String run, List<Long> merchantIds, int count) throws SQLException {
        String prefix = "https://shop.markguard.test/bench/" + run + "/listing/";
        try (Connection c = merchants(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO listing (id, merchant_id, title, brand_claimed, price, currency, url, status, listed_at, updated_at)
                SELECT nextval('listing_seq'), (?::bigint[])[1 + n % ?],
                       'Bench ' || (ARRAY['running shoes', 'leather handbag', 'wrist watch', 'sunglasses', 'hoodie', 'backpack'])[1 + n % 6]
                           || ' #' || n,
                       CASE WHEN n % 2 = 0 THEN 'Bench Fast' ELSE 'Bench Standard' END, 9.90 + n % 400, 'EUR', ? || n,
                       'ACTIVE', now(), now()
                  FROM generate_series(0, ? - 1) AS n""")) {
            s.setArray(1, c.createArrayOf("bigint", merchantIds.toArray()));
            s.setInt(2, merchantIds.size());
            s.setString(3, prefix);
            s.setInt(4, count);
            s.executeUpdate();
        }
        List<String> urls = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            urls.add(prefix + n);
        }
        return urls;
    }
}
