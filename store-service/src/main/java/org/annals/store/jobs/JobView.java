package org.annals.store.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as the admin API shows it.
 *
 * @param done          units of work done: events (projections, verify) or events published (replays)
 * @param ratePerSecond units per second since the job started
 * @param message       a sentence on the outcome once finished
 */
public record JobView(String id, String kind, String mode, Job.State state, String requestedBy, Instant requestedAt,
                      Instant finishedAt, Map<String, String> scope, long done, long total, double ratePerSecond,
                      String message, List<Finding> findings, Map<String, String> links) {
}
