package io.markguard.merchant.service;

import io.markguard.merchant.InfringementType;
import io.markguard.merchant.Listing;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Violation;
import io.markguard.merchant.config.StatementRules;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Statements of reasons in the EU DSA Transparency Database's submission format (the fields and values
 * of its statement store request, batch API {@code POST /api/v1/statements} with {@code statements}).
 * A removal on notice is illegal content under the IP right; a step of the ladder is a decision under
 * the platform's terms (the penalty policy), on content the platform also holds illegal.
 */
@ApplicationScoped
public class TransparencyExport {

    public static final String LIST = "statements-of-reasons";

    /** How many sanctions one numbering transaction takes at most. */
    static final int NUMBERING_BATCH = 1000;

    /**
     * The one numbering transaction at a time across every replica holds this transaction-level advisory lock:
     * numbers from one run are visible before the next run takes any, so they become visible in their order.
     */
    static final long NUMBERING_LOCK = 0x6d67_736f_7273_6571L;

    private static final Logger LOG = Logger.getLogger(TransparencyExport.class);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Inject
    StatementRules rules;

    @Inject
    EntityManager em;

    @Scheduled(identity = "statement-numbering", every = "${markguard.jobs.statement-numbering-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int numbered;
        int total = 0;
        do {
            numbered = numberCommitted();
            total += numbered;
        } while (numbered == NUMBERING_BATCH);
        if (total > 0) {
            LOG.debugf("Numbered %d statements of reasons for the export", total);
        }
    }

    /**
     * Gives committed sanctions without a number the next numbers of {@code sanction_export_seq}. A sanction a
     * slower transaction commits later is numbered by a later run, after every number already visible; rows
     * another transaction holds locked are left for the next run. On a replica where another run holds the
     * lock this does nothing.
     */
    @Transactional
    public int numberCommitted() {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", NUMBERING_LOCK).getSingleResult();
        if (!mine) {
            return 0;
        }
        return em.createNativeQuery("""
                update sanction s set export_seq = nextval('sanction_export_seq')
                from (select id from sanction where export_seq is null order by id limit :batch
                      for update skip locked) due
                where s.id = due.id""")
                .setParameter("batch", NUMBERING_BATCH)
                .executeUpdate();
    }

    /**
     * One batch of the export: the statements, the cursor of the next batch when more are numbered already, and
     * where a later run resumes once this one has reached the end (after the last statement here, or where this
     * batch started when it is empty).
     */
    public record Batch(List<Map<String, Object>> statements, String nextCursor, String resumeCursor) {
    }

    /** The statements numbered after {@code after} (a cursor of {@link #LIST}), in the order numbered. */
    @Transactional
    public Batch batch(int limit, Cursor after) {
        long from = after == null ? 0L : after.number(0);
        TypedQuery<Sanction> query = em.createQuery("""
                from Sanction s join fetch s.violation v join fetch v.listing
                where s.exportSeq > :after and s.measure <> :warning order by s.exportSeq""", Sanction.class)
                .setParameter("after", from)
                .setParameter("warning", SanctionMeasure.WARNING)
                .setMaxResults(PageSize.fetch(limit));
        List<Sanction> sanctions = ReadOnly.of(query).getResultList();
        Page<Sanction> page = Page.of(sanctions, limit, s -> s, s -> Cursor.after(LIST, s.exportSeq));
        long last = page.items().isEmpty() ? from : page.items().get(page.items().size() - 1).exportSeq;
        return new Batch(page.items().stream().map(this::statement).toList(), page.nextCursor(),
                Cursor.after(LIST, last));
    }

    /** The statements of the given sanctions, by sanction id, for a submission to the database. */
    @Transactional
    public Map<Long, Map<String, Object>> statements(java.util.Collection<Long> sanctionIds) {
        Map<Long, Map<String, Object>> statements = new LinkedHashMap<>();
        if (sanctionIds.isEmpty()) {
            return statements;
        }
        TypedQuery<Sanction> query = em.createQuery("""
                from Sanction s join fetch s.violation v join fetch v.listing
                where s.id in :ids order by s.id""", Sanction.class)
                .setParameter("ids", sanctionIds);
        ReadOnly.of(query).getResultList().forEach(s -> statements.put(s.id, statement(s)));
        return statements;
    }

    /** Largest batch of the export, as the EU Transparency Database takes it. */
    public int maxBatch() {
        return rules.maxBatch();
    }

    Map<String, Object> statement(Sanction sanction) {
        Violation violation = sanction.violation;
        Listing listing = violation.listing;
        Map<String, Object> s = new LinkedHashMap<>();
        String end = sanction.expiresAt == null ? null : DAY.format(sanction.expiresAt);
        switch (sanction.measure) {
            case LISTING_REMOVED -> s.put("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"));
            case WARNING -> throw new IllegalArgumentException("A warning restricts nothing and has no statement for the"
                    + " database: sanction " + sanction.id);
            case RESTRICTED -> {
                s.put("decision_provision", "DECISION_PROVISION_PARTIAL_SUSPENSION");
                s.put("end_date_service_restriction", end);
            }
            case SUSPENDED_7D, SUSPENDED_14D -> {
                s.put("decision_provision", "DECISION_PROVISION_TOTAL_SUSPENSION");
                s.put("decision_account", "DECISION_ACCOUNT_SUSPENDED");
                s.put("end_date_service_restriction", end);
                s.put("end_date_account_restriction", end);
            }
            case TERMINATED -> {
                s.put("decision_provision", "DECISION_PROVISION_TOTAL_TERMINATION");
                s.put("decision_account", "DECISION_ACCOUNT_TERMINATED");
            }
        }
        s.put("account_type", "ACCOUNT_TYPE_BUSINESS");
        s.put("category", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS");
        s.put("category_specification", List.of(keyword(violation.infringementType)));
        String right = violation.ipOffice + " " + violation.ipRegistrationNumber + " \"" + violation.ipMark + "\"";
        if (sanction.measure.onAccount()) {
            s.put("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
            s.put("incompatible_content_ground", clip(StatementTexts.clause(sanction.clause()), 500));
            s.put("incompatible_content_explanation", clip("The merchant's listings were removed for infringing"
                    + " intellectual property rights, the last on the right " + right
                    + "; the penalty policy attaches this measure to its record.", 2000));
            s.put("incompatible_content_illegal", "Yes");
            s.put("source_type", "SOURCE_VOLUNTARY");
        } else {
            s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
            s.put("illegal_content_legal_ground", clip(legalGround(violation.infringementType) + ", right " + right, 500));
            s.put("illegal_content_explanation", clip(StatementTexts.publishedExplanation(sanction.facts(),
                    violation.infringementType.name(), right), 2000));
            s.put("source_type", "SOURCE_ARTICLE_16");
            s.put("source_identity", clip(violation.brandName, 500));
        }
        s.put("content_type", List.of("CONTENT_TYPE_PRODUCT"));
        s.put("territorial_scope", rules.territorialScope());
        s.put("content_date", DAY.format(listing.listedAt));
        s.put("application_date", DAY.format(sanction.decidedAt));
        s.put("decision_facts", clip(StatementTexts.publishedFacts(sanction.facts()), 5000));
        s.put("automated_detection", violation.automatedDetection ? "Yes" : "No");
        s.put("automated_decision", automatedDecision(sanction));
        s.put("puid", sanction.puid);
        return s;
    }

    static String automatedDecision(Sanction sanction) {
        return sanction.automatedDecision ? "AUTOMATED_DECISION_FULLY" : "AUTOMATED_DECISION_NOT_AUTOMATED";
    }

    public static String keyword(InfringementType type) {
        return switch (type) {
            case COUNTERFEIT, TRADEMARK_MISUSE -> "KEYWORD_TRADEMARK_INFRINGEMENT";
            case COPYRIGHT -> "KEYWORD_COPYRIGHT_INFRINGEMENT";
            case DESIGN -> "KEYWORD_DESIGN_INFRINGEMENT";
            case PATENT -> "KEYWORD_PATENT_INFRINGEMENT";
        };
    }

    public static String legalGround(InfringementType type) {
        return switch (type) {
            case COUNTERFEIT, TRADEMARK_MISUSE -> "Trademark infringement (Regulation (EU) 2017/1001 Art. 9; Directive (EU) 2015/2436 Art. 10)";
            case COPYRIGHT -> "Copyright infringement (Directive 2001/29/EC)";
            case DESIGN -> "Design right infringement (Regulation (EC) No 6/2002 Art. 19)";
            case PATENT -> "Patent infringement (national patent law)";
        };
    }

    public static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
