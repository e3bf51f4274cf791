package org.annals.cli;

import java.util.Locale;

/** Draws {@code [#######.......]  42%} for a count of work done out of a total. */
public final class ProgressBar {

    private static final int WIDTH = 24;

    private ProgressBar() {
    }

    public static String of(long done, long total) {
        if (total <= 0) {
            return "[" + ".".repeat(WIDTH) + "]    ";
        }
        double share = Math.min(1.0, Math.max(0.0, (double) done / total));
        int filled = (int) Math.round(share * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", (int) Math.floor(share * 100));
    }

    /** 1.2 MB, 512 B: sizes a person reads at a glance. */
    public static String bytes(long count) {
        if (count < 1024) {
            return count + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = count;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
