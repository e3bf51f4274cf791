package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final String SHA = "a".repeat(64);
    private static final String TEXT_SHA = "b".repeat(64);

    private final EventCodec codec = new EventCodec();

    static SourceReceived source() {
        return new SourceReceived("ing-1", "letter-1921-03", "kollontai", "letter.pdf", "application/pdf",
                1234, SHA, "blob:sha256/aa/aa/" + SHA, "archivist", Instant.parse("2026-11-30T10:15:30Z"),
                Map.of("title", "A letter"), LocalDate.of(1921, 3, 16));
    }

    static TextExtracted extracted() {
        return new TextExtracted("ing-1", "letter-1921-03", SHA, "application/pdf", "On 16 March 1921 ...",
                TEXT_SHA, "en", 2, new TextExtracted.Ocr(true, "tesseract", "eng", 91.5),
                Map.of("dc:title", "A letter"), new TextExtracted.Extractor("annals-tika", "3.3.1"), 812,
                LocalDate.of(1921, 3, 16));
    }

    @Test
    void everyEventTypeSurvivesARoundTripThroughAKafkaRecord() {
        List<EventData> all = List.of(
                source(),
                extracted(),
                new ExtractionFailed("ing-1", "letter-1921-03", SHA, "The PDF is encrypted; upload an unprotected copy.",
                        "EncryptedDocumentException", false),
                new TextEnriched("ing-1", "letter-1921-03", TEXT_SHA, new TextEnriched.Enricher("annals-enrich", "1.0.0"),
                        List.of(new Tag(Tag.Kind.DATE, 3, 16, "16 March 1921", "1921-03-16", 0.97, null),
                                new Tag(Tag.Kind.CITATION, 20, 50, "(Lenin, The Party Crisis)", null, 0.8,
                                        new Tag.Citation("Lenin", "The Party Crisis", null, null, null, false)))),
                new EditionRecorded("letter-1921-03", 1, "ing-1", SHA, TEXT_SHA, 1,
                        Instant.parse("2026-11-30T10:15:31Z"), "c".repeat(64), null));

        for (EventData data : all) {
            Envelope<EventData> sent = Envelope.originate("/annals/test", data);
            ConsumerRecord<String, byte[]> received = asConsumed(codec.toRecord(TopicNames.DEFAULT, sent));

            Envelope<EventData> read = codec.fromRecord(received);

            assertThat(read).isEqualTo(sent);
            assertThat(received.topic()).isEqualTo(data.type().topic().baseName());
            assertThat(received.key()).isEqualTo(data.documentId());
        }
    }

    @Test
    void headersFollowCloudEventsBinaryMode() {
        Envelope<SourceReceived> upload = Envelope.originate("/annals/ingest-service", source());
        Envelope<TextExtracted> derived = Envelope.derive(upload, "/annals/ingest-service", "1", extracted());

        ProducerRecord<String, byte[]> record = codec.toRecord(new TopicNames("t1."), derived);

        assertThat(record.topic()).isEqualTo("t1.annals.extracted");
        assertThat(header(record.headers(), "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record.headers(), "ce_id")).isEqualTo(derived.id());
        assertThat(header(record.headers(), "ce_source")).isEqualTo("/annals/ingest-service");
        assertThat(header(record.headers(), "ce_type")).isEqualTo("annals.text.extracted.v1");
        assertThat(header(record.headers(), "ce_subject")).isEqualTo("letter-1921-03");
        assertThat(header(record.headers(), "content-type")).isEqualTo("application/json");
        assertThat(header(record.headers(), "ce_ingestid")).isEqualTo("ing-1");
        assertThat(header(record.headers(), "ce_causationid")).isEqualTo(upload.id());
        assertThat(Instant.parse(header(record.headers(), "ce_time"))).isEqualTo(derived.time());
        String json = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"ingestId\":\"ing-1\"").doesNotContain("\"data\"");
    }

    @Test
    void derivedIdsAreDeterministicPerCauseProducerVersionAndType() {
        Envelope<SourceReceived> upload = Envelope.originate("/annals/ingest-service", source());

        String first = Envelope.derive(upload, "/annals/ingest-service", "1", extracted()).id();
        String again = Envelope.derive(upload, "/annals/ingest-service", "1", extracted()).id();
        String newVersion = Envelope.derive(upload, "/annals/ingest-service", "2", extracted()).id();

        assertThat(again).isEqualTo(first);
        assertThat(newVersion).isNotEqualTo(first);
        assertThat(Envelope.originate("/annals/ingest-service", source()).id()).isNotEqualTo(upload.id());
    }

    @Test
    void dataThatViolatesItsSchemaIsRejectedNamingTheField() {
        SourceReceived badId = new SourceReceived("ing-1", "../etc/passwd", "kollontai", "x.pdf", null, 10, SHA,
                "blob:x", "archivist", Instant.now(), null, null);

        assertThatThrownBy(() -> codec.serialize(badId))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("documentId");

        SourceReceived badHash = new SourceReceived("ing-1", "doc-1", "kollontai", "x.pdf", null, 10, "not-a-hash",
                "blob:x", "archivist", Instant.now(), null, null);
        assertThatThrownBy(() -> codec.serialize(badHash)).hasMessageContaining("sha256");
    }

    @Test
    void receivedRecordsMissingFieldsOrHeadersOrWithUnknownTypesAreRejected() {
        ProducerRecord<String, byte[]> good = codec.toRecord(TopicNames.DEFAULT, Envelope.originate("/annals/t", source()));

        ConsumerRecord<String, byte[]> missingField = withValue(good,
                "{\"ingestId\":\"i\",\"documentId\":\"d\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> codec.fromRecord(missingField))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("sha256");

        ConsumerRecord<String, byte[]> notJson = withValue(good, "{not json".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> codec.fromRecord(notJson)).hasMessageContaining("not valid JSON");

        Headers unknownType = copy(good.headers());
        unknownType.remove("ce_type");
        unknownType.add("ce_type", "annals.mystery.v9".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> codec.fromRecord(consumed(good.topic(), good.key(), good.value(), unknownType)))
                .hasMessageContaining("Unknown event type annals.mystery.v9");

        Headers noId = copy(good.headers());
        noId.remove("ce_id");
        assertThatThrownBy(() -> codec.fromRecord(consumed(good.topic(), good.key(), good.value(), noId)))
                .hasMessageContaining("ce_id");
    }

    @Test
    void canonicalBytesDoNotDependOnFieldOrder() {
        String canonical = new String(codec.canonicalBytes(extracted()), StandardCharsets.UTF_8);

        assertThat(canonical).startsWith("{\"documentId\"");
        assertThat(canonical.indexOf("\"textSha256\"")).isGreaterThan(canonical.indexOf("\"text\""));
        assertThat(codec.canonicalBytes(extracted())).isEqualTo(codec.canonicalBytes(extracted()));
    }

    private static ConsumerRecord<String, byte[]> asConsumed(ProducerRecord<String, byte[]> record) {
        return consumed(record.topic(), record.key(), record.value(), record.headers());
    }

    private static ConsumerRecord<String, byte[]> withValue(ProducerRecord<String, byte[]> record, byte[] value) {
        return consumed(record.topic(), record.key(), value, record.headers());
    }

    private static ConsumerRecord<String, byte[]> consumed(String topic, String key, byte[] value, Headers headers) {
        return new ConsumerRecord<>(topic, 0, 0L, 0L, TimestampType.CREATE_TIME, -1, -1, key, value, headers,
                java.util.Optional.empty());
    }

    private static Headers copy(Headers headers) {
        return new RecordHeaders(headers.toArray());
    }

    private static String header(Headers headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
