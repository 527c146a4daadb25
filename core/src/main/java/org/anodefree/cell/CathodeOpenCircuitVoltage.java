package org.anodefree.cell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.anodefree.InputException;
import org.anodefree.ModelException;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

/**
 * The open-circuit voltage of the cathode against Li/Li+ as a function of its state of charge (0 =
 * fully lithiated as assembled, 1 = delithiated to the loading's rated capacity): tabulated points
 * joined by a monotone cubic, so voltage rises strictly with state of charge and can be inverted.
 *
 * <p>The default table ({@code parameters/cathode-ocv.csv}) samples the published NMC fit of Chen et
 * al., J. Electrochem. Soc. 167, 080534 (2020), doi:10.1149/1945-7111/ab9050. That curve is for NMC811;
 * it stands in for the source study's NMC622 until an NMC622 table replaces the file (same columns).
 */
public final class CathodeOpenCircuitVoltage {
    /** The classpath resource of the default table. */
    public static final String DEFAULT_RESOURCE = "/parameters/cathode-ocv.csv";

    private final double[] stateOfCharge;
    private final double[] volts;
    private final PolynomialSplineFunction curve;

    /** A curve through the given points; state of charge must increase strictly, voltage must rise strictly. */
    public CathodeOpenCircuitVoltage(double[] stateOfCharge, double[] volts) {
        if (stateOfCharge.length < 2 || stateOfCharge.length != volts.length) {
            throw new InputException("cathode OCV: need at least two (state of charge, voltage) points, got "
                    + stateOfCharge.length + " and " + volts.length);
        }
        for (int i = 1; i < volts.length; i++) {
            if (!(stateOfCharge[i] > stateOfCharge[i - 1]) || !(volts[i] > volts[i - 1])) {
                throw new InputException("cathode OCV: point " + (i + 1) + " (" + stateOfCharge[i] + ", " + volts[i]
                        + " V): state of charge and voltage must both increase strictly");
            }
        }
        this.stateOfCharge = stateOfCharge.clone();
        this.volts = volts.clone();
        this.curve = MonotoneCubic.interpolate(this.stateOfCharge, this.volts);
    }

    /** The default NMC curve (see class javadoc for its source). */
    public static CathodeOpenCircuitVoltage defaultNmc() {
        try (InputStream in = CathodeOpenCircuitVoltage.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the build");
            }
            return readCsv(in, "cathode-ocv.csv");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Reads {@code stateOfCharge,openCircuitVolts} rows; lines starting with '#' and the header are skipped. */
    public static CathodeOpenCircuitVoltage readCsv(InputStream in, String source) throws IOException {
        List<double[]> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        boolean header = false;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!t.equals("stateOfCharge,openCircuitVolts")) {
                    throw InputException.at(source, n, 1, "expected the header 'stateOfCharge,openCircuitVolts'");
                }
                continue;
            }
            // two numbers a line in core's own resource: core cannot use io's tokenizer (io.FieldSpans), and
            // this needs none of it (no empty fields, no decimal commas)
            String[] cells = t.split(",");
            try {
                rows.add(new double[] {Double.parseDouble(cells[0].strip()), Double.parseDouble(cells[1].strip())});
            } catch (RuntimeException e) {
                throw InputException.at(source, n, 1, "expected two numbers 'stateOfCharge,volts', found '" + t + "'");
            }
        }
        double[] s = new double[rows.size()];
        double[] v = new double[rows.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = rows.get(i)[0];
            v[i] = rows.get(i)[1];
        }
        return new CathodeOpenCircuitVoltage(s, v);
    }

    /** Open-circuit voltage (V vs Li/Li+) at a state of charge inside the table. */
    public double volts(double stateOfCharge) {
        if (!(stateOfCharge >= minStateOfCharge() && stateOfCharge <= maxStateOfCharge())) {
            throw new ModelException("cathode state of charge " + stateOfCharge + " is outside the OCV table ("
                    + minStateOfCharge() + " to " + maxStateOfCharge() + ")");
        }
        return curve.value(stateOfCharge);
    }

    /** dV/dSOC at a state of charge inside the table (V per unit state of charge). */
    public double slopeVolts(double stateOfCharge) {
        volts(stateOfCharge);
        return curve.polynomialSplineDerivative().value(stateOfCharge);
    }

    /** The state of charge at which the open-circuit voltage equals {@code volts} (must lie in the table's range). */
    public double stateOfCharge(double volts) {
        if (!(volts >= this.volts[0] && volts <= this.volts[this.volts.length - 1])) {
            throw new ModelException(volts + " V is outside the cathode OCV range " + this.volts[0] + " to "
                    + this.volts[this.volts.length - 1] + " V");
        }
        return new BracketingNthOrderBrentSolver(1e-14, 1e-12, 1e-15, 5)
                .solve(200, s -> curve.value(s) - volts, minStateOfCharge(), maxStateOfCharge());
    }

    public double minStateOfCharge() {
        return stateOfCharge[0];
    }

    public double maxStateOfCharge() {
        return stateOfCharge[stateOfCharge.length - 1];
    }
}
