package org.annals.local;

/** A service did not come up; the message names the service and where its log is. */
public class ServiceStartException extends RuntimeException {

    public ServiceStartException(String message) {
        super(message);
    }
}
