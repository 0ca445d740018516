package io.markguard.merchant.service;

/** A document as uploaded, before it is checked. */
public record EvidenceUpload(String filename, byte[] content) {
}
