package org.annals.store.replay;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.events.EventCodec;
import org.annals.events.EventType;
import org.annals.events.Envelope;
import org.annals.events.ReplayRequested;
import org.annals.events.Topic;
import org.annals.events.TopicNames;
import org.annals.kafka.EventPublisher;
import org.annals.kafka.TopicProvisioner;
import org.annals.store.editions.EditionPublisher;
import org.annals.store.editions.Recorder;
import org.annals.store.events.Database;
import org.annals.store.events.EventSelection;
import org.annals.store.events.EventStore;
import org.annals.store.events.Outbox;
import org.annals.store.events.StoredEvent;
import org.annals.store.jobs.Count;
import org.annals.store.jobs.Job;
import org.annals.store.jobs.Jobs;
import org.annals.store.projection.ProjectionRebuild;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The operators' replays (DESIGN §6). Each runs as a background job, one per mode at a time,
 * and is first recorded as a {@code replay.requested} event in the {@value ReplayRequested#STREAM}
 * stream, saying who asked, when and for what.
 *
 * <p>Each is idempotent: a projection rebuild computes the same rows from the same events;
 * re-published events carry their stored ids, so the store drops them again and enrich-service
 * derives the same enrichment ids from them unless its taggers changed; a re-published window
 * holds the same ids as the first time, for subscribers to deduplicate by {@code ce_id}.
 */
public final class Replays {

    private static final int PAGE = 500;

    private final Jobs jobs;
    private final Database database;
    private final EventStore store;
    private final Outbox outbox;
    private final EditionPublisher outboxPublisher;
    private final ProjectionRebuild rebuild;
    private final EventPublisher publisher;
    private final TopicProvisioner provisioner;
    private final EventCodec codec;

    public Replays(Jobs jobs, Database database, EventStore store, Outbox outbox, EditionPublisher outboxPublisher,
                   ProjectionRebuild rebuild, EventPublisher publisher, TopicProvisioner provisioner, EventCodec codec) {
        this.jobs = jobs;
        this.database = database;
        this.store = store;
        this.outbox = outbox;
        this.outboxPublisher = outboxPublisher;
        this.rebuild = rebuild;
        this.publisher = publisher;
        this.provisioner = provisioner;
        this.codec = codec;
    }

    /**
     * @throws ReplayRequest.Invalid when the request names something the store does not hold
     * @throws org.annals.store.jobs.JobConflict when a replay of that mode is running
     */
    public Job start(ReplayRequest request) {
        Jobs.Work work = switch (request.mode()) {
            case PROJECTIONS -> job -> {
                ProjectionRebuild.Result result = rebuild.run(job);
                return "Rebuilt the projections of " + Count.of(result.documents(), "document") + " from "
                        + Count.of(result.events(), "event") + (result.caughtUp() == 0 ? "." : "; " + result.caughtUp()
                        + " of them received new events meanwhile and were folded again before the swap.");
            };
            case ENRICHMENT -> enrichment(request);
            case REPUBLISH -> republication(request);
        };
        return jobs.start("replay", request.mode().label(), request.scope(), request.requestedBy(), job -> {
            record(job, request);
            return work.run(job);
        });
    }

    private void record(Job job, ReplayRequest request) {
        Envelope<ReplayRequested> event = Envelope.originate(Recorder.SOURCE, new ReplayRequested(job.id(),
                request.mode().label(), request.scope(), request.requestedBy(), Instant.now()));
        database.transaction(c -> {
            store.append(c, ReplayRequested.STREAM, store.version(c, ReplayRequested.STREAM), List.of(event));
            outbox.add(c, event.id());
            return null;
        });
        outboxPublisher.flush();
    }

    private Jobs.Work enrichment(ReplayRequest request) {
        String documentId = request.get("documentId");
        String collection = request.get("collection");
        EventSelection texts = new EventSelection(Set.of(EventType.TEXT_EXTRACTED.ceType()), documentId, collection,
                null, null);
        if (documentId != null && database.read(c -> store.version(c, documentId)) == 0) {
            throw new ReplayRequest.Invalid("There is no document '" + documentId + "' in the archive.");
        }
        if (collection != null && database.read(c -> store.count(c, texts)) == 0) {
            throw new ReplayRequest.Invalid("The collection '" + collection + "' has no extracted texts to re-enrich.");
        }
        String extracted = publisher.topics().name(Topic.EXTRACTED);
        String what = documentId != null ? "document " + documentId
                : collection != null ? "collection " + collection : "the whole archive";
        return job -> {
            long sent = publish(job, texts, event -> codec.toRecord(publisher.topics(), event));
            return "Re-published " + Count.of(sent, "extracted text") + " of " + what + " to " + extracted
                    + "; enrich-service tags them again, and an edition whose tags change gets a new enrichment"
                    + " revision.";
        };
    }

    private Jobs.Work republication(ReplayRequest request) {
        TopicNames names = publisher.topics();
        String topicName = request.get("topic");
        List<Topic> kept = Arrays.stream(Topic.values()).filter(t -> t != Topic.DEADLETTER).toList();
        Topic topic = kept.stream().filter(t -> names.name(t).equals(topicName)).findFirst()
                .orElseThrow(() -> new ReplayRequest.Invalid("The store keeps no topic '" + topicName + "'; it can "
                        + "re-publish " + kept.stream().map(names::name).collect(Collectors.joining(", ")) + "."));
        Set<String> types = Arrays.stream(EventType.values()).filter(t -> t.topic() == topic)
                .map(EventType::ceType).collect(Collectors.toSet());
        EventSelection window = new EventSelection(types, null, null, request.instant("from"), request.instant("to"));
        String target = request.get("target") == null ? topicName : request.get("target");
        return job -> {
            if (!target.equals(topicName)) {
                provisioner.ensure(target, topic);
            }
            long sent = publish(job, window, event -> {
                ProducerRecord<String, byte[]> record = codec.toRecord(names, event);
                return new ProducerRecord<>(target, null, record.key(), record.value(), record.headers());
            });
            return "Re-published " + Count.of(sent, "event") + " of " + topicName + " to " + target
                    + (request.get("from") == null && request.get("to") == null ? "" : " (event time "
                    + (request.get("from") == null ? "…" : request.get("from")) + " to "
                    + (request.get("to") == null ? "…" : request.get("to")) + ")") + ", with their original ids.";
        };
    }

    /** Sends the selected events in the order they were recorded; returns how many. */
    private long publish(Job job, EventSelection selection,
                         java.util.function.Function<Envelope<?>, ProducerRecord<String, byte[]>> toRecord) {
        job.total(database.read(c -> store.count(c, selection)));
        long after = 0;
        long sent = 0;
        while (true) {
            long from = after;
            List<StoredEvent> page = database.read(c -> store.select(c, selection, from, PAGE));
            if (page.isEmpty()) {
                return sent;
            }
            for (StoredEvent event : page) {
                publisher.send(toRecord.apply(event.toEnvelope(codec)));
                job.advance(1);
                sent++;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }
}
