package org.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The store's admin API for long-running jobs: {@code POST /api/admin/replays},
 * {@code POST /api/admin/verifications}, and {@code GET} on the job's own path.
 */
final class AdminJobs {

    static final String REPLAYS = "/api/admin/replays";
    static final String VERIFICATIONS = "/api/admin/verifications";

    private final Connection connection;

    AdminJobs(Connection connection) {
        this.connection = connection;
    }

    /** Starts a job; a 409 (one of that mode already running) or 400 surfaces as its detail. */
    Job start(String collection, ObjectNode request) {
        Reply reply = connection.postJson(Service.STORE, collection, request);
        if (reply.status() == 404 || reply.status() == 405) {
            // An older store: its own "Page Not Found" would not tell the operator what is wrong.
            throw new CommandFailed("the store at " + connection.servers().store() + " has no admin API ("
                    + collection + "); it needs a newer store-service");
        }
        reply.requireOk();
        String location = reply.headers().firstValue("Location").orElse(null);
        Job job = Job.of(reply.json(), location);
        return job.self() != null ? job : Job.of(reply.json(), collection + "/" + PathSegment.of(job.id()));
    }

    Job read(Job job) {
        return Job.of(connection.get(Service.STORE, pathOf(job.self())).requireOk().json(), job.self());
    }

    /** The path of a link that may be absolute (a Location header) or a path. */
    private static String pathOf(String link) {
        if (link.startsWith("http://") || link.startsWith("https://")) {
            java.net.URI uri = java.net.URI.create(link);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return link.startsWith("/") ? link : "/" + link;
    }
}
