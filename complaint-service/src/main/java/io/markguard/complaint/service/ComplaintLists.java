package io.markguard.complaint.service;

import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintEvidence;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.InfringementType;
import io.markguard.complaint.ItemStatus;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/**
 * The lists of complaints and items, a page at a time: each page is one read-only query of {@code limit + 1}
 * rows over an index in the list's order, after the sort key of the last row already read (the cursor).
 */
@ApplicationScoped
public class ComplaintLists {

    public static final String COMPLAINTS = "complaints";
    public static final String COMPLAINT_ITEMS = "complaint-items";
    public static final String MERCHANT_ITEMS = "merchant-items";

    /** UTC days, both included; either end may be open. */
    public record Days(LocalDate from, LocalDate to) {

        public static final Days ANY = new Days(null, null);

        public Days {
            if (from != null && to != null && to.isBefore(from)) {
                throw Refusal.invalid("to", "must not be before from");
            }
        }

        void restrict(String column, StringBuilder where, Map<String, Object> parameters) {
            if (from != null) {
                where.append(" and ").append(column).append(" >= :from");
                parameters.put("from", from.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (to != null) {
                where.append(" and ").append(column).append(" < :to");
                parameters.put("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
    }

    /** A complaint with its evidence (at most 50 pieces) and a page of its items. */
    public record ComplaintWithItems(Complaint complaint, List<ComplaintEvidence> evidence, Page<ComplaintItem> items) {
    }

    @Inject
    EntityManager em;

    /**
     * A brand's complaints, latest filed first. {@code status} keeps those with an item in it (a partial index
     * per status); {@code type} and {@code rightId} have their own index each ({@code complaint_brand_type_filed},
     * {@code complaint_brand_right_filed}); no two of the three are offered at once, as no index serves them together.
     */
    @Transactional
    public Page<Complaint> complaints(long brandId, Long rightId, ItemStatus status, InfringementType type, Days days,
            int limit, Cursor after) {
        StringBuilder where = new StringBuilder("from Complaint c where c.brandId = :brand");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("brand", brandId);
        if (status != null && type != null) {
            throw Refusal.invalid("status", "cannot be combined with infringementType; filter by one of them");
        }
        if (rightId != null && (status != null || type != null)) {
            throw Refusal.invalid(status != null ? "status" : "infringementType",
                    "cannot be combined with rightId; filter by one of them");
        }
        if (rightId != null) {
            where.append(" and c.rightId = :right");
            parameters.put("right", rightId);
        }
        if (status != null) {
            // A literal, so that the status's partial index (complaint_with_...) serves the query.
            where.append(" and c.").append(countOf(status)).append(" > 0");
        }
        if (type != null) {
            where.append(" and c.infringementType = :type");
            parameters.put("type", type);
        }
        days.restrict("c.filedAt", where, parameters);
        if (after != null) {
            where.append(" and (c.filedAt, c.id) < (:filedAt, :id)");
            parameters.put("filedAt", after.instant(0));
            parameters.put("id", after.number(1));
        }
        where.append(" order by c.filedAt desc, c.id desc");
        List<Complaint> rows = read(where, parameters, Complaint.class, limit);
        return Page.of(rows, limit, c -> c, c -> Cursor.after(COMPLAINTS, c.filedAt, c.id));
    }

    /** A complaint, its evidence and the first {@code limit} of its items; null when there is no such complaint. */
    @Transactional
    public ComplaintWithItems complaint(long id, int limit) {
        Complaint complaint = em.find(Complaint.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true));
        if (complaint == null) {
            return null;
        }
        List<ComplaintEvidence> evidence = em.createQuery(
                "from ComplaintEvidence e where e.complaintId = :id order by e.id", ComplaintEvidence.class)
                .setParameter("id", id).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        return new ComplaintWithItems(complaint, evidence, items(id, null, limit, null));
    }

    /** A complaint's items in id order, of one status or all. */
    @Transactional
    public Page<ComplaintItem> items(long complaintId, ItemStatus status, int limit, Cursor after) {
        StringBuilder where = new StringBuilder("from ComplaintItem i where i.complaintId = :complaint");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("complaint", complaintId);
        if (status != null) {
            where.append(" and i.status = :status");
            parameters.put("status", status);
        }
        if (after != null) {
            where.append(" and i.id > :id");
            parameters.put("id", after.number(0));
        }
        where.append(" order by i.id");
        List<ComplaintItem> rows = read(where, parameters, ComplaintItem.class, limit);
        return Page.of(rows, limit, i -> i, i -> Cursor.after(COMPLAINT_ITEMS, i.id));
    }

    /** The items about a merchant's listings, latest filed first; duplicates are not the merchant's concern. */
    @Transactional
    public Page<ComplaintItem> merchantItems(long merchantId, ItemStatus status, Days days, int limit, Cursor after) {
        StringBuilder where = new StringBuilder("from ComplaintItem i where i.sellerMerchantId = :merchant");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("merchant", merchantId);
        if (status == ItemStatus.DUPLICATE) {
            throw Refusal.invalid("status", "merchants are not shown duplicate items");
        }
        if (status != null) {
            where.append(" and i.status = :status");
            parameters.put("status", status);
        } else {
            // A literal, so that the partial index complaint_item_seller_shown serves the query.
            where.append(" and i.status <> io.markguard.complaint.ItemStatus.DUPLICATE");
        }
        days.restrict("i.createdAt", where, parameters);
        if (after != null) {
            where.append(" and (i.createdAt, i.id) < (:createdAt, :id)");
            parameters.put("createdAt", after.instant(0));
            parameters.put("id", after.number(1));
        }
        where.append(" order by i.createdAt desc, i.id desc");
        List<ComplaintItem> rows = read(where, parameters, ComplaintItem.class, limit);
        return Page.of(rows, limit, i -> i, i -> Cursor.after(MERCHANT_ITEMS, i.createdAt, i.id));
    }

    private <T> List<T> read(CharSequence hql, Map<String, Object> parameters, Class<T> type, int limit) {
        TypedQuery<T> query = em.createQuery(hql.toString(), type);
        parameters.forEach(query::setParameter);
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(PageSize.fetch(limit)).getResultList();
    }

    private static String countOf(ItemStatus status) {
        return switch (status) {
            case PENDING -> "pendingItems";
            case ACCEPTED -> "acceptedItems";
            case REJECTED -> "rejectedItems";
            case DUPLICATE -> "duplicateItems";
            case RETRACTED -> "retractedItems";
            case REVERSED_ON_APPEAL -> "reversedItems";
        };
    }
}
