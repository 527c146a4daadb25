package org.anodefree.sim;

import java.util.Locale;
import java.util.OptionalDouble;
import org.anodefree.ModelException;
import org.anodefree.cell.CathodeState;
import org.anodefree.cell.CellDesign;
import org.anodefree.current.Electrolyte;
import org.anodefree.cycling.CyclingEvent;
import org.anodefree.model.InterfaceModel;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.protocol.Step;

/**
 * Runs a protocol on the anode interface, time step by time step: the driver of a simulation, shaped like
 * an ODE integrator. Each protocol step runs one loop, whatever sets its current ({@link StepControl}: a
 * constant current or a held voltage): stop checks ({@link StopDetectors}), the solve
 * ({@link Electrochemistry}), a recorded row (to the {@link RowListener}s: the {@link RecordWriter} and
 * the per-cycle {@link CycleMinima}), the step's limits, the next time step ({@link TimeStepPolicy}, which
 * names the bound that limited it), then the laws over it ({@link #advance}). The laws come with the
 * problem's {@link InterfaceModel}; nothing here builds one. Deterministic for a seed (one thread per run;
 * the laws' draws are counter-based).
 */
public final class Simulation implements RunContext {
    /** Own columns written beside the BDF ones. */
    public static final String ACTIVE_AREA = "Active Area Fraction / 1";
    public static final String MAX_CURRENT = "Max Local Current Density / mA/cm2";
    public static final String MAX_FILAMENT = "Max Filament Length / um";
    public static final String STRANDED = "Stranded Li / mAh/cm2";
    public static final String VOIDED = "Voided Area Fraction / 1";
    public static final String LOST = "Lost Li / mAh/cm2";

    /** The current solver's tolerances inside the stepper (why these: {@code Electrochemistry}). */
    public static final org.anodefree.current.CurrentSolver.Settings SOLVER_SETTINGS = Electrochemistry.SOLVER_SETTINGS;

    /** Progress and snapshot callbacks (all optional). */
    public interface Listener {
        /** After each protocol step, with the interface at its end. */
        default void stepEnded(ScheduledStep step, SimulationSnapshot snapshot) {
        }

        /** Now and then: test time so far. */
        default void progress(double testTimeSeconds, long timeSteps) {
        }
    }

    private final SimulationProblem problem;
    private final SimulationSettings settings;
    private final InterfaceState state;
    private final Electrochemistry echem;
    private final BareNucleation nucleation;
    private final LithiumStripping stripping;
    private final ChargeLedger ledger;
    private final RecordWriter writer;
    private final CycleMinima minima = new CycleMinima();
    private final TimeStepPolicy policy;
    private final CurrentChangeStep changeStep;
    private final boolean hasCathode;
    private final double separator;

    private CathodeState cathode;
    private double time;
    private double lastFreeStep;
    private long timeSteps;
    private boolean shorted;
    private double shortTime;
    private StopReason stop;

    public Simulation(SimulationProblem problem) {
        this.problem = problem;
        this.settings = problem.settings();
        CellDesign cell = problem.cell();
        InterfaceModel model = problem.model();
        this.separator = cell.separatorThicknessMeters();
        this.hasCathode = cell.type().hasCathode();
        double initial = cell.type().anodeStartsWithLithium() ? cell.lithiumFoilThicknessMeters() : 0;
        this.state = new InterfaceState(problem.grid(), model, problem.seed(), separator, initial);
        CellCircuit circuit = new CellCircuit(cell, model.kinetics(), problem.cathode());
        Electrolyte electrolyte = new Electrolyte(cell.separatorConductivitySiemensPerMeter(), separator);
        this.echem = new Electrochemistry(state, model, circuit, electrolyte);
        this.nucleation = new BareNucleation(model.nucleation(), problem.seed(), settings.nucleationWindowSeconds(),
                state.pixels());
        this.stripping = new LithiumStripping(state.pixels());
        this.changeStep = new CurrentChangeStep(state.pixels());
        this.policy = new TimeStepPolicy(settings, state, separator);
        this.cathode = hasCathode ? problem.cathode().assembled(cell) : null;
        this.ledger = new ChargeLedger(state.metalCoulombsPerM2());
        this.writer = new RecordWriter("seed-" + problem.seed(), state, echem, ledger, circuit.platingVoltageSign(),
                cell.electrodeAreaM2());
        writer.metadata("cell", cell.type().id());
        writer.metadata("seed", Long.toString(problem.seed()));
    }

    /** Runs the whole protocol (or until the run stops after a short circuit). */
    public SimulationResult run(Listener listener) {
        Listener l = listener == null ? new Listener() { } : listener;
        for (ScheduledStep s : problem.protocol().steps()) {
            minima.reach(s.cycle());
            if (s.step() instanceof Step.Rest r) {
                rest(s, r);
            } else if (s.step() instanceof Step.Hold) {
                runStep(s, new VoltageHoldControl(s, this, state, echem, settings), l);
            } else {
                runStep(s, new ConstantCurrentControl(s, this, state, echem, nucleation, changeStep, settings), l);
            }
            l.stepEnded(s, snapshot(s));
            if (stop != null) {
                break;
            }
        }
        if (stop == null) {
            stop = StopReason.PROTOCOL_COMPLETE;
        }
        writer.metadata("stop", stop.description());
        return new SimulationResult(writer.build(), minima.toArray(), ledger.maxImbalance(), timeSteps, echem.solves(),
                echem.solverSeconds(), stop, policy.counts(), state.creepSaturatedCalls());
    }

    /** The one loop of constant-current and hold steps. */
    private void runStep(ScheduledStep s, StepControl control, Listener l) {
        OptionalDouble planned = control.plannedDurationSeconds();
        double elapsed = 0;
        double dtPrev = control.initialPreviousStepSeconds();
        boolean landed = false;
        while (true) {
            StepEnd end = control.beforeSolve(elapsed);
            if (end == StepEnd.SHORT_CIRCUIT) {
                stop = StopReason.SHORT_CIRCUIT;
                break;
            }
            if (end != null) {
                control.ended(end, elapsed);
                break;
            }
            control.solveAndRecord();
            if (control.afterRow(elapsed, landed) != null) {
                break;
            }
            if (StopDetectors.afterShort(shorted, time, shortTime, settings.afterShortSeconds()) != null) {
                stop = StopReason.SHORT_CIRCUIT;
                break;
            }
            if (timeSteps >= settings.maxTimeSteps()) {
                throw new ModelException("simulation: more than " + settings.maxTimeSteps() + " time steps");
            }
            double cap = control.capSeconds();
            double external = control.externalAmpsPerM2();
            TimeStepPolicy.Choice choice = policy.next(cap, control.capBound(), dtPrev, echem.current(),
                    control.extraBound(dtPrev), cathode, echem.plating(),
                    planned.isPresent() ? planned.getAsDouble() - elapsed : Double.POSITIVE_INFINITY);
            landed = choice.landed();
            advance(s, choice.seconds(), external);
            policy.taken(choice.bound());
            control.advanced(choice);
            elapsed += choice.seconds();
            dtPrev = choice.seconds();
            if ((timeSteps & 63) == 0) {
                l.progress(time, timeSteps);
            }
        }
    }

    /**
     * The laws over one time step at the last solve's currents: plating (filaments first, then the flat
     * deposit) and nucleation on bare pixels, or stripping; then contact, creep and the interphase
     * ({@link #settle}); the cathode's inventory; the charge ledger (checked every step); and the short
     * circuit, when a filament has bridged.
     */
    private void advance(ScheduledStep s, double dt, double external) {
        double plating = echem.plating();
        if (plating > 0) {
            ledger.plated(state.plate(echem.last(), dt));
            nucleation.afterPlating(echem.last(), dt, state);
        } else if (plating < 0) {
            ledger.stripped(state.strip(echem.last(), dt, stripping));
        }
        settle(dt);
        if (cathode != null) {
            double q = Math.abs(plating) * dt;
            cathode = plating > 0 ? cathode.charged(Math.min(q, cathode.extractableCoulombsPerM2()), dt, s.cycle())
                    : cathode.discharged(Math.min(q, cathode.acceptableCoulombsPerM2()));
        }
        ledger.passed(external * dt, (external - plating) * dt);
        time += dt;
        timeSteps++;
        ledger.check(state.metalCoulombsPerM2());
        if (!shorted) {
            int bridging = state.filaments().bridging();
            if (bridging > 0) {
                shorted = true;
                shortTime = time;
                // a half cell writes the collapsed voltage in the next row; a cell with a cathode stops
                // here, so its event goes on the last row written
                int row = hasCathode ? writer.rows() - 1 : writer.rows();
                writer.event(new CyclingEvent(CyclingEvent.Kind.SHORT_CIRCUIT, row, time,
                        String.format(Locale.ROOT, "%d filament(s) crossed the %.0f um separator in step %d",
                                bridging, separator * 1e6, s.stepNumber())));
            }
        }
    }

    /**
     * Voids and creep over {@code dt} with the last solve's currents (zero at rest): contact is lost or
     * regained first (it depends on the thickness the current left), then the deposit flows; then the
     * interphase consumes Li where Li touches the electrolyte (at rest too: the reaction is chemical).
     */
    private void settle(double dt) {
        state.evolveContactAndCreep(echem.current(), dt);
        ledger.lost(state.consumeInterphase(dt));
    }

    private void rest(ScheduledStep s, Step.Rest r) {
        echem.rest(cathode);
        record(s, 0);
        double left = r.durationSeconds();
        while (left > 0) {
            double dt = policy.restStep(left);
            settle(dt);
            time += dt;
            left -= dt;
            timeSteps++;
            policy.taken(left > 0 ? StepBound.MAX_STEP : StepBound.STEP_END);
        }
        echem.rest(cathode);
        record(s, 0);
    }

    @Override
    public void record(ScheduledStep s, double externalAmpsPerM2) {
        RowListener.Row row = new RowListener.Row(s, time, echem.volts(), externalAmpsPerM2, state.activeAreaFraction());
        writer.row(row);
        minima.row(row);
    }

    @Override
    public void recordClosing(ScheduledStep s, double externalAmpsPerM2, double elapsedSeconds) {
        if (elapsedSeconds > 0 && writer.lastRowTime() < time) {
            record(s, externalAmpsPerM2);
        }
    }

    @Override
    public void warn(String message) {
        writer.warn(message);
    }

    @Override
    public double timeSeconds() {
        return time;
    }

    @Override
    public boolean shorted() {
        return shorted;
    }

    @Override
    public int bridgingFilaments() {
        return state.filaments().bridging();
    }

    @Override
    public CathodeState cathode() {
        return cathode;
    }

    @Override
    public double lastFreeStepSeconds() {
        return lastFreeStep;
    }

    @Override
    public void lastFreeStepSeconds(double seconds) {
        lastFreeStep = seconds;
    }

    private SimulationSnapshot snapshot(ScheduledStep s) {
        double[] j = echem.last() == null ? new double[state.pixels()] : echem.last().currentDensityAmpsPerM2();
        return SimulationSnapshot.adopting(s.stepNumber(), s.cycle(), time, problem.grid(), state.thicknessCopy(), j,
                state.filaments().lengthsToArray(), state.contactCopy());
    }
}
