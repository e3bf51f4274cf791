package org.annals.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.annals.events.TextExtracted;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts text and Dublin Core metadata from a source with Apache Tika's
 * {@link AutoDetectParser}; scans (images, PDF pages without a text layer) go through
 * Tesseract. Every parse runs with a text limit, embedded-document and OCR page limits and a
 * timeout. This runs inside the parsing child JVM ({@link ParsingChild}); the service itself
 * talks to it through {@link IsolatedParser}.
 */
public final class TikaExtractor implements SourceParser {

    public static final String NAME = "annals-ingest/apache-tika";
    private static final Logger LOG = LoggerFactory.getLogger(TikaExtractor.class);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");

    private final ExtractionSettings settings;
    private final OcrEngine ocr;
    private final AutoDetectParser parser;
    private final LanguageDetector languages;
    private final ExecutorService parsing;

    public TikaExtractor(ExtractionSettings settings, OcrEngine ocr) {
        this.settings = settings;
        this.ocr = ocr;
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        if (ocr.available() && settings.tesseractPath() != null && !settings.tesseractPath().isBlank()) {
            pointTesseractAt(parser, settings.tesseractPath());
        }
        this.languages = loadLanguageModels();
        // Parses run on their own threads so a stuck parse can be abandoned at the timeout.
        this.parsing = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tika-parse");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public TextExtracted.Extractor extractor() {
        return identity();
    }

    /** Name and version that go into every {@code text.extracted} event and its deterministic id. */
    public static TextExtracted.Extractor identity() {
        return new TextExtracted.Extractor(NAME, Tika.getString().replace("Apache Tika ", ""));
    }

    public OcrEngine ocr() {
        return ocr;
    }

    @Override
    public Extraction extract(Path source, String filename, String declaredMediaType) {
        long started = System.nanoTime();
        if (isEmpty(source)) {
            return new Extraction.Failed("The file is empty (0 bytes); upload the complete file.", "EmptyFile", false,
                    declaredMediaType == null ? MediaType.OCTET_STREAM.toString() : declaredMediaType, 0);
        }
        String mediaType = detect(source, filename, declaredMediaType);
        if (isImage(mediaType) && !ocr.available()) {
            return new Extraction.Failed("This is a scanned image (" + mediaType + ") and OCR is unavailable: "
                    + ocr.problem() + " Then upload the file again.", "OcrUnavailable", true, mediaType,
                    elapsed(started));
        }
        Future<Extraction> parse = parsing.submit(() -> parse(source, filename, mediaType, started));
        try {
            return parse.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            return FailureReasons.timedOut(mediaType, settings, elapsed(started));
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting " + filename, e);
        } catch (ExecutionException e) {
            return FailureReasons.explain(e.getCause(), mediaType, settings, elapsed(started));
        }
    }

    private Extraction parse(Path source, String filename, String mediaType, long started) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(TesseractOCRConfig.class, ocrConfig());
        context.set(PDFParserConfig.class, pdfConfig());
        EmbeddedLimits embedded = new EmbeddedLimits(context, settings.maxEmbeddedDepth(), settings.maxEmbeddedCount());
        context.set(EmbeddedDocumentExtractor.class, embedded);
        // Tika swallows what goes wrong inside embedded documents and notes it here; a bomb must not pass that way.
        ParseRecord record = new ParseRecord();
        context.set(ParseRecord.class, record);
        TextCollector collector = new TextCollector(settings.maxTextChars(), settings.maxOcrPages());
        try (TikaInputStream in = TikaInputStream.get(source)) {
            parser.parse(in, new BodyContentHandler(collector), metadata, context);
        }
        for (Exception inside : record.getExceptions()) {
            if (FailureReasons.isLimit(inside)) {
                return FailureReasons.explain(inside, mediaType, settings, elapsed(started));
            }
        }
        if (embedded.skippedTooDeep() > 0) {
            return FailureReasons.tooDeep(embedded.skippedTooDeep(), mediaType, settings, elapsed(started));
        }
        if (embedded.skippedBeyondCount() > 0) {
            return FailureReasons.tooMany(embedded.skippedBeyondCount(), mediaType, settings, elapsed(started));
        }
        String text = tidy(collector.text());
        Integer pages = pages(metadata, mediaType);
        if (text.isBlank()) {
            return FailureReasons.noText(mediaType, pages, ocr, elapsed(started));
        }
        boolean ocrUsed = collector.ocrPages() > 0;
        TextExtracted.Ocr ocrInfo = ocrUsed
                ? new TextExtracted.Ocr(true, ocr.version(), settings.ocrLanguages(), collector.meanConfidence())
                : TextExtracted.Ocr.NOT_USED;
        Map<String, Object> dublinCore = dublinCore(metadata);
        return new Extraction.Extracted(mediaType, text, language(text), pages, ocrInfo, collector.ocrPages(),
                dublinCore, elapsed(started));
    }

    private static boolean isEmpty(Path source) {
        try {
            return java.nio.file.Files.size(source) == 0;
        } catch (IOException e) {
            return false; // the parse will say what is wrong
        }
    }

    private String detect(Path source, String filename, String declaredMediaType) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        try (TikaInputStream in = TikaInputStream.get(source)) {
            // Content decides; the declared type and file name only break ties.
            MediaType detected = parser.getDetector().detect(in, metadata);
            return detected.getBaseType().toString();
        } catch (IOException e) {
            LOG.warn("Cannot detect the type of {}: {}", filename, e.getMessage());
            return declaredMediaType == null ? MediaType.OCTET_STREAM.toString() : declaredMediaType;
        }
    }

    /** Tika looks for tesseract on the PATH unless its OCR parser is told otherwise. */
    private static void pointTesseractAt(Parser parser, String directory) {
        if (parser instanceof TesseractOCRParser tesseract) {
            tesseract.setTesseractPath(directory);
            try {
                tesseract.initialize(java.util.Map.of());
            } catch (org.apache.tika.exception.TikaConfigException e) {
                LOG.warn("Tesseract at {} cannot be used: {}", directory, e.getMessage());
            }
        } else if (parser instanceof CompositeParser composite) {
            composite.getAllComponentParsers().forEach(p -> pointTesseractAt(p, directory));
        } else if (parser instanceof ParserDecorator decorator) {
            pointTesseractAt(decorator.getWrappedParser(), directory);
        }
    }

    private TesseractOCRConfig ocrConfig() {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(settings.ocrLanguages());
        config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        config.setTimeoutSeconds((int) Math.max(1, settings.timeout().toSeconds()));
        config.setSkipOcr(!ocr.available());
        return config;
    }

    private PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        config.setOcrDPI(settings.ocrDpi());
        config.setExtractInlineImages(false);
        return config;
    }

    /**
     * The text's language as a BCP 47 tag ("en"), or null when unsure. OpenNLP spreads its
     * scores over 100+ languages, so "sure" means the best is well ahead of the runner-up.
     */
    private synchronized String language(String text) { // the detector keeps state between calls
        if (languages == null || text.length() < 40) {
            return null;
        }
        java.util.List<LanguageResult> ranked = languages.detectAll(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        if (ranked.isEmpty()) {
            return null;
        }
        float best = ranked.get(0).getRawScore();
        float next = ranked.size() > 1 ? ranked.get(1).getRawScore() : 0f;
        if (next > 0 && best / next < 1.3f) {
            return null;
        }
        String iso3 = ranked.get(0).getLanguage();
        return ISO_639_1.getOrDefault(iso3, iso3);
    }

    /** ISO 639-2/3 codes (what OpenNLP reports) to the two-letter codes BCP 47 prefers. */
    private static final Map<String, String> ISO_639_1 = isoLanguages();

    private static Map<String, String> isoLanguages() {
        Map<String, String> map = new java.util.HashMap<>();
        for (String two : java.util.Locale.getISOLanguages()) {
            try {
                map.put(new java.util.Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code known for it
            }
        }
        return Map.copyOf(map);
    }

    private static LanguageDetector loadLanguageModels() {
        try {
            return new OpenNLPDetector().loadModels();
        } catch (IOException e) {
            LOG.warn("Language detection unavailable: {}", e.getMessage());
            return null;
        }
    }

    private static Integer pages(Metadata metadata, String mediaType) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        if (pages == null) {
            pages = metadata.getInt(Office.PAGE_COUNT);
        }
        if (pages == null && isImage(mediaType)) {
            pages = 1;
        }
        return pages;
    }

    /**
     * Dublin Core keys (dc:, dcterms:) as Tika reports them; several values become a list. A file
     * can claim a megabyte-long title, so values are cut to {@link #MAX_METADATA_CHARS} and lists
     * to {@link #MAX_METADATA_VALUES}: metadata describes a document, the text carries it.
     */
    private static Map<String, Object> dublinCore(Metadata metadata) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : metadata.names()) {
            if (name.startsWith("dc:") || name.startsWith("dcterms:")) {
                java.util.List<String> values = java.util.Arrays.stream(metadata.getValues(name))
                        .limit(MAX_METADATA_VALUES)
                        .map(TikaExtractor::shorten)
                        .toList();
                out.put(name, values.size() == 1 ? values.get(0) : values);
            }
        }
        return out;
    }

    static final int MAX_METADATA_CHARS = 4000;
    static final int MAX_METADATA_VALUES = 100;

    private static String shorten(String value) {
        return value.length() <= MAX_METADATA_CHARS ? value : value.substring(0, MAX_METADATA_CHARS - 1) + "…";
    }

    static boolean isImage(String mediaType) {
        return mediaType.startsWith("image/") && !mediaType.equals("image/svg+xml");
    }

    private static String tidy(String text) {
        String t = TRAILING_SPACES.matcher(text.replace("\r\n", "\n")).replaceAll("\n");
        return BLANK_LINES.matcher(t).replaceAll("\n\n").strip();
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
