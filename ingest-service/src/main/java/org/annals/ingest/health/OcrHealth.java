package org.annals.ingest.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annals.ingest.extraction.ExtractionSettings;
import org.annals.ingest.extraction.OcrEngine;

/**
 * {@code /health} → {@code ocr}: whether scans can be read. Missing OCR leaves the service
 * UP (born-digital files still work) but says so, and what to install.
 */
@Singleton
public class OcrHealth extends AbstractHealthIndicator<Map<String, Object>> {

    private final OcrEngine ocr;
    private final ExtractionSettings settings;

    public OcrHealth(OcrEngine ocr, ExtractionSettings settings) {
        this.ocr = ocr;
        this.settings = settings;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("available", ocr.available());
        details.put("languages", settings.ocrLanguages());
        if (ocr.version() != null) {
            details.put("engine", ocr.version());
        }
        if (ocr.problem() != null) {
            details.put("problem", ocr.problem());
        }
        return details;
    }

    @Override
    public String getName() {
        return "ocr";
    }
}
