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

    /**
     * Judges a simulated value against the check's band: PASS when the point estimate is in it. A
     * Kaplan-Meier median that was not reached passes a band only when its lower bound already lies inside a
     * band with no upper end, and fails one whose upper end it exceeds. The 90% interval does not change the
     * verdict; when it straddles a band edge the reason says so, since another ensemble could fall either side.
     */
    public static CheckResult judge(String id, Check c, Estimate e) {
        if (c.band() == null) {
            return new CheckResult(id, c, e, Verdict.INFO, "");
        }
        double lo = c.band().low(c.reported());
        double hi = c.band().high(c.reported());
        if (!e.medianReached()) {
            double bound = e.lowerBound();
            if (bound >= lo && hi == Double.POSITIVE_INFINITY) {
                return new CheckResult(id, c, e, Verdict.PASS, "");
            }
            return new CheckResult(id, c, e, Verdict.FAIL, String.format(Locale.ROOT,
                    "median not reached: fewer than half of %d runs had the event by %.4g%s", e.members(), bound,
                    bound > hi ? ", above the highest passing value " + String.format(Locale.ROOT, "%.4g", hi)
                            : ", so it cannot be placed in the band"));
        }
        String straddle = straddles(e, lo, hi);
        if (c.band().contains(e.median(), c.reported())) {
            return new CheckResult(id, c, e, Verdict.PASS, straddle);
        }
        String reason = Double.isNaN(e.median()) ? (e.method() == Estimate.Method.RATIO
                ? "a variant's median was not reached, so the ratio is not defined" : "nothing to measure (NaN)")
                : e.median() < lo ? String.format(Locale.ROOT, "%.4g is below the lowest passing value %.4g", e.median(), lo)
                : String.format(Locale.ROOT, "%.4g is above the highest passing value %.4g", e.median(), hi);
        return new CheckResult(id, c, e, Verdict.FAIL, straddle.isEmpty() ? reason : reason + "; " + straddle);
    }

    /** "the 90% interval straddles the band's edge x" when it does, else empty. */
    private static String straddles(Estimate e, double lo, double hi) {
        if (e.method() == Estimate.Method.EXACT || Double.isNaN(e.low()) || Double.isNaN(e.high())) {
            return "";
        }
        for (double edge : new double[] {lo, hi}) {
            if (Double.isFinite(edge) && e.low() < edge && e.high() > edge) {
                return String.format(Locale.ROOT, "the 90%% interval straddles the band edge %.4g", edge);
            }
        }
        return "";
    }
}
