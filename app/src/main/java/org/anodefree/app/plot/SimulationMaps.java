package org.anodefree.app.plot;

import java.nio.file.Path;
import org.anodefree.sim.SimulationSnapshot;

/** Maps of a simulated interface at one moment: Li thickness, local current density and filaments (PNG). */
public final class SimulationMaps {
    private SimulationMaps() {
    }

    /** Writes {@code <prefix>-thickness.png}, {@code <prefix>-current.png} and {@code <prefix>-filaments.png} in {@code dir}. */
    public static void write(SimulationSnapshot s, double separatorMeters, Path dir, String prefix) {
        int w = s.width();
        double[] h = s.thicknessMeters();
        double[] j = s.currentDensityAmpsPerM2().toArray();
        double[] f = s.filamentLengthMeters().toArray();
        double hMax = 0;
        double jMax = 0;
        for (int i = 0; i < h.length; i++) {
            hMax = Math.max(hMax, h[i]);
            jMax = Math.max(jMax, Math.abs(j[i]));
        }
        String when = String.format(java.util.Locale.ROOT, "step %d, cycle %d, %.2f h", s.stepNumber(), s.cycle(),
                s.timeSeconds() / 3600);
        ChartFiles.writePng(MapImage.render(w, w, s.pixelSizeMeters(), i -> h[i] * 1e6, Math.max(hMax * 1e6, 1e-3),
                "Li thickness (um)", "Li thickness, " + when, false), dir.resolve(prefix + "-thickness.png"));
        ChartFiles.writePng(MapImage.render(w, w, s.pixelSizeMeters(), i -> Math.abs(j[i]) / 10,
                Math.max(jMax / 10, 1e-6), "|local current density| (mA/cm2)", "Current density, " + when, true),
                dir.resolve(prefix + "-current.png"));
        ChartFiles.writePng(MapImage.render(w, w, s.pixelSizeMeters(), i -> f[i] * 1e6, separatorMeters * 1e6,
                "filament length (um)", "Filaments, " + when, false), dir.resolve(prefix + "-filaments.png"));
    }
}
