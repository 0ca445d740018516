package io.markguard.merchant.rest;

import io.markguard.merchant.service.ListingImport;
import io.markguard.platform.csv.CsvText;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The marketplace's listing feed. Rows are matched by URL, so sending the same feed again changes
 * nothing more: the import is idempotent without an Idempotency-Key.
 */
@Path("/api/listings/import")
@RolesAllowed("admin")
public class ListingResource {

    public record ImportRequest(@NotNull List<ListingImport.Row> listings) {
    }

    static final List<String> CSV_COLUMNS = List.of("merchant_id", "title", "brand_claimed", "price", "currency", "url");

    @Inject
    ListingImport listingImport;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "importListingsJson", summary = "For administrators: import or update listings from a JSON body")
    public ListingImport.Result importJson(@NotNull ImportRequest request) {
        if (request.listings() == null) {
            throw Refusal.invalid("listings", "must be a list of rows");
        }
        return listingImport.apply(request.listings());
    }

    /** CSV with a header row: merchant_id,title,brand_claimed,price,currency,url (a UTF-8 byte-order mark before it is skipped). */
    @POST
    @Consumes("text/csv")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "importListingsCsv", summary = "For administrators: import or update listings from a CSV body")
    public ListingImport.Result importCsv(String body) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<ListingImport.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(CsvText.reader(new StringReader(body == null ? "" : body)), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = CSV_COLUMNS.stream().filter(c -> header == null || !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw Refusal.invalid("header", "The CSV header lacks " + String.join(", ", missing)
                        + "; expected " + String.join(",", CSV_COLUMNS) + ".");
            }
            for (CSVRecord record : parser) {
                rows.add(new ListingImport.Row(value(record, "merchant_id"), value(record, "title"),
                        value(record, "brand_claimed"), value(record, "price"), value(record, "currency"),
                        value(record, "url")));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw Refusal.invalid("body", "The CSV cannot be read: " + e.getMessage());
        }
        return listingImport.apply(rows);
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }
}
