package org.annals.cli;

/** Nothing answered at a service's address: the stack is down or the URL is wrong (exit 3). */
public final class UnreachableService extends RuntimeException {

    public UnreachableService(String what, String address) {
        super("cannot reach the " + what + " at " + address + " — is ./annals up running?");
    }
}
