package org.annals.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.enrich.RunningEnrichService;
import org.annals.events.EventCodec;
import org.annals.events.Envelope;
import org.annals.events.SourceReceived;
import org.annals.events.Tag;
import org.annals.events.TextEnriched;
import org.annals.events.TextExtracted;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.DeadLetters;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.KafkaSettings;
import org.annals.testkit.Corpus;
import org.annals.testkit.TestBroker;
import org.annals.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** text.extracted in, text.enriched out, through the real broker and the real taggers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichmentPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String SHA = "c".repeat(64);

    private final EventCodec codec = new EventCodec();
    private TopicNames topics;
    private RunningEnrichService service;
    private EventPublisher upstream;

    @BeforeAll
    void start() {
        topics = TestBroker.freshTopics();
        service = new RunningEnrichService(topics);
        upstream = new EventPublisher(new KafkaSettings(TestBroker.bootstrapServers(), "test-upstream"), codec, topics);
    }

    @AfterAll
    void stop() {
        if (upstream != null) {
            upstream.close();
        }
        if (service != null) {
            service.close();
        }
    }

    private static Envelope<TextExtracted> extracted(String documentId, String text, LocalDate referenceDate) {
        Envelope<SourceReceived> upload = Envelope.originate("/annals/ingest-service",
                new SourceReceived("ing-" + documentId, documentId, "c", "f.txt", null, 1, SHA,
                        "blob:sha256/cc/cc/" + SHA, "tester", java.time.Instant.now(), null, referenceDate));
        return Envelope.derive(upload, "/annals/ingest-service", "test", new TextExtracted("ing-" + documentId,
                documentId, SHA, "text/plain", text, "d".repeat(64), "en", null, TextExtracted.Ocr.NOT_USED,
                Map.of(), new TextExtracted.Extractor("test", "1"), 1, referenceDate));
    }

    @Test
    void extractedTextBecomesEnrichedTextWithDatesPersonsAndCitations() {
        Envelope<TextExtracted> event = extracted("kollontai-1921", Corpus.ARCHIVAL_TEXT, LocalDate.of(1921, 4, 2));
        upstream.publish(event);
        upstream.publish(event); // a redelivery of the same input

        try (TopicReader enriched = new TopicReader(topics, Topic.ENRICHED)) {
            enriched.awaitMatching(r -> "kollontai-1921".equals(r.key()), WAIT);
            List<ConsumerRecord<String, byte[]>> both = awaitCount(enriched, "kollontai-1921", 2);
            assertThat(header(both.get(0), "ce_id")).isEqualTo(header(both.get(1), "ce_id"));
            assertThat(header(both.get(0), "ce_causationid")).isEqualTo(event.id());
            assertThat(header(both.get(0), "ce_type")).isEqualTo("annals.text.enriched.v1");
            assertThat(header(both.get(0), "ce_source")).isEqualTo("/annals/enrich-service");

            TextEnriched data = (TextEnriched) codec.fromRecord(both.get(0)).data();
            assertThat(data.textSha256()).isEqualTo("d".repeat(64));
            assertThat(data.enricher().name()).isEqualTo("annals-enrich");
            String text = Corpus.ARCHIVAL_TEXT;
            for (Tag tag : data.tags()) {
                assertThat(text.substring(tag.start(), tag.end())).isEqualTo(tag.text());
            }
            assertThat(data.tags()).anySatisfy(t -> {
                assertThat(t.type()).isEqualTo(Tag.Kind.DATE);
                assertThat(t.text()).isEqualTo("16 March 1921");
                assertThat(t.value()).isEqualTo("1921-03-16");
            });
            assertThat(data.tags()).anySatisfy(t -> {
                assertThat(t.type()).isEqualTo(Tag.Kind.DATE);
                assertThat(t.text()).contains("1920s");
                assertThat(t.value()).isEqualTo("192X");
            });
            assertThat(data.tags()).filteredOn(t -> t.type() == Tag.Kind.PERSON)
                    .extracting(Tag::text, Tag::value)
                    .contains(org.assertj.core.groups.Tuple.tuple("Alexandra Kollontai", "Alexandra Kollontai"),
                            org.assertj.core.groups.Tuple.tuple("Kollontai", "Alexandra Kollontai"));
            assertThat(data.tags()).anySatisfy(t -> {
                assertThat(t.type()).isEqualTo(Tag.Kind.CITATION);
                assertThat(t.text()).contains("Lenin, The Party Crisis");
                assertThat(t.citation().author()).isEqualTo("Lenin");
                assertThat(t.citation().title()).isEqualTo("The Party Crisis");
            });
            // "pages 14 and 15" are not dates
            assertThat(data.tags()).noneSatisfy(t -> assertThat(t.text()).contains("14"));
        }
    }

    @Test
    void relativeDatesAreResolvedAgainstTheArchivistsReferenceDate() {
        upstream.publish(extracted("relative", "The committee met yesterday.", LocalDate.of(1921, 3, 17)));
        upstream.publish(extracted("unanchored", "The committee met yesterday.", null));

        try (TopicReader enriched = new TopicReader(topics, Topic.ENRICHED)) {
            Tag anchored = dateTag(enriched.awaitMatching(r -> "relative".equals(r.key()), WAIT));
            Tag loose = dateTag(enriched.awaitMatching(r -> "unanchored".equals(r.key()), WAIT));
            assertThat(anchored.value()).isEqualTo("1921-03-16");
            assertThat(loose.text()).isEqualTo("yesterday");
            assertThat(loose.value()).isNull();
        }
    }

    @Test
    void malformedRecordsAreDeadLetteredAndConsumptionGoesOn() {
        String topic = topics.name(Topic.EXTRACTED);
        ProducerRecord<String, byte[]> valid = codec.toRecord(topics, extracted("x", "text", null));
        upstream.send(new ProducerRecord<>(topic, null, "bad-json", "{not json".getBytes(StandardCharsets.UTF_8),
                valid.headers()));
        upstream.send(new ProducerRecord<>(topic, null, "missing-fields",
                "{\"documentId\":\"missing-fields\"}".getBytes(StandardCharsets.UTF_8), valid.headers()));
        ProducerRecord<String, byte[]> unknown = new ProducerRecord<>(topic, null, "unknown-type", valid.value(),
                new org.apache.kafka.common.header.internals.RecordHeaders(valid.headers().toArray()));
        unknown.headers().remove("ce_type");
        unknown.headers().add("ce_type", "annals.text.shredded.v1".getBytes(StandardCharsets.UTF_8));
        upstream.send(unknown);
        upstream.publish(extracted("after-poison", "Written on 3 May 1921.", null));

        try (TopicReader dead = new TopicReader(topics, Topic.DEADLETTER);
             TopicReader enriched = new TopicReader(topics, Topic.ENRICHED)) {
            enriched.awaitMatching(r -> "after-poison".equals(r.key()), WAIT);
            for (String key : List.of("bad-json", "missing-fields", "unknown-type")) {
                ConsumerRecord<String, byte[]> letter = dead.awaitMatching(r -> key.equals(r.key()), WAIT);
                assertThat(header(letter, DeadLetters.ERROR_TOPIC)).isEqualTo(topic);
                assertThat(header(letter, DeadLetters.ERROR_MESSAGE)).isNotBlank();
                assertThat(header(letter, DeadLetters.ERROR_OFFSET)).matches("\\d+");
            }
            assertThat(header(dead.awaitMatching(r -> "unknown-type".equals(r.key()), WAIT),
                    DeadLetters.ERROR_MESSAGE)).contains("annals.text.shredded.v1");
        }
    }

    private Tag dateTag(ConsumerRecord<String, byte[]> record) {
        TextEnriched data = (TextEnriched) codec.fromRecord(record).data();
        return data.tags().stream().filter(t -> t.type() == Tag.Kind.DATE).findFirst().orElseThrow();
    }

    private static List<ConsumerRecord<String, byte[]>> awaitCount(TopicReader reader, String key, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<ConsumerRecord<String, byte[]>> matching = reader.readAll(Duration.ofMillis(300)).stream()
                    .filter(r -> key.equals(r.key())).toList();
            if (matching.size() >= count || System.nanoTime() > deadline) {
                assertThat(matching).hasSizeGreaterThanOrEqualTo(count);
                return matching;
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String key) {
        return TopicReader.header(record, key);
    }
}
