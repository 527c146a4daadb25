package org.anodefree.app.reproduce;

import java.util.Locale;
import org.anodefree.experiment.Estimate;

/** An {@link Estimate} in words for the reproduction table: the point, its 90% interval and, where it matters, n. */
final class EstimateText {
    private EstimateText() {
    }

    /** E.g. {@code 1.80 (1.30-2.40) 20/32 shorted}, {@code > 20.0 (9/32 shorted)}, {@code 0.125 (0.06-0.25) 4/32}. */
    static String of(Estimate e) {
        return switch (e.method()) {
            case EXACT -> num(e.median());
            case MEDIAN, RATIO -> num(e.median()) + " (" + interval(e) + ")"
                    + (e.measured() < e.members() ? " " + e.measured() + "/" + e.members() + " measured" : "");
            case KAPLAN_MEIER -> e.medianReached()
                    ? num(e.median()) + " (" + interval(e) + ") " + e.events() + "/" + e.members() + " had it"
                    : "> " + num(e.lowerBound()) + " (median not reached; " + e.events() + "/" + e.members() + " had it)";
            case FRACTION -> num(e.median()) + " (" + interval(e) + ") " + e.events() + "/" + e.measured();
        };
    }

    /** The interval as {@code lo-hi}. */
    static String interval(Estimate e) {
        return num(e.low()) + " to " + (Double.isInfinite(e.high()) ? "not reached" : num(e.high()));
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.3g", v);
    }
}
