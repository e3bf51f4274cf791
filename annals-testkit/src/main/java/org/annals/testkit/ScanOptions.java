package org.annals.testkit;

/**
 * How imperfect a simulated scan is.
 *
 * @param skewDegrees rotation of the text on the page, as from a sheet placed askew
 * @param noise fraction of pixels (0..1) replaced by black or white specks
 * @param seed seeds the noise, so a fixture is the same on every run
 */
public record ScanOptions(double skewDegrees, double noise, long seed) {

    /** A straight, speckle-free page. */
    public static final ScanOptions CLEAN = new ScanOptions(0, 0, 1);

    public ScanOptions {
        if (noise < 0 || noise > 1) {
            throw new IllegalArgumentException("noise is a fraction of pixels, 0..1: " + noise);
        }
    }

    public ScanOptions withSkew(double degrees) {
        return new ScanOptions(degrees, noise, seed);
    }

    public ScanOptions withNoise(double fraction) {
        return new ScanOptions(skewDegrees, fraction, seed);
    }
}
