package org.annals.events;

/** Kafka header names of the CloudEvents binary content mode, plus Annals' extensions. */
public final class CloudEventHeaders {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension: the upload the event descends from. */
    public static final String INGEST_ID = "ce_ingestid";
    /** Extension: the {@code ce_id} of the event that caused this one. */
    public static final String CAUSATION_ID = "ce_causationid";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
