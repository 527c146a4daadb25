package org.anodefree.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.anodefree.ModelException;
import org.anodefree.cell.CathodeState;
import org.anodefree.cell.CellDesign;
import org.anodefree.current.ButlerVolmerKinetics;
import org.anodefree.current.Control;
import org.anodefree.current.CurrentDistribution;
import org.anodefree.current.CurrentProblem;
import org.anodefree.current.CurrentSolver;
import org.anodefree.current.Electrolyte;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingEvent;
import org.anodefree.cycling.CyclingRecordBuilder;
import org.anodefree.model.InterfaceLaws;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.protocol.Limit;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.protocol.Step;
import org.anodefree.protocol.StepLimits;
import org.anodefree.protocol.StepProgress;
import org.anodefree.units.LithiumMetal;

/**
 * Runs a protocol on the anode interface, time step by time step. Each time step: solve the current
 * distribution (galvanostatic, warm-started, Li-holding pixels active), form the cell voltage with
 * the counter electrode in series, write a row, test the step's limits, choose the time step, then
 * apply the laws over it: plating or stripping where the current flows, filament start and growth,
 * Li loss, nucleation on bare pixels, deposit relaxation, and the short-circuit check. Laws are
 * reached only through {@link InterfaceLaws}. Deterministic for a seed (one thread per run; the laws'
 * draws are counter-based).
 */
public final class Simulation {
    /** Own columns written beside the BDF ones. */
    public static final String ACTIVE_AREA = "Active Area Fraction / 1";
    public static final String MAX_CURRENT = "Max Local Current Density / mA/cm2";
    public static final String MAX_FILAMENT = "Max Filament Length / um";
    public static final String STRANDED = "Stranded Li / mAh/cm2";
    public static final String VOIDED = "Voided Area Fraction / 1";
    public static final String LOST = "Lost Li / mAh/cm2";

    /** Progress and snapshot callbacks (all optional). */
    public interface Listener {
        /** After each protocol step, with the interface at its end. */
        default void stepEnded(ScheduledStep step, SimulationSnapshot snapshot) {
        }

        /** Now and then: test time so far. */
        default void progress(double testTimeSeconds, long timeSteps) {
        }
    }

    /**
     * Solver tolerances inside the stepper: 1e-8 relative CG residual and a 1e-5 V Newton stop on the
     * spread of E - phi - eta over active pixels, looser than the solver's defaults (1e-10). The
     * galvanostatic total current is exact for any tolerance, so charge conservation does not depend on
     * it. A 10 uV misfit shifts local currents by about 1e-5 V / R_ct = 0.02 A/m2 (R_ct = RT / (F j0) =
     * 4.5 Ohm cm2), 0.4% of 0.5 mA/cm2, well inside what the explicit time step moves (up to 10% of a
     * pixel's thickness or current per step), and the cell voltage by at most 10 uV. Against 1e-7 V it
     * halves the Newton and CG work of a warm-started solve (4.6 CG / 1.1 Newton instead of 7.9 / 1.7 in
     * 200 x 200 cycling; docs/model.md section 12 has the effect on the reproduced rows).
     */
    public static final CurrentSolver.Settings SOLVER_SETTINGS = new CurrentSolver.Settings(1e-8, 1e-5, 10_000, 50);

    private final SimulationProblem problem;
    private final CellDesign cell;
    private final InterfaceLaws laws;
    private final SimulationSettings settings;
    private final CellCircuit circuit;
    private final InterfaceState state;
    private final InterfaceState.Ledger ledger = new InterfaceState.Ledger();
    private final CurrentSolver solver;
    private final double j0;
    private final double alpha;
    private final Electrolyte electrolyte;
    private final double separator;
    private final double cellArea;
    private final double[] etaBare;
    private final CyclingRecordBuilder record;
    private final int cycleCol;
    private final int stepCol;
    private final int activeCol;
    private final int maxCurrentCol;
    private final int filamentCol;
    private final int strandedCol;
    private final int voidedCol;
    private final int lostCol;
    private final double nucleationWindow;
    private final double[] currentWork;
    private final CurrentChangeStep changeStep;
    private final List<Double> minActive = new ArrayList<>();

    private CathodeState cathode;
    private CurrentDistribution last;
    private double plating; // electrochemical plating current density of the last solve, A/m2 (plating > 0)
    private double volts;
    private double time;
    private double lastFreeStep;
    private double lastRowTime = -1;
    private long timeSteps;
    private long solves;
    private long solverNanos;
    private long nucleationDraws;
    private double maxImbalance;
    private boolean shorted;
    private double shortTime;
    private String stop;

    public Simulation(SimulationProblem problem) {
        this.problem = problem;
        this.cell = problem.cell();
        ModelParameters p = problem.parameters();
        this.settings = problem.settings();
        this.laws = InterfaceLaws.from(p, cell, problem.widthPixels(), problem.pixelSizeMeters());
        this.nucleationWindow = p.value(Parameter.NUCLEATION_WINDOW);
        this.circuit = new CellCircuit(cell, p);
        double initial = cell.type().anodeStartsWithLithium() ? cell.lithiumFoilThicknessMeters() : 0;
        this.state = new InterfaceState(problem.widthPixels(), problem.pixelSizeMeters(), laws, problem.seed(), initial);
        this.j0 = p.value(Parameter.LI_EXCHANGE_CURRENT_DENSITY);
        this.alpha = p.value(Parameter.KINETICS_TRANSFER_COEFFICIENT);
        this.separator = cell.separatorThicknessMeters();
        this.electrolyte = new Electrolyte(p.value(Parameter.LPSC_CONDUCTIVITY), separator);
        this.cellArea = cell.electrodeAreaM2();
        int n = state.pixels;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        this.solver = new CurrentSolver(new CurrentProblem(state.width, state.width, problem.pixelSizeMeters(), ones,
                kinetics(1.0), electrolyte, new Control.Galvanostatic(0), 1), SOLVER_SETTINGS);
        this.etaBare = new double[n];
        this.currentWork = new double[n];
        this.changeStep = new CurrentChangeStep(n);
        this.cathode = cell.type().hasCathode() ? CathodeState.assembled(cell, p) : null;
        this.record = new CyclingRecordBuilder("seed-" + problem.seed(), 4096);
        this.cycleCol = record.intColumn(BdfColumns.CYCLE_COUNT);
        this.stepCol = record.intColumn(BdfColumns.STEP_COUNT);
        this.activeCol = record.doubleColumn(ACTIVE_AREA);
        this.maxCurrentCol = record.doubleColumn(MAX_CURRENT);
        this.filamentCol = record.doubleColumn(MAX_FILAMENT);
        this.strandedCol = record.doubleColumn(STRANDED);
        this.voidedCol = record.doubleColumn(VOIDED);
        this.lostCol = record.doubleColumn(LOST);
        record.metadata("cell", cell.type().id());
        record.metadata("seed", Long.toString(problem.seed()));
        ledger.initialMetal = state.metalCoulombsPerM2();
    }

    private ButlerVolmerKinetics kinetics(double scale) {
        return new ButlerVolmerKinetics(j0 * scale, alpha, 1 - alpha, cell.temperatureKelvin());
    }

    /** Runs the whole protocol (or until the run stops after a short circuit). */
    public SimulationResult run(Listener listener) {
        Listener l = listener == null ? new Listener() { } : listener;
        for (ScheduledStep s : problem.protocol().steps()) {
            while (minActive.size() < s.cycle()) {
                minActive.add(Double.NaN);
            }
            if (s.step() instanceof Step.ConstantCurrent cc) {
                constantCurrent(s, cc, l);
            } else if (s.step() instanceof Step.Rest r) {
                rest(s, r);
            } else {
                hold(s, (Step.Hold) s.step(), l);
            }
            l.stepEnded(s, snapshot(s));
            if (stop != null) {
                break;
            }
        }
        if (stop == null) {
            stop = "protocol complete";
        }
        double[] mins = new double[minActive.size()];
        for (int i = 0; i < mins.length; i++) {
            mins[i] = minActive.get(i);
        }
        record.metadata("stop", stop);
        return new SimulationResult(record.build(), mins, maxImbalance, timeSteps, solves, solverNanos / 1e9, stop);
    }

    private void constantCurrent(ScheduledStep s, Step.ConstantCurrent cc, Listener l) {
        boolean platingStep = cc.mode().plating();
        double magnitude = cc.currentDensityAmpsPerM2();
        double external = platingStep ? magnitude : -magnitude;
        OptionalDouble planned = StepLimits.plannedDurationSeconds(cc);
        double elapsed = 0;
        // A step that starts on existing Li resumes at the last unclipped time step (the stability
        // bounds below still apply to the new current); plating onto bare Cu starts at the minimum
        // so that the nucleation transient is resolved.
        double dtPrev = state.activePixels(platingStep) > 0 && lastFreeStep > 0 ? lastFreeStep / settings.maxStepGrowth()
                : settings.minStepSeconds();
        boolean landed = false;
        changeStep.reset();
        while (true) {
            if (shorted && circuit.platingVoltageSign() > 0) {
                // A cell with a cathode discharges itself through the bridge (amps per cm2 through
                // ~1 Ohm cm2 at ~3.7 V); that is not simulated, so its run stops at the short.
                stop = "short circuit";
                break;
            }
            if (platingStep && state.activePixels(true) == 0) {
                firstNuclei(external);
            }
            if (!platingStep && state.activePixels(false) == 0) {
                closeStep(s, external, elapsed);
                record.warn("step " + s.stepNumber() + ": no Li left in contact to strip at " + time + " s"
                        + (state.lithiumPixels() > 0 ? " (the rest is stranded behind voids)" : ""));
                break;
            }
            if (cathode != null && (platingStep ? cathode.extractableCoulombsPerM2() : cathode.acceptableCoulombsPerM2())
                    <= 1e-9 * cathode.loadingCoulombsPerM2()) {
                closeStep(s, external, elapsed); // the cathode is empty (charge) or full (discharge)
                break;
            }
            solve(external);
            writeRow(s, external);
            Limit reached = StepLimits.reached(cc, new StepProgress(elapsed, magnitude * elapsed, volts, magnitude));
            if (reached != null || landed) {
                break;
            }
            if (shorted && time - shortTime >= settings.afterShortSeconds()) {
                stop = "short circuit";
                break;
            }
            if (timeSteps >= settings.maxTimeSteps()) {
                throw new ModelException("simulation: more than " + settings.maxTimeSteps() + " time steps");
            }
            // after a short the fixed cap: the run's last hour ends within a 5 min step of it, as it did
            double cap = shorted ? settings.maxStepSeconds() : changeStep.cap(currentWork, volts, time, plating, settings);
            double dt = Math.min(cap, dtPrev * settings.maxStepGrowth());
            dt = Math.min(dt, stableStep());
            dt = Math.max(dt, settings.minStepSeconds());
            if (cathode != null && plating != 0) {
                double room = plating > 0 ? cathode.extractableCoulombsPerM2() : cathode.acceptableCoulombsPerM2();
                dt = Math.min(dt, room / Math.abs(plating));
            }
            if (plating < 0) {
                dt = Math.min(dt, state.strippableCoulombsPerM2() / -plating);
            }
            lastFreeStep = dt;
            if (planned.isPresent() && dt >= planned.getAsDouble() - elapsed) {
                dt = planned.getAsDouble() - elapsed;
                landed = true;
            }
            advance(s, dt, external);
            elapsed += dt;
            dtPrev = dt;
            if ((timeSteps & 63) == 0) {
                l.progress(time, timeSteps);
            }
        }
    }

    /**
     * A constant-voltage hold (cells with a cathode). Each time step the interface current p
     * (plating-positive) is the root of V(p) = held voltage, V rising strictly with p: bracketed from
     * the last current and closed by {@link IncreasingRoot}; the laws then run at p. Time steps as in a
     * constant-current step, from the shortest, also bounded by {@link HoldTimeStep}. Rows: one at the
     * start; after each time step one at the held voltage with the current that flowed over it (as
     * cyclers log a hold, and as the cycle analysis integrates rows, so the record's charge is the
     * ledger's); on the current limit, one more at the same time with the current that reached it.
     */
    private void hold(ScheduledStep s, Step.Hold h, Listener l) {
        if (cathode == null) {
            throw new ModelException("step " + s.stepNumber() + ": a voltage hold needs a cell with a cathode");
        }
        double target = h.voltageVolts();
        DoubleUnaryOperator offset = p -> {
            solveAt(p);
            return volts - target;
        };
        double limit = HoldTimeStep.currentLimit(h);
        OptionalDouble planned = StepLimits.plannedDurationSeconds(h);
        double elapsed = 0;
        double passed = 0;
        double dtPrev = settings.minStepSeconds() / settings.maxStepGrowth();
        double flowed = Double.NaN; // current over the time step just taken; NaN before the first
        double slope = Double.NaN; // dV/dp of the last root, for the next bracket
        boolean landed = false;
        while (true) {
            if (shorted) {
                stop = "short circuit"; // as in constant-current steps: a shorted cell with a cathode stops
                break;
            }
            boolean charging = target > circuit.openCircuitVolts(cathode);
            if (state.activePixels(charging) == 0) {
                if (charging) {
                    throw new ModelException("step " + s.stepNumber() + ": a hold that plates onto bare Cu is not "
                            + "simulated; charge at constant current first");
                }
                record.warn("step " + s.stepNumber() + ": no Li left in contact to strip at " + time + " s");
                break;
            }
            double x0 = plating;
            double f0 = offset.applyAsDouble(x0);
            double scale = Math.max(Math.max(Math.abs(x0), limit), 0.1);
            double stride = slope > 0 ? Math.min(2 * Math.abs(f0) / slope, scale) : scale;
            IncreasingRoot.Result root = IncreasingRoot.find(offset, x0, f0, stride, HoldTimeStep.VOLTS_TOLERANCE,
                    1e-14 * scale, "step " + s.stepNumber() + ": hold at " + target + " V");
            double p = root.root();
            if (plating != p) {
                solveAt(p);
            }
            if (root.slope() > 0) {
                slope = root.slope();
            }
            double recorded = Double.isNaN(flowed) ? p : flowed;
            writeRow(s, recorded);
            Limit reached = StepLimits.reached(h, new StepProgress(elapsed, passed, volts, Math.abs(p)));
            double room = p > 0 ? cathode.extractableCoulombsPerM2() : cathode.acceptableCoulombsPerM2();
            if (reached != null || landed || room <= 1e-9 * cathode.loadingCoulombsPerM2()) {
                if (reached instanceof Limit.Current && recorded != p) {
                    writeRow(s, p);
                }
                break;
            }
            if (timeSteps >= settings.maxTimeSteps()) {
                throw new ModelException("simulation: more than " + settings.maxTimeSteps() + " time steps");
            }
            double dt = Math.min(settings.maxStepSeconds(), dtPrev * settings.maxStepGrowth());
            dt = Math.min(dt, stableStep());
            dt = Math.max(HoldTimeStep.bound(dt, dtPrev, flowed, p), settings.minStepSeconds());
            if (p != 0) {
                dt = Math.min(dt, room / Math.abs(p));
            }
            if (p < 0) {
                dt = Math.min(dt, state.strippableCoulombsPerM2() / -p);
            }
            if (planned.isPresent() && dt >= planned.getAsDouble() - elapsed) {
                dt = planned.getAsDouble() - elapsed;
                landed = true;
            }
            advance(s, dt, p);
            elapsed += dt;
            passed += Math.abs(p) * dt;
            flowed = p;
            dtPrev = dt;
            if ((timeSteps & 63) == 0) {
                l.progress(time, timeSteps);
            }
        }
    }

    /**
     * A step that ends because the cathode is empty or full, or no Li is left in contact to strip, cannot
     * be solved once more; this writes its closing row (the last solve's voltage, the step's current) so
     * that the record's rows integrate to the charge the step passed, as the ledger has it.
     */
    private void closeStep(ScheduledStep s, double external, double elapsed) {
        if (elapsed > 0 && lastRowTime < time) {
            writeRow(s, external);
        }
    }

    /** Longest time step that keeps thickness and filament changes within the settings' fractions. */
    private double stableStep() {
        double dt = Double.POSITIVE_INFINITY;
        if (last == null) {
            return dt;
        }
        double frac = settings.maxThicknessChangeFraction();
        double floor = settings.thicknessFloorMeters();
        double fil = settings.maxFilamentAdvanceFraction() * separator;
        dt = Math.min(dt, laws.voids().stableStepSeconds(currentWork, state.thicknessMeters, state.hasLithium,
                state.voidThresholdAmpsPerM2, state.voidContact, frac));
        for (int i = 0; i < state.pixels; i++) {
            double j = last.currentDensityAt(i);
            if (j == 0 || !state.active(i, j < 0)) {
                continue;
            }
            double rate = LithiumMetal.growthRateMetersPerSecond(Math.abs(j));
            dt = Math.min(dt, frac * Math.max(state.thicknessMeters[i], floor) / rate);
            if (j < 0 && state.filamentStarted[i] && state.filamentLengthMeters[i] < separator) {
                double v = laws.filaments().growthMetersPerSecond(-j);
                if (v > 0) {
                    dt = Math.min(dt, fil / v);
                }
            }
        }
        return dt;
    }

    /**
     * Solves the interface at the cell's external current density (plating-positive). Without a short
     * the interface carries all of it; with one, the electrochemical part p solves
     * g(p) = p + s V(p) / R_short - external = 0 (s: {@link CellCircuit#platingVoltageSign()}), where g
     * increases strictly with p: bracketed from the last p and found by the Illinois variant of regula
     * falsi ({@link IncreasingRoot}, shared with voltage holds), which keeps the bracket, so it cannot run
     * away into the exponential branches of the kinetics as a plain secant can.
     */
    private void solve(double external) {
        if (!shorted) {
            solveAt(external);
            return;
        }
        double rs = laws.shortCircuit().shortResistanceOhmM2(state.bridgingFilaments(laws, separator));
        double scale = Math.max(Math.abs(external), 1e-3);
        double x0 = plating;
        double f0 = residual(x0, rs, external);
        IncreasingRoot.Result root = IncreasingRoot.find(p -> residual(p, rs, external), x0, f0, scale,
                1e-10 * scale, 1e-14 * scale, "short circuit: current split at " + external + " A/m2");
        if (plating != root.root()) {
            solveAt(root.root());
        }
    }

    private double residual(double p, double shortResistanceOhmM2, double external) {
        solveAt(p);
        return p + circuit.platingVoltageSign() * volts / shortResistanceOhmM2 - external;
    }

    private void solveAt(double platingAmpsPerM2) {
        double scale = state.fillContact(laws, platingAmpsPerM2 > 0);
        CurrentProblem cp = new CurrentProblem(state.width, state.width, problem.pixelSizeMeters(),
                state.contactFraction, kinetics(scale), electrolyte, new Control.Galvanostatic(-platingAmpsPerM2), 1);
        long t0 = System.nanoTime();
        last = solver.solve(cp, last);
        solverNanos += System.nanoTime() - t0;
        solves++;
        plating = platingAmpsPerM2;
        fillCurrent();
        volts = circuit.cellVolts(last.electrodePotentialVolts(), -platingAmpsPerM2, cathode);
    }

    /**
     * Plating onto an interface with no Li. The electrode polarises (double-layer charging, not
     * modelled, takes about a millisecond at these currents) and bare pixels nucleate as the
     * overpotential rises, until the nucleated pixels can carry the applied current. Quasi-static: the
     * overpotential starts where one nucleus is expected within the nucleation window
     * ({@code nucleation.windowSeconds}) over the patch and rises by at most 5% at a time; at each level bare pixels nucleate over that
     * window; it stops when the solve on the nucleated pixels leaves the bare pixels at no more
     * overpotential than the level reached. No time passes and no row is written during the ramp;
     * the first row is the solve at its end (the top of the nucleation dip).
     */
    private void firstNuclei(double external) {
        int n = state.pixels;
        double lo = 0;
        double hi = 2.0;
        for (int it = 0; it < 80; it++) {
            double mid = 0.5 * (lo + hi);
            if (n * laws.nucleation().probability(mid, nucleationWindow) >= 1) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double eta = hi;
        for (int attempt = 0; attempt < 1000; attempt++) {
            for (int i = 0; i < n; i++) {
                etaBare[i] = state.hasLithium[i] ? 0 : eta;
            }
            laws.nucleation().nucleate(etaBare, state.hasLithium, nucleationWindow, problem.seed(),
                    nucleationDraws++);
            if (state.activePixels(true) == 0) {
                eta *= 1.05;
                continue;
            }
            if (state.lithiumPixels() == n) {
                return;
            }
            solveAt(external);
            double e = last.electrodePotentialVolts();
            double bare = 0;
            for (int i = 0; i < n; i++) {
                if (!state.hasLithium[i]) {
                    bare = Math.max(bare, last.interfacePotentialAt(i) - e);
                }
            }
            if (bare <= eta) {
                return;
            }
            eta = Math.min(bare, eta * 1.05);
        }
        throw new ModelException("plating onto bare current collector: nucleation did not catch up with the current"
                + String.format(Locale.ROOT, " up to %.3g V", eta));
    }

    private void advance(ScheduledStep s, double dt, double external) {
        if (plating > 0) {
            state.plate(last, dt, laws, separator, ledger);
            // Read the potential in place: a copy of the field every time step is the allocation to avoid.
            double e = last.electrodePotentialVolts();
            for (int i = 0; i < state.pixels; i++) {
                etaBare[i] = state.hasLithium[i] ? 0 : last.interfacePotentialAt(i) - e;
            }
            laws.nucleation().nucleate(etaBare, state.hasLithium, dt, problem.seed(), nucleationDraws++);
        } else if (plating < 0) {
            state.strip(last, dt, ledger);
        }
        settle(dt);
        if (cathode != null) {
            double q = Math.abs(plating) * dt;
            cathode = plating > 0 ? cathode.charged(Math.min(q, cathode.extractableCoulombsPerM2()), dt, s.cycle())
                    : cathode.discharged(Math.min(q, cathode.acceptableCoulombsPerM2()));
        }
        ledger.passed += external * dt;
        ledger.bypassed += (external - plating) * dt;
        time += dt;
        timeSteps++;
        maxImbalance = Math.max(maxImbalance, ledger.relativeImbalance(state.metalCoulombsPerM2()));
        if (!shorted) {
            int bridging = state.bridgingFilaments(laws, separator);
            if (bridging > 0) {
                shorted = true;
                shortTime = time;
                // a half cell writes the collapsed voltage in the next row; a cell with a cathode stops
                // here, so its event goes on the last row written
                int row = circuit.platingVoltageSign() > 0 ? record.rows() - 1 : record.rows();
                record.addEvent(new CyclingEvent(CyclingEvent.Kind.SHORT_CIRCUIT, row, time,
                        String.format(Locale.ROOT, "%d filament(s) crossed the %.0f um separator in step %d",
                                bridging, separator * 1e6, s.stepNumber())));
            }
        }
    }

    private void rest(ScheduledStep s, Step.Rest r) {
        volts = circuit.openCircuitVolts(cathode);
        plating = 0;
        writeRow(s, 0);
        double left = r.durationSeconds();
        java.util.Arrays.fill(currentWork, 0);
        while (left > 0) {
            double dt = Math.min(left, settings.maxStepSeconds());
            settle(dt);
            time += dt;
            left -= dt;
            timeSteps++;
        }
        volts = circuit.openCircuitVolts(cathode);
        writeRow(s, 0);
    }

    /**
     * The last solve's local current densities (A/m2, anodic positive) into {@link #currentWork}, once per
     * solve, for the void law's step bound and update (rests set it to zero).
     */
    private void fillCurrent() {
        for (int i = 0; i < state.pixels; i++) {
            currentWork[i] = last == null ? 0 : last.currentDensityAt(i);
        }
    }

    /**
     * Voids and creep over {@code dt} with the currents in {@link #currentWork}: contact is lost or
     * regained first (it depends on the thickness the current left), then the deposit flows; then the
     * interphase consumes Li where Li touches the electrolyte (at rest too: the reaction is chemical).
     */
    private void settle(double dt) {
        laws.voids().evolve(currentWork, state.thicknessMeters, state.hasLithium, state.voidThresholdAmpsPerM2,
                state.voidContact, dt);
        laws.depositRelaxation().relax(state.thicknessMeters, state.hasLithium, state.width, problem.pixelSizeMeters(),
                dt);
        state.growInterphase(dt, laws.lithiumLoss(), ledger);
    }

    private void writeRow(ScheduledStep s, double external) {
        double active = state.activeAreaFraction();
        double maxJ = 0;
        if (last != null && external != 0) {
            for (int i = 0; i < state.pixels; i++) {
                maxJ = Math.max(maxJ, Math.abs(last.currentDensityAt(i)));
            }
        }
        lastRowTime = time;
        record.set(CyclingRecordBuilder.TIME, time);
        record.set(CyclingRecordBuilder.VOLTAGE, volts);
        // BDF: positive current charges the cell as wired. Cells with a cathode charge by plating; a half
        // cell's voltage is Cu minus Li, so plating onto Cu discharges it (negative, as a cycler logs it).
        record.set(CyclingRecordBuilder.CURRENT, circuit.platingVoltageSign() * external * cellArea);
        record.setInt(cycleCol, (int) s.cycle());
        record.setInt(stepCol, (int) s.stepNumber());
        record.set(activeCol, active);
        record.set(maxCurrentCol, maxJ / 10.0);
        record.set(filamentCol, state.maxFilamentLengthMeters() * 1e6);
        record.set(strandedCol, state.strandedCoulombsPerM2() / LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2);
        record.set(voidedCol, state.voidedAreaFraction());
        record.set(lostCol, ledger.lost / LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2);
        record.endRow();
        int c = (int) s.cycle() - 1;
        double m = minActive.get(c);
        if (external != 0 && (Double.isNaN(m) || active < m)) {
            minActive.set(c, active);
        }
    }

    private SimulationSnapshot snapshot(ScheduledStep s) {
        double[] j = last == null ? new double[state.pixels] : last.currentDensityAmpsPerM2();
        return new SimulationSnapshot(s.stepNumber(), s.cycle(), time, state.width, problem.pixelSizeMeters(),
                state.thicknessMeters.clone(), j, state.filamentLengthMeters.clone(),
                state.contactCopy());
    }
}
