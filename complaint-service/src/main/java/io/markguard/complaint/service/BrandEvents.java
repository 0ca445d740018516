package io.markguard.complaint.service;

import io.markguard.complaint.BulkJob;
import io.markguard.complaint.Complaint;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of complaint-service a brand's webhooks are sent, each published in the transaction of its change.
 * The data are ids, codes and instants: what the brand's members read in the portal, not its words.
 */
@ApplicationScoped
public class BrandEvents {

    @Inject
    Webhooks webhooks;

    /** Items decided: by a reviewer, or on the fast track at filing ({@code automated}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(Complaint complaint, List<ComplaintItem> items, boolean automated) {
        webhooks.publish(complaint.brandId, items.stream().map(item -> {
            Map<String, Object> data = item(complaint, item);
            data.put("outcome", item.status.name());
            data.put("decidedAt", String.valueOf(item.decidedAt));
            data.put("reasonCode", item.reasonCode == null ? null : item.reasonCode.name());
            data.put("channel", item.channel.name());
            data.put("automated", automated);
            return new Webhooks.Event("item.decided", complaint.brandId, complaint.rightId, data);
        }).toList());
    }

    /** merchant-service took the items' listings down. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takedownApplied(Complaint complaint, List<ComplaintItem> items, Instant at) {
        webhooks.publish(complaint.brandId, items.stream().map(item -> {
            Map<String, Object> data = item(complaint, item);
            data.put("appliedAt", at.toString());
            return new Webhooks.Event("takedown.applied", complaint.brandId, complaint.rightId, data);
        }).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void retracted(Complaint complaint, ComplaintItem item) {
        Map<String, Object> data = item(complaint, item);
        data.put("retractedAt", String.valueOf(item.retractedAt));
        webhooks.publish(complaint.brandId, List.of(new Webhooks.Event("item.retracted", complaint.brandId,
                complaint.rightId, data)));
    }

    /** The merchant wrote in an item's thread (the brand's own messages are no news to it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void messageReceived(Complaint complaint, ComplaintItem item, ItemMessage message) {
        Map<String, Object> data = item(complaint, item);
        data.put("messageId", String.valueOf(message.id));
        data.put("from", message.authorSide);
        data.put("sentAt", message.sentAt.toString());
        webhooks.publish(complaint.brandId, List.of(new Webhooks.Event("message.received", complaint.brandId,
                complaint.rightId, data)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bulkJobFinished(BulkJob job, Complaint complaint) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobId", String.valueOf(job.id));
        data.put("complaintId", job.complaintId == null ? null : String.valueOf(job.complaintId));
        data.put("state", job.state);
        data.put("totalRows", job.totalRows);
        data.put("filedRows", job.filedRows);
        data.put("duplicateRows", job.duplicateRows);
        data.put("refusedRows", job.refusedRows);
        data.put("fastTrackRows", job.fastTrackRows);
        data.put("finishedAt", String.valueOf(job.finishedAt));
        webhooks.publish(job.brandId, List.of(new Webhooks.Event("bulk_job.finished", job.brandId,
                complaint == null ? null : complaint.rightId, data)));
    }

    private static Map<String, Object> item(Complaint complaint, ComplaintItem item) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("complaintId", String.valueOf(complaint.id));
        data.put("itemId", String.valueOf(item.id));
        data.put("rightId", String.valueOf(complaint.rightId));
        data.put("listingId", String.valueOf(item.listingId));
        return data;
    }
}
