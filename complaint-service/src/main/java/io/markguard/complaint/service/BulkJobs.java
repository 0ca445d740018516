package io.markguard.complaint.service;

import io.markguard.complaint.BulkJob;
import io.markguard.complaint.BulkJobNotice;
import io.markguard.complaint.BulkJobRow;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.client.MerchantRestClient.ListingSnapshot;
import io.markguard.complaint.config.BulkRules;
import io.markguard.complaint.config.IntakeRules;
import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.problem.Refusal;
import io.markguard.platform.transaction.AfterCommit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * Bulk notices. The upload streams into row records in the transaction that creates the job, so an upload
 * refused as a whole leaves nothing behind; a worker on any replica claims the job with FOR UPDATE SKIP LOCKED
 * and turns rows into items a chunk per transaction, each row moving out of PENDING exactly once.
 */
@ApplicationScoped
public class BulkJobs {

    private static final Logger LOG = Logger.getLogger(BulkJobs.class);
    /** What an upload's Idempotency-Key names among the caller's keys. */
    static final String IDEMPOTENCY_SCOPE = "complaint-job";

    /** CSV (comma or semicolon, UTF-8 with or without a byte-order mark), a JSON array, or JSON Lines. */
    public enum Format {
        CSV, JSON, JSONL
    }

    @Inject
    ComplaintNotifications told;

    @Inject
    BrandEvents events;

    @Inject
    Idempotency idempotency;

    @Inject
    Intake intake;

    @Inject
    TrustScores trust;

    @Inject
    FastTrack fastTrack;

    @Inject
    Authorities authorities;

    @Inject
    ItemFigures figures;

    @Inject
    Takedowns takedowns;

    @Inject
    BulkRules bulk;

    @Inject
    IntakeRules rules;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    // One thread: a job uploaded here starts at once instead of at the next scheduled sweep.
    private final ExecutorService afterUpload = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bulk-job-after-upload");
        t.setDaemon(true);
        return t;
    });

    void stop(@Observes ShutdownEvent event) {
        afterUpload.shutdown();
    }

    /** Creates the complaint and the job and stores every row; refuses the whole upload on a bad header or size. */
    @Transactional
    public BulkJob upload(Actor actor, Intake.Notice notice, Intake.Grounds grounds, Format format, InputStream body,
            IdempotencyKey idempotencyKey) {
        // A repeat is the same notice and the same file: the file's digest is taken as it streams in.
        String noticeFingerprint = idempotency.fingerprint(List.of(notice.brandId(), notice.rightId(),
                notice.infringementType().name(), notice.explanation(), format.name()));
        DigestInputStream upload = new DigestInputStream(body, sha256());
        String[] fingerprintOnce = new String[1];
        // Taken once the whole file has streamed through the digest, and only once: digest() starts it anew.
        Supplier<String> fingerprint = () -> fingerprintOnce[0] != null ? fingerprintOnce[0]
                : (fingerprintOnce[0] = idempotency.fingerprint(noticeFingerprint + ":"
                        + HexFormat.of().formatHex(upload.getMessageDigest().digest())));
        Optional<String> earlier = idempotency.earlier(actor.subject(), IDEMPOTENCY_SCOPE, idempotencyKey, () -> {
            try {
                upload.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw Refusal.invalid("upload", "The upload could not be read: " + e.getMessage());
            }
            return fingerprint.get();
        });
        if (earlier.isPresent()) {
            return BulkJob.findById(Long.parseLong(earlier.get()));
        }
        FastTrack.Decision decision = fastTrack.forNotice(notice.brandId(), notice.infringementType());
        trust.requireMayFile(decision.record());
        Complaint complaint = intake.newComplaint(actor, notice.brandId(), notice.rightId(), notice.infringementType(),
                notice.explanation(), grounds, decision.channel());
        Instant now = complaint.filedAt;
        BulkJob job = new BulkJob();
        job.brandId = notice.brandId();
        job.submitterSubject = actor.subject();
        job.format = format.name();
        job.state = BulkJob.QUEUED;
        job.createdAt = now;
        job.persist();
        complaint.bulkJobId = job.id;
        complaint.persist();
        job.complaintId = complaint.id;
        // The upload's own grounds are its first notice; a row with grounds of its own goes into the notice of those.
        RowGrounds defaults = RowGrounds.defaults(notice.rightId(), notice.infringementType(), notice.explanation());
        Map<String, Long> notices = new HashMap<>();
        notices.put(defaults.key(), complaint.id);
        notice(job.id, defaults.key(), complaint.id);
        Map<Long, String> refusedRights = new HashMap<>();
        int[] count = { 0, 0 };
        ListingRows.Sink sink = read -> {
            int n = ++count[0];
            if (n > rules.maxRowsPerUpload()) {
                throw Refusal.invalid("upload", "An upload may hold at most " + rules.maxRowsPerUpload() + " listings.");
            }
            String ref = read.ref();
            BulkJobRow row = new BulkJobRow();
            row.jobId = job.id;
            row.rowNumber = n;
            row.listingRef = ref == null ? null
                    : (ref.length() > ListingRows.MAX_REF ? ref.substring(0, ListingRows.MAX_REF) : ref.strip());
            String field = ListingRows.LISTING_COLUMN;
            String problem = read.problem();
            if (problem == null) {
                RowGrounds.Read own = defaults.with(read.overrides());
                if (own.problem() != null) {
                    field = own.field();
                    problem = own.problem();
                } else {
                    String key = own.grounds().key();
                    Long filedInto = notices.get(key);
                    if (filedInto == null && notices.size() >= MAX_NOTICES_PER_UPLOAD) {
                        field = "rightId";
                        problem = "An upload may file into at most " + MAX_NOTICES_PER_UPLOAD
                                + " notices (distinct grounds); file these rows in another upload.";
                    } else if (filedInto == null) {
                        long rightId = own.grounds().rightId();
                        String refused = refusedRights.computeIfAbsent(rightId, r -> mayNotFileOn(actor, notice.brandId(), r));
                        if (!refused.isEmpty()) {
                            field = "rightId";
                            problem = refused;
                        } else {
                            filedInto = newNotice(actor, notice.brandId(), own.grounds(), job.id);
                            notices.put(key, filedInto);
                        }
                    }
                    row.complaintId = filedInto == null || filedInto.equals(complaint.id) ? null : filedInto;
                }
            }
            if (problem != null) {
                row.outcome = BulkJobRow.REFUSED;
                row.field = field;
                row.message = problem;
                count[1]++;
            } else {
                row.outcome = BulkJobRow.PENDING;
            }
            row.persist();
            if (n % 500 == 0) {
                // Rows go to the database as they stream in; the session keeps none of them.
                em.flush();
                em.clear();
            }
        };
        try {
            switch (format) {
                case CSV -> ListingRows.csv(upload, sink);
                case JSON -> ListingRows.json(upload, sink);
                case JSONL -> ListingRows.jsonLines(upload, sink);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal r) {
                throw r;
            }
            throw Refusal.invalid("upload", "The upload is not readable " + format + ": " + e.getMessage());
        }
        if (count[0] == 0) {
            throw Refusal.invalid("upload", "The upload holds no listings.");
        }
        idempotency.remember(actor.subject(), IDEMPOTENCY_SCOPE, idempotencyKey, fingerprint.get(), job.id);
        AfterCommit.run(transactions, () -> {
            try {
                afterUpload.submit(this::runDue);
            } catch (RejectedExecutionException stopping) {
                // Shutting down: the scheduled sweep of this or another replica takes the job.
            }
        });
        BulkJob managed = BulkJob.findById(job.id);
        managed.totalRows = count[0];
        managed.refusedRows = count[1];
        managed.processedRows = count[1];
        return managed;
    }

    /** Distinct grounds, and so notices, one upload may file into. */
    static final int MAX_NOTICES_PER_UPLOAD = 100;

    /** Why the filer may not file for the brand on the right (a row's own), or empty when they may. */
    private String mayNotFileOn(Actor actor, long brandId, long rightId) {
        try {
            intake.grounds(actor, brandId, rightId);
            return "";
        } catch (Refusal refused) {
            if (refused.status() == 503) {
                throw refused;
            }
            return refused.getMessage();
        }
    }

    /**
     * The notice of a row's own grounds: a complaint of the job on that right and type, with that explanation and
     * evidence, on the channel the brand's record gives that type now.
     */
    private long newNotice(Actor actor, long brandId, RowGrounds grounds, long jobId) {
        Intake.Grounds register = intake.grounds(actor, brandId, grounds.rightId());
        FastTrack.Decision decision = fastTrack.forNotice(brandId, grounds.infringementType());
        Complaint c = intake.newComplaint(actor, brandId, grounds.rightId(), grounds.infringementType(), grounds.explanation(),
                register, decision.channel());
        c.bulkJobId = jobId;
        c.persist();
        for (String url : grounds.evidenceUrls()) {
            Intake.evidence(c, io.markguard.complaint.ComplaintEvidence.URL, url, c.filedAt);
        }
        for (String order : grounds.testPurchaseOrders()) {
            Intake.evidence(c, io.markguard.complaint.ComplaintEvidence.TEST_PURCHASE, order, c.filedAt);
        }
        notice(jobId, grounds.key(), c.id);
        return c.id;
    }

    private static void notice(long jobId, String key, long complaintId) {
        BulkJobNotice n = new BulkJobNotice();
        n.jobId = jobId;
        n.groundsKey = key;
        n.complaintId = complaintId;
        n.persist();
    }

    /** The notices of the job, its own first (at most {@link #MAX_NOTICES_PER_UPLOAD}). */
    @Transactional
    public List<BulkJobNotice> notices(long jobId) {
        return em.createQuery("from BulkJobNotice n where n.jobId = :job order by n.id", BulkJobNotice.class)
                .setParameter("job", jobId).setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(MAX_NOTICES_PER_UPLOAD).getResultList();
    }

    public static final String REPORT = "job-report";

    /**
     * The job's rows not filed, in row order, {@code limit} at a time after the row number of the last one read
     * (0 for the first page); read over the index bulk_job_row_report.
     */
    @Transactional
    public Page<BulkJobRow> report(long jobId, int limit, int afterRow) {
        List<BulkJobRow> rows = em.createQuery("""
                from BulkJobRow r where r.jobId = :job and r.outcome <> 'FILED' and r.rowNumber > :after
                 order by r.rowNumber""", BulkJobRow.class)
                .setParameter("job", jobId).setParameter("after", afterRow)
                .setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, r -> r, r -> Cursor.after(REPORT, r.rowNumber));
    }

    @Scheduled(identity = "bulk-job-worker", every = "${markguard.jobs.bulk-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runDue();
    }

    /** Runs every job no replica holds, one after another. */
    @ActivateRequestContext
    void runDue() {
        try {
            Long jobId;
            while ((jobId = QuarkusTransaction.requiringNew().call(this::claim)) != null) {
                run(jobId);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Bulk jobs: a run stopped, the next sweep resumes: %s", e.toString());
        }
    }

    /** The oldest job nobody holds, leased to this replica; a job past its last attempt is failed, not retried. */
    Long claim() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<BulkJob> jobs = em.createNativeQuery("""
                SELECT * FROM bulk_job
                 WHERE state IN ('QUEUED', 'RUNNING') AND (lease_until IS NULL OR lease_until < ?1)
                 ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""", BulkJob.class)
                .setParameter(1, now).getResultList();
        if (jobs.isEmpty()) {
            return null;
        }
        BulkJob job = jobs.get(0);
        job.attempts++;
        if (job.attempts > bulk.maxAttempts()) {
            job.state = BulkJob.FAILED;
            job.failure = "Interrupted " + (job.attempts - 1) + " times; the rows not processed are left PENDING in the report.";
            job.finishedAt = now;
            job.leaseUntil = null;
            events.bulkJobFinished(job, job.complaintId == null ? null : Complaint.findById(job.complaintId));
            return job.id;
        }
        job.state = BulkJob.RUNNING;
        if (job.startedAt == null) {
            job.startedAt = now;
        }
        job.leaseUntil = now.plus(bulk.lease());
        return job.id;
    }

    /** A row to apply: its listing and the notice it goes into. */
    private record Pending(long rowId, String ref, long complaintId) {
    }

    void run(long jobId) {
        try {
            while (true) {
                List<Pending> chunk = QuarkusTransaction.requiringNew().call(() -> nextChunk(jobId));
                if (chunk == null) {
                    return;
                }
                if (chunk.isEmpty()) {
                    QuarkusTransaction.requiringNew().run(() -> finish(jobId));
                    return;
                }
                List<Optional<ListingSnapshot>> resolved = intake.resolveAll(chunk.stream().map(Pending::ref).toList());
                Map<Long, Boolean> rightStands = new HashMap<>();
                for (Pending p : chunk) {
                    rightStands.computeIfAbsent(p.complaintId(), c -> rightStands(jobId, c));
                }
                QuarkusTransaction.requiringNew().run(() -> apply(jobId, chunk, resolved, rightStands));
            }
        } catch (RuntimeException e) {
            // The lease runs out and a replica resumes from the rows still PENDING.
            LOG.warnf("Bulk job %d interrupted: %s", jobId, e.toString());
        }
    }

    /**
     * May the filer still file on the notice's right, as portal-service answers now (its answer is reused for a few
     * seconds)? A right whose verification was suspended, or a filer no longer authorised for it, turns it down; so
     * does a portal that does not answer. Asked before each chunk, outside its transaction: a chunk the answer turns
     * down keeps its items but files them on the standard queue, for a reviewer to decide.
     */
    boolean rightStands(long jobId, long complaintId) {
        Complaint complaint = QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint>findById(complaintId));
        try {
            return authorities.ask(complaint.brandId, complaint.submitterSubject, complaint.rightId)
                    .map(a -> a.allowed()).orElse(false);
        } catch (Refusal unavailable) {
            LOG.infof("Bulk job %d: portal-service did not confirm the right; this chunk goes to the standard queue", jobId);
            return false;
        }
    }

    /** The next rows to apply, or null when the job is no longer this replica's to run. */
    List<Pending> nextChunk(long jobId) {
        BulkJob job = BulkJob.findById(jobId);
        if (!BulkJob.RUNNING.equals(job.state)) {
            return null;
        }
        job.leaseUntil = clock.instant().plus(bulk.lease());
        long own = job.complaintId;
        return BulkJobRow.<BulkJobRow>find("jobId = ?1 and outcome = ?2 order by rowNumber", jobId, BulkJobRow.PENDING)
                .page(0, bulk.chunkSize()).list().stream()
                .map(r -> new Pending(r.id, r.listingRef, r.complaintId == null ? own : r.complaintId)).toList();
    }

    /**
     * One chunk's rows as items of their notices, each notice's on the channel the brand's record gives it now
     * ({@link FastTrack#forChunk}): each item carries it, and the fast-track acceptances among them are counted on the
     * job and the notice for the receipts.
     */
    void apply(long jobId, List<Pending> chunk, List<Optional<ListingSnapshot>> resolved, Map<Long, Boolean> rightStands) {
        // Only rows still PENDING are applied: a chunk replayed after a lost lease changes nothing twice. They are
        // claimed before the brand's record is locked, so a replayed chunk never waits for the brand.
        @SuppressWarnings("unchecked")
        Set<Long> claimed = new HashSet<>(((List<Number>) em.createNativeQuery(
                "UPDATE bulk_job_row SET outcome = 'APPLYING' WHERE id IN (:ids) AND outcome = 'PENDING' RETURNING id")
                .setParameter("ids", chunk.stream().map(Pending::rowId).toList()).getResultList())
                .stream().map(Number::longValue).toList());
        if (claimed.isEmpty()) {
            return;
        }
        BulkJob job = BulkJob.findById(jobId);
        Map<Long, BulkJobRow> rows = new HashMap<>();
        BulkJobRow.<BulkJobRow>list("id in ?1", claimed).forEach(r -> rows.put(r.id, r));
        List<Long> listingIds = resolved.stream().flatMap(Optional::stream).map(ListingSnapshot::id).toList();
        // The brand's live items among the chunk's listings, kept up to date as this chunk files them: a listing two
        // notices of the upload name goes into the first and is a duplicate in the second.
        Map<Long, Long> live = new HashMap<>(intake.liveItems(job.brandId, listingIds));
        Map<Long, List<Integer>> byNotice = new java.util.LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            byNotice.computeIfAbsent(chunk.get(i).complaintId(), c -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Long, List<Integer>> group : byNotice.entrySet()) {
            Complaint complaint = Complaint.findById(group.getKey());
            BulkJobNotice counts = BulkJobNotice.<BulkJobNotice>find("jobId = ?1 and complaintId = ?2", jobId, complaint.id)
                    .firstResult();
            FastTrack.Decision decision = fastTrack.forChunk(complaint, rightStands.getOrDefault(complaint.id, false));
            List<Long> groupListings = group.getValue().stream().map(resolved::get).flatMap(Optional::stream)
                    .map(ListingSnapshot::id).toList();
            // The listings of this chunk the notice already names: a chunk's worth, not the notice's 20,000, read
            // from complaint_item_notice_listing alone. The chunk's listings go as one array joined to it: an IN list
            // of parameters, once the statement's plan is the generic one, is a filter evaluated for each of the
            // notice's items in turn.
            @SuppressWarnings("unchecked")
            List<Number> named = groupListings.isEmpty() ? List.of() : em.createNativeQuery("""
                    SELECT i.listing_id FROM unnest(CAST(?2 AS bigint[])) AS l (listing_id)
                      JOIN complaint_item i ON i.complaint_id = ?1 AND i.listing_id = l.listing_id""")
                    .setParameter(1, complaint.id).setParameter(2, groupListings.toArray(Long[]::new)).getResultList();
            Set<Long> seen = new HashSet<>(named.stream().map(Number::longValue).toList());
            // The notice counts with its first item, as a single notice does.
            boolean firstItems = em.createNativeQuery("SELECT 1 FROM complaint_item WHERE complaint_id = ?1 LIMIT 1")
                    .setParameter(1, complaint.id).getResultList().isEmpty();
            List<ComplaintItem> items = new ArrayList<>(group.getValue().size());
            for (int i : group.getValue()) {
                BulkJobRow row = rows.get(chunk.get(i).rowId());
                if (row == null) {
                    continue;
                }
                Optional<ListingSnapshot> listing = resolved.get(i);
                if (listing.isEmpty()) {
                    row.outcome = BulkJobRow.REFUSED;
                    row.field = ListingRows.LISTING_COLUMN;
                    row.message = "No listing " + row.listingRef + " on the marketplace.";
                    job.refusedRows++;
                } else {
                    ComplaintItem item = intake.addItem(complaint, decision, listing.get(), seen, live);
                    items.add(item);
                    row.itemId = item.id;
                    if (item.status == ItemStatus.DUPLICATE) {
                        row.outcome = BulkJobRow.DUPLICATE;
                        row.field = ListingRows.LISTING_COLUMN;
                        row.message = "REMOVED".equals(item.listingStatus) ? "The listing is removed already."
                                : "The listing is already in a live complaint of this brand.";
                        job.duplicateRows++;
                        if (counts != null) {
                            counts.duplicateRows++;
                        }
                    } else {
                        live.put(item.listingId, item.id);
                        row.outcome = BulkJobRow.FILED;
                        job.filedRows++;
                        if (counts != null) {
                            counts.filedRows++;
                        }
                    }
                }
                job.processedRows++;
            }
            if (!items.isEmpty()) {
                List<ComplaintItem> removals = Intake.removals(items);
                job.fastTrackRows += removals.size();
                if (counts != null) {
                    counts.fastTrackRows += removals.size();
                }
                takedowns.orderAll(complaint, removals, true);
                figures.filed(complaint, items, firstItems);
                events.decided(complaint, removals, true);
            }
        }
    }

    void finish(long jobId) {
        BulkJob job = BulkJob.findById(jobId);
        if (BulkJob.RUNNING.equals(job.state)) {
            job.state = BulkJob.DONE;
            job.finishedAt = clock.instant();
            job.leaseUntil = null;
            // A receipt per notice once every row is filed, with its rows on the fast track taken down at filing (a job
            // of before the notices were counted has one, counted on the job).
            Complaint own = Complaint.findById(job.complaintId);
            List<BulkJobNotice> notices = notices(jobId);
            if (notices.isEmpty()) {
                told.received(own, job.filedRows + job.duplicateRows, job.fastTrackRows);
            }
            for (BulkJobNotice n : notices) {
                told.received(own.id.equals(n.complaintId) ? own : Complaint.findById(n.complaintId),
                        n.filedRows + n.duplicateRows, n.fastTrackRows);
            }
            events.bulkJobFinished(job, own);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
