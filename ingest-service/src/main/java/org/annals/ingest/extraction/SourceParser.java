package org.annals.ingest.extraction;

import java.nio.file.Path;
import org.annals.events.TextExtracted;

/** Reads the text of one stored source; never throws for a bad file, but answers with a reason. */
public interface SourceParser {

    Extraction extract(Path source, String filename, String declaredMediaType);

    /** Name and version that go into every {@code text.extracted} event and its deterministic id. */
    TextExtracted.Extractor extractor();
}
