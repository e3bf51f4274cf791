package org.annals.cli;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} request body (RFC 7578). File parts are streamed from disk, so a
 * large scan is never held in memory.
 */
public final class MultipartBody {

    private final String boundary = "annals-" + UUID.randomUUID();
    private final List<BodyPublisher> parts = new ArrayList<>();

    public MultipartBody field(String name, String value) {
        parts.add(text(head("form-data; name=\"" + quoted(name) + "\"", null) + value + "\r\n"));
        return this;
    }

    /** @throws FileNotFoundException if the file vanished since it was listed */
    public MultipartBody file(String name, Path file, String filename) throws FileNotFoundException {
        parts.add(text(head("form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(filename) + "\"",
                "application/octet-stream")));
        parts.add(BodyPublishers.ofFile(file));
        parts.add(text("\r\n"));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public BodyPublisher publisher() {
        List<BodyPublisher> all = new ArrayList<>(parts);
        all.add(text("--" + boundary + "--\r\n"));
        return BodyPublishers.concat(all.toArray(BodyPublisher[]::new));
    }

    private String head(String disposition, String contentType) {
        return "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
    }

    /** Quotes, CR and LF percent-encoded inside a quoted header value, as browsers do (HTML5). */
    private static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static BodyPublisher text(String text) {
        return BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8));
    }
}
