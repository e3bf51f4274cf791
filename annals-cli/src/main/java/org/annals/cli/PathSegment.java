package org.annals.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An id placed in a URL path, encoded so a typo cannot change the path. */
final class PathSegment {

    private PathSegment() {
    }

    static String of(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
