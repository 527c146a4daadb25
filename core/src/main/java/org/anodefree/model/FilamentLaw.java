package org.anodefree.model;

/**
 * How Li filaments start and grow into the separator. A filament starts at a pixel when the local
 * plating current density exceeds that pixel's critical value; once started it lengthens at a rate set
 * by the current it carries.
 */
public interface FilamentLaw {

    /** True when a pixel plating at {@code platingAmpsPerM2} (> 0 plating) starts a filament against its threshold. */
    boolean starts(double platingAmpsPerM2, double criticalAmpsPerM2);

    /** Growth rate of a started filament (m/s) carrying the pixel's plating current density (<= 0: no growth). */
    double growthMetersPerSecond(double platingAmpsPerM2);

    /** The no-op law: no filament ever starts or grows. */
    final class None implements FilamentLaw {
        @Override
        public boolean starts(double platingAmpsPerM2, double criticalAmpsPerM2) {
            return false;
        }

        @Override
        public double growthMetersPerSecond(double platingAmpsPerM2) {
            return 0.0;
        }
    }
}
