package org.anodefree.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The Kaplan-Meier product-limit estimate of a survival function from times that are either events (a
 * cell shorted then) or censored (it was still alive when the run ended): {@code S(t) = prod over event
 * times t_i <= t of (1 - d_i / n_i)}, with d_i events at t_i and n_i units at risk just before it (Kaplan
 * and Meier, J. Am. Stat. Assoc. 53, 457, 1958). The variance is Greenwood's (Greenwood, Reports on Public
 * Health and Medical Subjects 33, 1926), and the pointwise confidence band is computed on the log(-log S)
 * scale so that it stays inside [0, 1] (Kalbfleisch and Prentice, The Statistical Analysis of Failure Time
 * Data, 2nd ed., Wiley 2002, section 1.4). A censored time equal to an event time counts as at risk at that
 * event (the usual convention).
 *
 * <p>Why it matters here: a simulated cell that never shorted has no time to short, only a lower bound;
 * putting the bound into a median as if it were a value biases it, and the product-limit median does not.
 */
public final class KaplanMeier {
    private final double[] times;
    private final double[] survival;
    private final double[] greenwood;
    private final int[] atRisk;
    private final int[] events;
    private final int units;
    private final double lastTime;

    private KaplanMeier(double[] times, double[] survival, double[] greenwood, int[] atRisk, int[] events, int units,
            double lastTime) {
        this.times = times;
        this.survival = survival;
        this.greenwood = greenwood;
        this.atRisk = atRisk;
        this.events = events;
        this.units = units;
        this.lastTime = lastTime;
    }

    /**
     * The estimate from {@code time[i]} and whether unit i's event was observed ({@code true}) or censored at
     * that time ({@code false}). Times must be finite.
     */
    public static KaplanMeier of(double[] time, boolean[] observed) {
        int n = time.length;
        if (n == 0 || observed.length != n) {
            throw new IllegalArgumentException("Kaplan-Meier: need one flag per time and at least one unit, got "
                    + n + " times and " + observed.length + " flags");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(time[i])) {
                throw new IllegalArgumentException("Kaplan-Meier: time " + i + " is " + time[i]);
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(time[a], time[b]));
        List<double[]> steps = new ArrayList<>();
        double s = 1;
        double g = 0;
        int k = 0;
        double last = Double.NEGATIVE_INFINITY;
        while (k < n) {
            double t = time[order[k]];
            int risk = n - k;
            int d = 0;
            int j = k;
            while (j < n && time[order[j]] == t) {
                if (observed[order[j]]) {
                    d++;
                }
                j++;
            }
            if (d > 0) {
                s *= 1 - (double) d / risk;
                g += risk > d ? (double) d / ((double) risk * (risk - d)) : Double.POSITIVE_INFINITY;
                steps.add(new double[] {t, s, g, risk, d});
            }
            last = t;
            k = j;
        }
        double[] ts = new double[steps.size()];
        double[] ss = new double[steps.size()];
        double[] gs = new double[steps.size()];
        int[] rs = new int[steps.size()];
        int[] ds = new int[steps.size()];
        for (int i = 0; i < ts.length; i++) {
            double[] x = steps.get(i);
            ts[i] = x[0];
            ss[i] = x[1];
            gs[i] = x[2];
            rs[i] = (int) x[3];
            ds[i] = (int) x[4];
        }
        return new KaplanMeier(ts, ss, gs, rs, ds, n, last);
    }

    /** Units in the estimate. */
    public int units() {
        return units;
    }

    /** Units whose event was observed. */
    public int eventCount() {
        int e = 0;
        for (int d : events) {
            e += d;
        }
        return e;
    }

    /** The distinct event times, ascending (where the curve steps down). */
    public double[] eventTimes() {
        return times.clone();
    }

    /** S just after each event time. */
    public double[] survivalAtEvents() {
        return survival.clone();
    }

    /** Units at risk just before each event time. */
    public int[] atRisk() {
        return atRisk.clone();
    }

    /** S(t): the share surviving past {@code t} (1 before the first event). */
    public double survival(double t) {
        int i = lastStepAtOrBefore(t);
        return i < 0 ? 1.0 : survival[i];
    }

    /** Greenwood's standard error of S(t) (0 before the first event). */
    public double standardError(double t) {
        int i = lastStepAtOrBefore(t);
        return i < 0 ? 0.0 : survival[i] * Math.sqrt(greenwood[i]);
    }

    /**
     * The pointwise confidence band of S(t) at coverage {@code level} on the log(-log) scale:
     * {@code S^exp(+-z sigma)} with {@code sigma^2 = greenwood / log(S)^2}; [1, 1] before the first event and
     * [0, 0] once S is 0.
     *
     * @return {low, high}
     */
    public double[] band(double t, double level) {
        int i = lastStepAtOrBefore(t);
        if (i < 0) {
            return new double[] {1, 1};
        }
        double s = survival[i];
        if (s <= 0) {
            return new double[] {0, 0};
        }
        if (s >= 1) {
            return new double[] {1, 1};
        }
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double log = Math.log(s);
        double sigma = Math.sqrt(greenwood[i]) / Math.abs(log);
        return new double[] {Math.pow(s, Math.exp(z * sigma)), Math.pow(s, Math.exp(-z * sigma))};
    }

    /**
     * The median survival time: the first event time at which S falls to 0.5 or below (the usual
     * definition; where S is exactly 0.5 over an interval, the midpoint to the next event time). NaN when S
     * never falls that far: then the median is only known to exceed {@link #lastTime()}.
     */
    public double median() {
        return quantile(0.5);
    }

    /** The time by which a share {@code p} of units has had its event (S falls to 1 - p); NaN if never reached. */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0, 1), got " + p);
        }
        double target = 1 - p;
        for (int i = 0; i < survival.length; i++) {
            if (survival[i] <= target + 1e-12) {
                if (Math.abs(survival[i] - target) <= 1e-12 && i + 1 < times.length) {
                    return 0.5 * (times[i] + times[i + 1]);
                }
                return times[i];
            }
        }
        return Double.NaN;
    }

    /** Whether the median was reached (S fell to 0.5 within the observed times). */
    public boolean medianReached() {
        return !Double.isNaN(median());
    }

    /** The largest time observed, event or censored: a median not reached lies beyond it. */
    public double lastTime() {
        return lastTime;
    }

    private int lastStepAtOrBefore(double t) {
        int lo = 0;
        int hi = times.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
