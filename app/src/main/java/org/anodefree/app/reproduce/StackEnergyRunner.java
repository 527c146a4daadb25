package org.anodefree.app.reproduce;

import org.anodefree.experiment.Check;
import org.anodefree.experiment.Estimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodefree.InputException;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.app.plot.EnergyPlots;
import org.anodefree.cell.StackDesign;
import org.anodefree.cell.StackEnergy;
import org.anodefree.io.config.Experiment;
import org.anodefree.io.config.StackFiles;

/**
 * Stack energy density of the default stack (core resources {@code parameters/stack.yaml}) with the
 * experiment's loading and Li excess, at each utilisation a check asks for.
 *
 * <p>Quantities: {@code anode_free_discharged_Wh_per_L}, {@code anode_free_charged_Wh_per_L},
 * {@code li_excess_discharged_Wh_per_L}, {@code li_excess_charged_Wh_per_L}, {@code anode_free_Wh_per_kg},
 * {@code volume_ratio_anode_free_to_li_excess} (discharged stacks), each {@code at: {utilisation: u}}.
 */
public final class StackEnergyRunner implements ExperimentRunner {
    @Override
    public String kind() {
        return "stack-energy";
    }

    @Override
    public Outcome run(Experiment e, Path outDir) {
        StackDesign base = StackFiles.readDefault();
        double loading = e.number("loading_mAh_per_cm2");
        double excess = e.number("li_excess_mAh_per_cm2");
        List<Estimate> estimates = new ArrayList<>();
        for (Check c : e.checks()) {
            double u = c.at().getOrDefault("utilisation", 1.0);
            StackEnergy af = base.with(loading, u, 0).energy();
            StackEnergy le = base.with(loading, u, excess).energy();
            double v = switch (c.quantity()) {
                case "anode_free_discharged_Wh_per_L" -> af.dischargedWhPerLiter();
                case "anode_free_charged_Wh_per_L" -> af.chargedWhPerLiter();
                case "li_excess_discharged_Wh_per_L" -> le.dischargedWhPerLiter();
                case "li_excess_charged_Wh_per_L" -> le.chargedWhPerLiter();
                case "anode_free_Wh_per_kg" -> af.whPerKg();
                case "volume_ratio_anode_free_to_li_excess" -> af.dischargedThicknessMeters() / le.dischargedThicknessMeters();
                default -> throw new InputException(e.file() + ": unknown quantity '" + c.quantity() + "' for kind "
                        + kind());
            };
            estimates.add(Estimate.exact(v));
        }
        StackEnergy af = base.with(loading, 1.0, 0).energy();
        StackEnergy le = base.with(loading, 1.0, excess).energy();
        Path fig = outDir.resolve(e.id() + "-energy-vs-utilisation");
        double[][] reported = e.checks().stream().filter(c -> c.quantity().equals("anode_free_discharged_Wh_per_L"))
                .map(c -> new double[] {c.at().getOrDefault("utilisation", 1.0), c.reported()}).toArray(double[][]::new);
        ChartFiles.writePngAndSvg(EnergyPlots.energyVsUtilisation(base.with(loading, 1.0, 0), excess, reported), fig);
        List<String> details = List.of(
                String.format(Locale.ROOT, "anode-free stack %.1f um discharged, %.1f um charged; Li-excess %.1f um discharged",
                        af.dischargedThicknessMeters() * 1e6, af.chargedThicknessMeters() * 1e6,
                        le.dischargedThicknessMeters() * 1e6),
                String.format(Locale.ROOT, "anode-free %.0f Wh/kg; stack values and sources: core/src/main/resources%s",
                        af.whPerKg(), StackFiles.DEFAULT_RESOURCE));
        return new Outcome(estimates, List.of(Path.of(fig + ".png")), details);
    }
}
