package io.markguard.platform.ratelimit;

/**
 * The classes of request the services limit, each with its default bucket. A signed-in caller (a person or an API
 * client) has one bucket per class and subject; a caller without a token has the {@link #PUBLIC} bucket of its
 * address.
 */
public enum RateLimitClass {

    /** Reads (GET, HEAD) of a signed-in caller: a page of a portal view makes a few. */
    READ("read", 600, 20),
    /** Changes (POST, PUT, PATCH, DELETE) of a signed-in caller, but for the filing endpoints. */
    WRITE("write", 120, 5),
    /**
     * Notices filed and bulk files uploaded ({@code markguard.rate-limits.filing-endpoints}): a vendor's crawler files
     * thousands a day, at a steady pace.
     */
    FILING("filing", 300, 10),
    /** Every request without a token, per client address: the public transparency figures and decision logs. */
    PUBLIC("public", 120, 2);

    private final String configName;
    private final int capacity;
    private final double perSecond;

    RateLimitClass(String configName, int capacity, double perSecond) {
        this.configName = configName;
        this.capacity = capacity;
        this.perSecond = perSecond;
    }

    public String configName() {
        return configName;
    }

    int defaultCapacity() {
        return capacity;
    }

    double defaultPerSecond() {
        return perSecond;
    }
}
