package org.annals.ingest.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.annals.service.ProblemException;
import org.junit.jupiter.api.Test;

class UploadFormTest {

    @Test
    void readsControlFieldsAndDublinCore() {
        UploadForm form = UploadForm.parse(Map.of("documentId", "letter-1921.03_a", "collection", "kollontai",
                "referenceDate", "1921-03-16", "title", " A letter ", "creator", "Alexandra Kollontai"), "archivist-anna");

        assertThat(form.documentId()).isEqualTo("letter-1921.03_a");
        assertThat(form.collection()).isEqualTo("kollontai");
        assertThat(form.referenceDate()).isEqualTo(LocalDate.of(1921, 3, 16));
        assertThat(form.metadata()).containsEntry("title", "A letter").containsEntry("creator", "Alexandra Kollontai");
        assertThat(form.submittedBy()).isEqualTo("archivist-anna");
    }

    @Test
    void defaultsTheCollectionAndLeavesTheDocumentIdToTheBytes() {
        UploadForm form = UploadForm.parse(Map.of(), "archivist-anna");

        assertThat(form.collection()).isEqualTo("default");
        assertThat(form.documentId()).isNull();
    }

    @Test
    void rejectsIdsOutsideTheAlphabet() {
        for (String bad : new String[] {"../etc/passwd", "a/b", ".hidden", "-x", "x y", "x".repeat(129), "doc:1"}) {
            assertThatThrownBy(() -> UploadForm.parse(Map.of("documentId", bad), "archivist-anna"))
                    .as(bad)
                    .isInstanceOf(ProblemException.class)
                    .hasMessageContaining("documentId")
                    .hasMessageContaining("letters, digits");
        }
    }

    @Test
    void rejectsBadDatesUnknownFieldsAndOversizedValues() {
        assertThatThrownBy(() -> UploadForm.parse(Map.of("referenceDate", "16 March 1921"), "archivist-anna"))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> UploadForm.parse(Map.of("submittedBy", "someone-else"), "archivist-anna"))
                .hasMessageContaining("taken from your access token");
        assertThatThrownBy(() -> UploadForm.parse(Map.of("colour", "red"), "archivist-anna"))
                .hasMessageContaining("Unknown field 'colour'");
        assertThatThrownBy(() -> UploadForm.parse(Map.of("title", "x".repeat(5000)), "archivist-anna"))
                .hasMessageContaining("limit is 4000");
        assertThatThrownBy(() -> UploadForm.parse(Map.of("documentId", "doc\u0000"), "archivist-anna"))
                .hasMessageContaining("'documentId' contains control characters");
        assertThatThrownBy(() -> UploadForm.parse(Map.of("title", "bell\u0007"), "archivist-anna"))
                .hasMessageContaining("control characters");
    }

    @Test
    void filenamesLoseTheirPathsAndControlCharacters() {
        assertThat(UploadForm.safeFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadForm.safeFilename("C:\\scans\\page 1.png")).isEqualTo("page 1.png");
        assertThat(UploadForm.safeFilename("evil\r\nname.pdf")).isEqualTo("evilname.pdf");
        assertThat(UploadForm.safeFilename("..")).isEqualTo("upload");
        assertThat(UploadForm.safeFilename(null)).isEqualTo("upload");
    }
}
