package org.annals.store.jobs;

/** "1 document", "4 documents": job messages are read by people. */
public final class Count {

    private Count() {
    }

    public static String of(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
