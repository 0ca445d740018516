package io.markguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PgbenchTest {

    @Test
    void theRateIsTheOneWithoutConnectionTime() {
        String output = """
                pgbench (15.14 (Debian 15.14-0+deb12u1))
                transaction type: /tmp/markguard-pgbench.sql
                scaling factor: 1
                query mode: simple
                number of clients: 16
                number of threads: 2
                maximum number of tries: 1
                duration: 20 s
                number of transactions actually processed: 61234
                number of failed transactions: 0 (0.000%)
                latency average = 5.226 ms
                initial connection time = 21.331 ms
                tps = 3061.700458 (without initial connection time)
                """;
        assertEquals(3061.700458, Pgbench.tps(output), 1e-9);
    }

    @Test
    void outputWithoutARateIsAnError() {
        assertThrows(IllegalStateException.class, () -> Pgbench.tps("pgbench: error: connection to server failed"));
    }
}
