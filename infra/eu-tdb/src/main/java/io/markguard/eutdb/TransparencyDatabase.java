package io.markguard.eutdb;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the database has received: the statements of each platform, each puid once per platform for ever (a
 * statement is never deleted here). Kept in memory and, when a file is given, appended to it one JSON line per
 * statement and read back at start, so a restarted server still refuses a puid it took before.
 */
public final class TransparencyDatabase {

    /** A platform with API access; its token stands for one of its users. */
    public record Platform(long id, String name) {
    }

    /** Refused because puids are already taken (or repeated within one call); nothing was stored. */
    public static final class PuidsTaken extends Exception {
        private final List<String> puids;

        PuidsTaken(List<String> puids) {
            super(null, null, false, false);
            this.puids = puids;
        }

        public List<String> puids() {
            return puids;
        }
    }

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Map<Long, Map<String, Map<String, Object>>> byPlatform = new HashMap<>();
    private final Map<String, Map<String, Object>> byUuid = new HashMap<>();
    private final Path file;
    private final Clock clock;
    private final String baseUrl;
    private long lastId;

    TransparencyDatabase(Path file, Clock clock, String baseUrl) {
        this.file = file;
        this.clock = clock;
        this.baseUrl = baseUrl;
        if (file != null && Files.exists(file)) {
            load(file);
        }
    }

    /** Stores one statement unless its puid is taken; answers it as stored (with id and uuid). */
    public synchronized Map<String, Object> storeOne(Platform platform, Map<String, Object> validated) throws PuidsTaken {
        String puid = (String) validated.get("puid");
        if (puids(platform).containsKey(puid)) {
            throw new PuidsTaken(List.of(puid));
        }
        Map<String, Object> stored = stored(platform, validated, "API");
        save(List.of(stored));
        return stored;
    }

    /**
     * Stores every statement or none: a puid repeated within the call, or one the platform has used before, refuses
     * them all (the repeated ones first, as the database checks them first).
     */
    public synchronized List<Map<String, Object>> storeAll(Platform platform, List<Map<String, Object>> validated)
            throws PuidsTaken {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (Map<String, Object> statement : validated) {
            String puid = (String) statement.get("puid");
            if (!seen.add(puid)) {
                repeated.add(puid);
            }
        }
        if (!repeated.isEmpty()) {
            throw new PuidsTaken(List.copyOf(repeated));
        }
        Map<String, Map<String, Object>> taken = puids(platform);
        List<String> existing = seen.stream().filter(taken::containsKey).toList();
        if (!existing.isEmpty()) {
            throw new PuidsTaken(existing);
        }
        List<Map<String, Object>> stored = new ArrayList<>();
        for (Map<String, Object> statement : validated) {
            stored.add(stored(platform, statement, "API_MULTI"));
        }
        save(stored);
        return stored;
    }

    public synchronized boolean hasPuid(Platform platform, String puid) {
        return puids(platform).containsKey(puid);
    }

    public synchronized Optional<Map<String, Object>> byUuid(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }

    /** Every statement of the platform, in the order stored. */
    public synchronized List<Map<String, Object>> statements(Platform platform) {
        return List.copyOf(puids(platform).values());
    }

    private Map<String, Map<String, Object>> puids(Platform platform) {
        return byPlatform.computeIfAbsent(platform.id(), p -> new LinkedHashMap<>());
    }

    private Map<String, Object> stored(Platform platform, Map<String, Object> validated, String method) {
        Map<String, Object> stored = new LinkedHashMap<>(validated);
        String uuid = UUID.randomUUID().toString();
        stored.put("id", ++lastId);
        stored.put("uuid", uuid);
        stored.put("platform_id", platform.id());
        stored.put("platform_name", platform.name());
        stored.put("method", method);
        stored.put("created_at", LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(CREATED));
        stored.put("self", baseUrl + "/api/v1/statement/" + uuid);
        stored.put("permalink", baseUrl + "/statement/" + uuid);
        index(stored);
        return stored;
    }

    private void index(Map<String, Object> stored) {
        long platform = ((Number) stored.get("platform_id")).longValue();
        byPlatform.computeIfAbsent(platform, p -> new LinkedHashMap<>()).put((String) stored.get("puid"), stored);
        byUuid.put((String) stored.get("uuid"), stored);
        lastId = Math.max(lastId, ((Number) stored.get("id")).longValue());
    }

    private void save(List<Map<String, Object>> stored) {
        if (file == null) {
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (Map<String, Object> statement : stored) {
                out.write(Json.write(statement));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private void load(Path from) {
        try {
            for (String line : Files.readAllLines(from, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    index((Map<String, Object>) Json.parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + from, e);
        }
    }
}
