package io.markguard.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes are those of the RFCs' own test vectors (SHA-1 key "12345678901234567890"). */
class TotpTest {

    private static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130" })
    void rfc6238EightDigitVectors(long epochSecond, String expected) {
        assertEquals(expected, Totp.code(KEY, Totp.step(Instant.ofEpochSecond(epochSecond)), 8));
    }

    @ParameterizedTest(name = "counter {0}")
    @CsvSource({ "0, 755224", "1, 287082", "2, 359152", "9, 520489" })
    void rfc4226SixDigitVectors(long counter, String expected) {
        assertEquals(expected, Totp.code(KEY, counter));
    }

    @ParameterizedTest
    @CsvSource({ "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "gezd gnbv gy3t qojq gezd gnbv gy3t qojq" })
    void readsTheBase32KeyAnAppShows(String text) {
        assertArrayEquals(KEY, Totp.base32Key(text));
    }
}
