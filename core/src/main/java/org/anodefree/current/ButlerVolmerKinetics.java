package org.anodefree.current;

import org.anodefree.InputException;
import org.anodefree.units.LithiumMetal;

/**
 * Butler-Volmer kinetics, j = c j0 [exp(alpha_a F eta / (R T)) - exp(-alpha_c F eta / (R T))]
 * (Bard and Faulkner, Electrochemical Methods, 2nd ed., 2001, eq. 3.4.11), with the exchange
 * current density j0 of full contact scaled by the pixel's contact fraction c.
 *
 * @param exchangeCurrentDensityAmpsPerM2 j0 of a fully contacted pixel, A/m2, finite and positive
 * @param anodicTransferCoefficient alpha_a, finite and positive
 * @param cathodicTransferCoefficient alpha_c, finite and positive
 * @param temperatureKelvin absolute temperature T, K, finite and positive
 */
public record ButlerVolmerKinetics(double exchangeCurrentDensityAmpsPerM2, double anodicTransferCoefficient,
        double cathodicTransferCoefficient, double temperatureKelvin) implements Kinetics {

    /** Molar gas constant, J/(mol K) (CODATA 2018, exact). */
    public static final double GAS_CONSTANT_JOULES_PER_MOL_KELVIN = 8.314462618;

    public ButlerVolmerKinetics {
        positive("exchange current density (A/m2)", exchangeCurrentDensityAmpsPerM2);
        positive("anodic transfer coefficient", anodicTransferCoefficient);
        positive("cathodic transfer coefficient", cathodicTransferCoefficient);
        positive("temperature (K)", temperatureKelvin);
    }

    private static void positive(String what, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new InputException("Butler-Volmer kinetics: " + what + " must be positive and finite, got " + value);
        }
    }

    private double fa() {
        return anodicTransferCoefficient * LithiumMetal.FARADAY_COULOMBS_PER_MOL
                / (GAS_CONSTANT_JOULES_PER_MOL_KELVIN * temperatureKelvin);
    }

    private double fc() {
        return cathodicTransferCoefficient * LithiumMetal.FARADAY_COULOMBS_PER_MOL
                / (GAS_CONSTANT_JOULES_PER_MOL_KELVIN * temperatureKelvin);
    }

    @Override
    public double currentDensityAmpsPerM2(double overpotentialVolts, double contactFraction) {
        return contactFraction * exchangeCurrentDensityAmpsPerM2
                * (Math.exp(fa() * overpotentialVolts) - Math.exp(-fc() * overpotentialVolts));
    }

    /**
     * Inverts the law by safeguarded Newton iteration (no closed form when alpha_a != alpha_c).
     * The start, asinh(y / 2) * 2 / (fa + fc), is the exact answer for equal coefficients.
     */
    @Override
    public double overpotentialVolts(double currentDensityAmpsPerM2, double contactFraction) {
        double y = currentDensityAmpsPerM2 / (contactFraction * exchangeCurrentDensityAmpsPerM2);
        if (y == 0) {
            return 0;
        }
        double a = fa();
        double c = fc();
        double eta = 2 * asinh(0.5 * y) / (a + c);
        if (a == c) {
            return eta;
        }
        // g(eta) is increasing; keep a bracket so a poor Newton step falls back to bisection.
        double lo = y > 0 ? 0 : -Math.log1p(-y) / c - 1;
        double hi = y > 0 ? Math.log1p(y) / a + 1 : 0;
        for (int it = 0; it < 200; it++) {
            double ea = Math.exp(a * eta);
            double ec = Math.exp(-c * eta);
            double g = ea - ec - y;
            if (g > 0) {
                hi = eta;
            } else {
                lo = eta;
            }
            double next = eta - g / (a * ea + c * ec);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - eta) <= 1e-15 * Math.max(Math.abs(eta), 1e-3)) {
                return next;
            }
            eta = next;
        }
        return eta;
    }

    private static double asinh(double x) {
        double ax = Math.abs(x);
        double r = Math.log(ax + Math.sqrt(ax * ax + 1));
        return x < 0 ? -r : r;
    }

    /**
     * 1 / (c j0 [a exp(a eta) + c exp(-c eta)]). With equal coefficients exp(a eta) - exp(-a eta) = y
     * (y = j / (c j0)), so the bracket is 2 a cosh(a eta) = a sqrt(y^2 + 4): no exponential, which
     * matters because the solver evaluates this at every active pixel in every Newton step.
     */
    @Override
    public double differentialResistanceOhmM2(double currentDensityAmpsPerM2, double eta, double contactFraction) {
        double a = fa();
        double c = fc();
        double scale = contactFraction * exchangeCurrentDensityAmpsPerM2;
        if (a == c) {
            double y = currentDensityAmpsPerM2 / scale;
            return 1.0 / (scale * a * Math.sqrt(y * y + 4));
        }
        return 1.0 / (scale * (a * Math.exp(a * eta) + c * Math.exp(-c * eta)));
    }

    /**
     * j eta - c j0 [(exp(a eta) - 1) / a + (exp(-c eta) - 1) / c], whose derivative in j is eta. With
     * equal coefficients the bracket is 2 (cosh(a eta) - 1) / a = (y^2 / 2) / (a (s + 1)),
     * s = sqrt(1 + y^2 / 4), written so that small y loses no digits.
     */
    @Override
    public double dissipationPotentialWattsPerM2(double currentDensityAmpsPerM2, double eta, double contactFraction) {
        double a = fa();
        double c = fc();
        double scale = contactFraction * exchangeCurrentDensityAmpsPerM2;
        if (a == c) {
            double y = currentDensityAmpsPerM2 / scale;
            double s = Math.sqrt(1 + 0.25 * y * y);
            return currentDensityAmpsPerM2 * eta - scale * 0.5 * y * y / (a * (s + 1));
        }
        return currentDensityAmpsPerM2 * eta - scale * (Math.expm1(a * eta) / a + Math.expm1(-c * eta) / c);
    }

    /**
     * With equal coefficients all three share s = sqrt(1 + y^2 / 4), y = j / (c j0): eta =
     * ln(|y|/2 + s) / a (signed), slope = 1 / (2 a c j0 s), dissipation as above; the same
     * expressions as the single-pixel methods, with one root and one logarithm per pixel and the
     * constants hoisted. Unequal coefficients take the general path.
     */
    @Override
    public void evaluate(double[] currentDensityAmpsPerM2, double[] contactFraction, int n, double[] eta,
            double[] slope, double[] dissipation) {
        double a = fa();
        if (a != fc()) {
            Kinetics.super.evaluate(currentDensityAmpsPerM2, contactFraction, n, eta, slope, dissipation);
            return;
        }
        double j0 = exchangeCurrentDensityAmpsPerM2;
        double twoOverSum = 2 / (a + a);
        double halfOverA = 0.5 / a;
        for (int i = 0; i < n; i++) {
            double j = currentDensityAmpsPerM2[i];
            double scale = contactFraction[i] * j0;
            double y = j / scale;
            double half = 0.5 * Math.abs(y);
            double s = Math.sqrt(half * half + 1);
            double e = y == 0 ? 0.0 : Math.copySign(Math.log(half + s), y) * twoOverSum;
            // One division for both 1 / s and 1 / (s + 1): inv = 1 / (scale s (s + 1)).
            double inv = 1.0 / (scale * s * (s + 1));
            eta[i] = e;
            slope[i] = (s + 1) * inv * halfOverA;
            dissipation[i] = j * e - j * j * s * inv * halfOverA;
        }
    }

    @Override
    public boolean isLinear() {
        return false;
    }
}
