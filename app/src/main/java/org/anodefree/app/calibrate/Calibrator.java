package org.anodefree.app.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.anodefree.InputException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.random.Well19937c;

/**
 * Minimises a {@link CalibrationObjective} over bounded free parameters with a derivative-free
 * Hipparchus optimiser, in the unit cube the parameters map to (so a log-scaled range over decades
 * and a linear one are equally easy to step through):
 * BOBYQA (Powell, "The BOBYQA algorithm for bound constrained optimization without derivatives",
 * Cambridge DAMTP 2009/NA06) for two or more parameters by default; CMA-ES (Hansen and Ostermeier,
 * Evolutionary Computation 9, 159 (2001)) when the objective is too rough for quadratic models;
 * Brent's method for a single parameter (BOBYQA needs two).
 *
 * <p>The start is evaluated first. Evaluations are cached by point, and the optimiser is stopped
 * when the evaluation budget or the wall-time budget is spent; the result is the best point seen.
 */
public final class Calibrator {
    /** Initial trust-region radius (BOBYQA) and step size (CMA-ES) in the unit cube. */
    static final double INITIAL_STEP = 0.2;
    /** BOBYQA stops when its trust region is this small in the unit cube. */
    static final double FINAL_STEP = 1e-3;

    /**
     * The outcome of a calibration.
     *
     * @param start the evaluation at the start values
     * @param best the evaluation with the smallest objective
     * @param history every evaluation in the order made
     * @param stopReason why the optimiser stopped, in words
     * @param wallSeconds wall time of the whole calibration
     */
    public record Result(Evaluation start, Evaluation best, List<Evaluation> history, String stopReason,
            double wallSeconds) {
        public Result {
            history = List.copyOf(history);
        }
    }

    /** Thrown inside the objective to stop the optimiser when a budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent(String why) {
            super(why, null, false, false);
        }
    }

    private final List<FreeParameter> parameters;
    private final CalibrationObjective objective;
    private final int budget;
    private final double wallSeconds;
    private final Consumer<Evaluation> progress;
    private final Map<List<Double>, Evaluation> cache = new HashMap<>();
    private final List<Evaluation> history = new ArrayList<>();
    private double[] startUnit;
    private double[] startValues;
    private long startNanos;
    private Evaluation best;

    private Calibrator(List<FreeParameter> parameters, CalibrationObjective objective, int budget, double wallSeconds,
            Consumer<Evaluation> progress) {
        this.parameters = List.copyOf(parameters);
        this.objective = objective;
        this.budget = budget;
        this.wallSeconds = wallSeconds;
        this.progress = progress == null ? e -> { } : progress;
    }

    /**
     * Minimises {@code objective} from {@code start}.
     *
     * @param start start values in the parameters' units, inside their bounds
     * @param optimizer {@code bobyqa} or {@code cmaes} (ignored for one parameter)
     * @param budget most evaluations, the start included
     * @param wallSeconds no evaluation starts after this much wall time
     * @param progress called after every new evaluation, or null
     */
    public static Result minimize(List<FreeParameter> parameters, double[] start, CalibrationObjective objective,
            String optimizer, int budget, double wallSeconds, Consumer<Evaluation> progress) {
        if (start.length != parameters.size()) {
            throw new IllegalArgumentException(start.length + " start values for " + parameters.size() + " parameters");
        }
        double[] u0 = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            FreeParameter p = parameters.get(i);
            if (!(start[i] >= p.min() && start[i] <= p.max())) {
                throw new InputException("calibration: " + p.parameter().key() + " starts at " + start[i]
                        + ", outside its bounds " + p.min() + " to " + p.max() + "; widen the bounds in the spec");
            }
            u0[i] = p.toUnit(start[i]);
        }
        Calibrator c = new Calibrator(parameters, objective, budget, wallSeconds, progress);
        c.startUnit = u0.clone();
        c.startValues = start.clone();
        return c.run(u0, optimizer);
    }

    private Result run(double[] u0, String optimizer) {
        startNanos = System.nanoTime();
        String reason;
        try {
            at(u0);
            reason = optimise(u0, optimizer);
        } catch (BudgetSpent e) {
            reason = e.getMessage();
        } catch (MathIllegalStateException e) {
            reason = "optimiser stopped: " + e.getMessage();
        }
        return new Result(history.get(0), best, history, reason, (System.nanoTime() - startNanos) / 1e9);
    }

    private String optimise(double[] u0, String optimizer) {
        int n = u0.length;
        ObjectiveFunction f = new ObjectiveFunction(u -> at(u).objective());
        MaxEval maxEval = new MaxEval(10 * budget + 100);
        if (n == 1) {
            new BrentOptimizer(1e-6, FINAL_STEP).optimize(maxEval, GoalType.MINIMIZE,
                    new UnivariateObjectiveFunction(u -> at(new double[] {u}).objective()),
                    new SearchInterval(0, 1, u0[0]));
            return "converged (Brent, tolerance " + FINAL_STEP + " of the range)";
        }
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(hi, 1);
        if (optimizer.equals("cmaes")) {
            double[] sigma = new double[n];
            Arrays.fill(sigma, INITIAL_STEP);
            int lambda = 4 + (int) (3 * Math.log(n));
            new CMAESOptimizer(budget, 0, true, 0, 0, new Well19937c(1), false, new SimpleValueChecker(1e-6, 1e-9))
                    .optimize(maxEval, f, GoalType.MINIMIZE, new InitialGuess(u0), new SimpleBounds(lo, hi),
                            new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
            return "converged (CMA-ES)";
        }
        new BOBYQAOptimizer(2 * n + 1, INITIAL_STEP, FINAL_STEP)
                .optimize(maxEval, f, GoalType.MINIMIZE, new InitialGuess(u0), new SimpleBounds(lo, hi));
        return "converged (BOBYQA trust region below " + FINAL_STEP + " of the ranges)";
    }

    /** The evaluation at unit-cube point {@code u}: cached, or made if the budgets allow. */
    private Evaluation at(double[] u) {
        // The start maps to the unit cube and back with rounding; evaluate it at exactly the values given.
        boolean atStart = Arrays.equals(u, startUnit);
        double[] v = new double[u.length];
        List<Double> key = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            v[i] = atStart ? startValues[i] : parameters.get(i).fromUnit(u[i]);
            key.add(v[i]);
        }
        Evaluation hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        if (history.size() >= budget) {
            throw new BudgetSpent("evaluation budget of " + budget + " spent");
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        if (!history.isEmpty() && elapsed >= wallSeconds) {
            throw new BudgetSpent(String.format(java.util.Locale.ROOT, "wall-time budget of %.0f s spent", wallSeconds));
        }
        Evaluation e = objective.evaluate(v).numbered(history.size() + 1);
        cache.put(key, e);
        history.add(e);
        if (best == null || e.objective() < best.objective()) {
            best = e;
        }
        progress.accept(e);
        return e;
    }
}
