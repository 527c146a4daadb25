package org.anodefree.experiment;

import java.util.Locale;

/**
 * One judged check: the simulated estimate against the reported value and its band.
 *
 * @param experiment experiment id
 * @param check the check
 * @param simulated what anodefree computed
 * @param verdict PASS, FAIL, INFO (no band)
 * @param reason why it failed, or empty
 */
public record CheckResult(String experiment, Check check, Estimate simulated, Verdict verdict, String reason) {

    /** The outcome of a check. */
    public enum Verdict {
        PASS, FAIL, INFO
    }

    /** Judges a simulated value against the check's band: PASS when the median is in it. */
    public static CheckResult judge(String id, Check c, Estimate e) {
        if (c.band() == null) {
            return new CheckResult(id, c, e, Verdict.INFO, "");
        }
        double lo = c.band().low(c.reported());
        double hi = c.band().high(c.reported());
        if (c.band().contains(e.median(), c.reported())) {
            return new CheckResult(id, c, e, Verdict.PASS, "");
        }
        String reason = Double.isNaN(e.median()) ? "nothing to measure (NaN)"
                : e.median() < lo ? String.format(Locale.ROOT, "%.4g is below the lowest passing value %.4g", e.median(), lo)
                : String.format(Locale.ROOT, "%.4g is above the highest passing value %.4g", e.median(), hi);
        return new CheckResult(id, c, e, Verdict.FAIL, reason);
    }
}
