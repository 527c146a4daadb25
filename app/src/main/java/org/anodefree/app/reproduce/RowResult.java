package org.anodefree.app.reproduce;

import org.anodefree.io.config.Experiment;

/**
 * One line of the reproduction table: a check of an experiment, simulated vs reported.
 *
 * @param experiment experiment id
 * @param check the check
 * @param simulated what anodefree computed
 * @param verdict PASS, FAIL, INFO (no band) or ERROR
 * @param reason why it failed, or empty
 */
public record RowResult(String experiment, Experiment.Check check, Estimate simulated, String verdict, String reason) {

    /** Judges a simulated value against the check's band. */
    public static RowResult judge(String id, Experiment.Check c, Estimate e) {
        if (c.band() == null) {
            return new RowResult(id, c, e, "INFO", "");
        }
        double lo = c.band().low(c.reported());
        double hi = c.band().high(c.reported());
        if (c.band().contains(e.median(), c.reported())) {
            return new RowResult(id, c, e, "PASS", "");
        }
        String reason = e.median() < lo
                ? String.format(java.util.Locale.ROOT, "%.4g is below the lowest passing value %.4g", e.median(), lo)
                : String.format(java.util.Locale.ROOT, "%.4g is above the highest passing value %.4g", e.median(), hi);
        return new RowResult(id, c, e, "FAIL", reason);
    }
}
