package org.annals.ingest.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestLedgerTest {

    @TempDir
    Path dir;

    private static IngestRecord received(String id, String doc, String sha) {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        return new IngestRecord(id, doc, "c", "f.pdf", sha, 10, IngestStatus.RECEIVED, null, null, now, now);
    }

    @Test
    void recognisesTheSameBytesForTheSameDocumentOnly() {
        try (IngestLedger ledger = new IngestLedger(dir.resolve("ingest.db"))) {
            assertThat(ledger.insert(received("i1", "doc", "a".repeat(64)))).isTrue();
            assertThat(ledger.insert(received("i2", "doc", "a".repeat(64)))).isFalse();
            assertThat(ledger.insert(received("i3", "other", "a".repeat(64)))).isTrue();
            assertThat(ledger.insert(received("i4", "doc", "b".repeat(64)))).isTrue();

            assertThat(ledger.findBySource("doc", "a".repeat(64))).get().extracting(IngestRecord::ingestId).isEqualTo("i1");
        }
    }

    @Test
    void statusOnlyMovesForwardAndSurvivesReopening() {
        Path file = dir.resolve("ingest.db");
        try (IngestLedger ledger = new IngestLedger(file)) {
            ledger.insert(received("i1", "doc", "a".repeat(64)));
            assertThat(ledger.advance("i1", IngestStatus.EXTRACTED, null, null)).isTrue();
            assertThat(ledger.advance("i1", IngestStatus.RECEIVED, null, null)).isFalse();
            assertThat(ledger.advance("i1", IngestStatus.FAILED, null, "late failure")).isFalse();
            assertThat(ledger.advance("i1", IngestStatus.RECORDED, 2, null)).isTrue();
        }
        try (IngestLedger reopened = new IngestLedger(file)) {
            IngestRecord r = reopened.find("i1").orElseThrow();
            assertThat(r.status()).isEqualTo(IngestStatus.RECORDED);
            assertThat(r.edition()).isEqualTo(2);
            assertThat(r.error()).isNull();
        }
    }

    @Test
    void aFailureKeepsItsReason() {
        try (IngestLedger ledger = new IngestLedger(dir.resolve("ingest.db"))) {
            ledger.insert(received("i1", "doc", "a".repeat(64)));
            ledger.advance("i1", IngestStatus.FAILED, null, "The PDF is encrypted.");
            assertThat(ledger.advance("i1", IngestStatus.EXTRACTED, null, null)).isFalse();
            assertThat(ledger.find("i1").orElseThrow().error()).isEqualTo("The PDF is encrypted.");
        }
    }
}
