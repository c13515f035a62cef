package org.geokg.eval;

import java.util.List;

/**
 * Overlap arithmetic on spans given as lists of ranges (a discontinuous span has several), the
 * way score.py counts it: lengths and overlaps summed over the pieces.
 */
final class Intervals {
    private Intervals() {
    }

    static int length(List<Range> span) {
        int n = 0;
        for (Range r : span) {
            n += r.length();
        }
        return n;
    }

    static int overlap(List<Range> a, List<Range> b) {
        int n = 0;
        for (Range x : a) {
            for (Range y : b) {
                n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return n;
    }

    static double iou(List<Range> a, List<Range> b) {
        int o = overlap(a, b);
        int u = length(a) + length(b) - o;
        return u != 0 ? (double) o / u : 0.0;
    }
}
