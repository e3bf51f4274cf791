package org.annals.store.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.annals.service.Access;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.annals.events.EventCodec;
import org.annals.service.ProblemException;
import org.annals.store.jobs.Count;
import org.annals.store.jobs.Job;
import org.annals.store.jobs.JobConflict;
import org.annals.store.jobs.JobView;
import org.annals.store.jobs.Jobs;
import org.annals.store.lag.ConsumerLag;
import org.annals.store.replay.ReplayRequest;
import org.annals.store.replay.Replays;
import org.annals.store.verify.Verification;

/**
 * The operators' API (DESIGN §4, §6): replays and verification run as background jobs with
 * progress pages; {@code GET /api/admin/verify} runs (or joins) a verification and answers when
 * it is done. Who started a job is the token's subject.
 */
@Secured(Access.OPERATOR)
@Controller("/api/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminController {

    static final String REPLAYS = "/api/admin/replays/";
    static final String VERIFICATIONS = "/api/admin/verifications/";
    private static final String VERIFY = "verify";

    private final Replays replays;
    private final Verification verification;
    private final Jobs jobs;
    private final ConsumerLag lag;
    private final ObjectMapper json;

    public AdminController(Replays replays, Verification verification, Jobs jobs, ConsumerLag lag, EventCodec codec) {
        this.replays = replays;
        this.verification = verification;
        this.jobs = jobs;
        this.lag = lag;
        this.json = codec.mapper();
    }

    /** Records published but not yet consumed, per consumer group (and the store) and topic. */
    @Get("/lag")
    public ConsumerLag.Report lag() {
        try {
            return lag.report();
        } catch (IllegalStateException e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "Kafka unavailable", e.getMessage());
        }
    }

    @Post("/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<JobView> startReplay(@Body String body, Authentication who) {
        Job job;
        try {
            job = replays.start(ReplayRequest.parse(parse(body), who.getName()));
        } catch (ReplayRequest.Invalid e) {
            throw ProblemException.badRequest(e.getMessage());
        } catch (JobConflict e) {
            throw conflict(e.running(), REPLAYS);
        }
        return accepted(job, REPLAYS);
    }

    @Get("/replays")
    public Map<String, List<JobView>> replays() {
        return Map.of("jobs", jobs.recent(List.of("projections", "enrichment", "republish")).stream()
                .map(j -> j.view(REPLAYS + j.id())).toList());
    }

    @Get("/replays/{id}")
    public JobView replay(@PathVariable String id) {
        return view(id, REPLAYS, "replay");
    }

    @Post("/verifications")
    public HttpResponse<JobView> startVerification(Authentication who) {
        try {
            return accepted(verifyInBackground(who.getName()), VERIFICATIONS);
        } catch (JobConflict e) {
            throw conflict(e.running(), VERIFICATIONS);
        }
    }

    @Get("/verifications/{id}")
    public JobView verification(@PathVariable String id) {
        return view(id, VERIFICATIONS, "verification");
    }

    /** Runs a verification, or joins the one running, and answers with its findings. */
    @Get("/verify")
    public JobView verifyNow(Authentication who) {
        Job job;
        try {
            job = jobs.running(VERIFY).orElseGet(() -> verifyInBackground(who.getName()));
        } catch (JobConflict e) {
            job = e.running();
        }
        return job.finished().join().view(VERIFICATIONS + job.id());
    }

    private Job verifyInBackground(String requestedBy) {
        return jobs.start(VERIFY, VERIFY, Map.of(), requestedBy, job -> {
            Verification.Result r = verification.run(job);
            String checked = Count.of(r.events(), "event") + " in " + Count.of(r.streams(), "stream") + " and "
                    + Count.of(r.blobs(), "source blob");
            return r.mismatches() == 0 ? "No mismatches: " + checked + " verified."
                    : r.mismatches() + (r.mismatches() == 1 ? " mismatch" : " mismatches") + " found in " + checked + ".";
        });
    }

    private JobView view(String id, String base, String what) {
        return jobs.find(id).filter(j -> (base.equals(VERIFICATIONS)) == j.mode().equals(VERIFY))
                .map(j -> j.view(base + id))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "No such " + what,
                        "There is no " + what + " '" + id + "' (jobs are kept in memory until the store restarts)."));
    }

    private static HttpResponse<JobView> accepted(Job job, String base) {
        return HttpResponse.<JobView>accepted(URI.create(base + job.id())).body(job.view(base + job.id()));
    }

    private static ProblemException conflict(Job running, String base) {
        JobView view = running.view(base + running.id());
        return new ProblemException(HttpStatus.CONFLICT, "Already running",
                "A " + view.mode() + " job is already running (" + view.done() + " of " + view.total()
                + " done); follow it at " + base + view.id() + " and try again when it has finished.");
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("Send a JSON object such as {\"mode\": \"projections\"}.");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
