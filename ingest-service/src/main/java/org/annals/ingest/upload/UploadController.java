package org.annals.ingest.upload;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.annals.service.Access;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.service.ProblemException;
import reactor.core.publisher.Flux;

/** {@code POST /api/documents} and {@code GET /api/ingests/{ingestId}} (DESIGN §4). */
@Secured({Access.READER, Access.ARCHIVIST, Access.OPERATOR})
@Controller("/api")
public class UploadController {

    private final Accessions accessions;
    private final IngestLedger ledger;

    public UploadController(Accessions accessions, IngestLedger ledger) {
        this.accessions = accessions;
        this.ledger = ledger;
    }

    @Post(uri = "/documents", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Secured({Access.ARCHIVIST, Access.OPERATOR})
    public HttpResponse<IngestView> upload(@Body MultipartBody body, Authentication who) {
        List<CompletedPart> parts = Flux.from(body).collectList().block();
        CompletedFileUpload file = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            for (CompletedPart part : parts == null ? List.<CompletedPart>of() : parts) {
                if ("file".equals(part.getName()) && part instanceof CompletedFileUpload upload) {
                    if (file != null) {
                        throw ProblemException.badRequest("The upload has more than one 'file' part; "
                                + "send one file per request.");
                    }
                    file = upload;
                } else if ("file".equals(part.getName())) {
                    // Micronaut hands a zero-length file over as a plain field.
                    throw ProblemException.badRequest(part.getBytes().length == 0
                            ? "The file is empty (0 bytes); upload the complete file."
                            : "The 'file' field must be a file upload (with curl: -F file=@path/to/file).");
                } else if (fields.put(part.getName(), text(part)) != null) {
                    throw ProblemException.badRequest("Field '" + part.getName() + "' is given more than once.");
                }
            }
            if (file == null) {
                // Micronaut drops a zero-length file part, so "missing" and "empty" look the same here.
                throw ProblemException.badRequest("The upload has no file, or the file is empty (0 bytes): send "
                        + "the complete document in a multipart field named 'file'.");
            }
            UploadForm form = UploadForm.parse(fields, who.getName());
            String filename = UploadForm.safeFilename(file.getFilename());
            Accessions.Accession accession;
            try (InputStream in = file.getInputStream()) {
                accession = accessions.accept(form, filename, in);
            }
            IngestView view = IngestView.of(accession.ingest());
            return accession.duplicate() ? HttpResponse.ok(view) : HttpResponse.status(HttpStatus.ACCEPTED).body(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uri = "/ingests/{ingestId}", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public IngestView ingest(String ingestId) {
        return ledger.find(ingestId)
                .map(IngestView::of)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "No such ingest",
                        "No upload has the ingest id '" + ingestId + "'; check the id the upload answered with."));
    }

    private static String text(CompletedPart part) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(part.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("Field '" + part.getName() + "' is not valid UTF-8 text.");
        }
    }
}
