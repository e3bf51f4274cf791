package org.annals.local;

import java.nio.file.Path;

/** Another broker, in this or another process, is using the same Kafka log directory. */
public class DirectoryInUseException extends RuntimeException {

    public DirectoryInUseException(Path directory) {
        super("Kafka data directory " + directory + " is in use by another broker");
    }
}
