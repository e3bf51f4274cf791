package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** A service's answer: status, headers and the body as bytes. */
public record Reply(Service service, int status, HttpHeaders headers, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as JSON; a non-JSON body is the service misbehaving, said in one sentence. */
    public JsonNode json() {
        return Json.parse(body).orElseThrow(() -> new CommandFailed("the " + service.label()
                + " answered HTTP " + status + " with something that is not JSON"));
    }

    /** The sentence to show for an error answer: the problem's {@code detail}, else its title or the status. */
    public String detail() {
        String sentence = Json.parse(body)
                .map(problem -> Json.text(problem, "detail") != null ? Json.text(problem, "detail") : Json.text(problem, "title"))
                .orElseGet(this::shortPlainText);
        return sentence == null || sentence.isBlank() ? "the " + service.label() + " answered HTTP " + status : sentence;
    }

    private String shortPlainText() {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 200 || text.startsWith("<") ? null : text;
    }

    /** This reply if it is a success, else a {@link RequestRefused} carrying its detail. */
    public Reply requireOk() {
        if (!ok()) {
            throw new RequestRefused(status, detail());
        }
        return this;
    }
}
