package org.annals.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Follows documents inside documents (attachments, archive entries) only to a given depth
 * and count, so a nested archive cannot keep the worker busy for ever. What it skips is
 * counted, so the extraction can fail naming the limit instead of silently dropping content.
 */
final class EmbeddedLimits extends ParsingEmbeddedDocumentExtractor {

    private final int maxDepth;
    private final int maxCount;
    private int depth;
    private int count;
    private int skippedTooDeep;
    private int skippedBeyondCount;

    EmbeddedLimits(ParseContext context, int maxDepth, int maxCount) {
        super(context);
        this.maxDepth = maxDepth;
        this.maxCount = maxCount;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (depth >= maxDepth) {
            skippedTooDeep++;
            return false;
        }
        if (count >= maxCount) {
            skippedBeyondCount++;
            return false;
        }
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        count++;
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    /** Embedded documents not read because they lie deeper than the depth limit. */
    int skippedTooDeep() {
        return skippedTooDeep;
    }

    /** Embedded documents not read because the count limit was reached. */
    int skippedBeyondCount() {
        return skippedBeyondCount;
    }
}
