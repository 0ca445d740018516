package io.markguard.portal.dns;

import java.util.List;

/** Reads the TXT records published under a DNS name (the outside world's DNS, not ours). */
public interface DnsTxtResolver {

    /** Every TXT string at the name; empty when there is none or the name does not exist. */
    List<String> txt(String name);
}
