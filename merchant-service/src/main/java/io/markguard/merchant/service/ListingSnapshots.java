package io.markguard.merchant.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.merchant.Listing;
import java.util.LinkedHashMap;
import java.util.Map;

/** The canonical text of a listing: the same listing always gives the same bytes, so its hash proves what was seen. */
public final class ListingSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ListingSnapshots() {
    }

    /** Compact JSON, keys in alphabetical order, price as a plain decimal string. */
    public static String canonical(Listing l) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("brandClaimed", l.brandClaimed);
        fields.put("currency", l.currency);
        fields.put("id", l.id);
        fields.put("merchantId", l.merchant.id);
        fields.put("price", l.price.toPlainString());
        fields.put("status", l.status.name());
        fields.put("title", l.title);
        fields.put("url", l.url);
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
