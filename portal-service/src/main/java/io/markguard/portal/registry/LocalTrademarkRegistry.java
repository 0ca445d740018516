package io.markguard.portal.registry;

import io.markguard.platform.csv.CsvText;
import io.markguard.portal.Office;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The register data set shipped with the portal ({@code register/trademarks.csv}, made by
 * {@code portal-service/src/register/RegisterDataSet.java}): real office number formats, owners and
 * correspondent addresses, owner domains, statuses and expiry dates, so verification checks something real
 * without an office connection.
 */
@ApplicationScoped
public class LocalTrademarkRegistry implements TrademarkRegistry {

    static final String DATA_SET = "register/trademarks.csv";

    private final Map<String, RegisterEntry> entries = new HashMap<>();

    @PostConstruct
    void load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DATA_SET)) {
            if (in == null) {
                throw new IllegalStateException(DATA_SET + " is missing from the portal's resources");
            }
            Reader reader = CsvText.reader(in);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                RegisterEntry entry = new RegisterEntry(Office.valueOf(row.get("office")), row.get("registration_number"),
                        row.get("type"), row.get("mark"), row.get("owner"), row.get("correspondent_email"),
                        classes(row.get("nice_classes")), date(row.get("filed_on")), date(row.get("registered_on")),
                        date(row.get("expires_on")), row.get("status"),
                        row.isMapped("owner_domains") ? domains(row.get("owner_domains")) : List.of());
                entries.put(key(entry.office(), entry.registrationNumber()), entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean covers(Office office) {
        return true;
    }

    @Override
    public Optional<RegisterEntry> find(Office office, String registrationNumber) {
        return Optional.ofNullable(entries.get(key(office, registrationNumber)));
    }

    public int size() {
        return entries.size();
    }

    public java.util.Collection<RegisterEntry> entries() {
        return java.util.Collections.unmodifiableCollection(entries.values());
    }

    private static String key(Office office, String number) {
        return office + ":" + number;
    }

    private static List<Integer> classes(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(";")).map(Integer::valueOf).toList();
    }

    private static List<String> domains(String value) {
        return value.isBlank() ? List.of()
                : Arrays.stream(value.split(";")).map(d -> d.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static LocalDate date(String value) {
        return value.isBlank() ? null : LocalDate.parse(value);
    }
}
