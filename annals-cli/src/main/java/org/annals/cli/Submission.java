package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Sends one file to {@code POST /api/documents} with the same form fields for every file. */
final class Submission {

    private final Connection connection;
    private final Map<String, String> fields;

    Submission(Connection connection, Map<String, String> fields) {
        this.connection = connection;
        this.fields = Map.copyOf(fields);
    }

    /** @throws UnreachableService when the ingest service does not answer at all */
    UploadOutcome send(Path file) {
        long size;
        MultipartBody body = new MultipartBody();
        try {
            size = Files.size(file);
            fields.forEach(body::field);
            body.file("file", file, file.getFileName().toString());
        } catch (FileNotFoundException e) {
            return failed(file, 0, "the file can no longer be read");
        } catch (IOException e) {
            return failed(file, 0, "cannot read it: " + e.getMessage());
        }
        Reply reply;
        try {
            reply = connection.send(Service.INGEST, connection.request(Service.INGEST, "/api/documents")
                    .timeout(java.time.Duration.ofMinutes(30))
                    .header("Content-Type", body.contentType())
                    .POST(body.publisher())
                    .build());
        } catch (CommandFailed e) {
            return failed(file, size, e.getMessage());
        }
        if (!reply.ok()) {
            return new UploadOutcome(file, UploadOutcome.Kind.REJECTED, size, reply.detail(), null, null);
        }
        JsonNode ingest = reply.json();
        UploadOutcome.Kind kind = reply.status() == 200 ? UploadOutcome.Kind.DUPLICATE : UploadOutcome.Kind.ACCEPTED;
        return new UploadOutcome(file, kind, size, null, Json.text(ingest, "documentId"), Json.text(ingest, "ingestId"));
    }

    private static UploadOutcome failed(Path file, long size, String why) {
        return new UploadOutcome(file, UploadOutcome.Kind.FAILED, size, why, null, null);
    }
}
