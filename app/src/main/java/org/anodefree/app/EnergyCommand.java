package org.anodefree.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodefree.InputException;
import org.anodefree.cell.StackDesign;
import org.anodefree.cell.StackEnergy;
import org.anodefree.cell.StackLayer;
import org.anodefree.io.config.StackFiles;
import org.anodefree.units.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anodefree energy}: stack-level energy density of anode-free and Li-excess stacks. */
@Command(name = "energy", mixinStandardHelpOptions = true,
        description = {"Stack-level energy density of anode-free and Li-excess stacks.",
            "Wh/L and Wh/kg, charged and discharged, layer by layer.",
            "Defaults: core/src/main/resources/parameters/stack.yaml (each value with its source)."})
public final class EnergyCommand implements Callable<Integer> {
    private static final double MAH_PER_CM2 = Quantity.AREAL_CAPACITY.factorToSi("mAh/cm2", "mAh/cm2");

    @Option(names = "--loading", paramLabel = "CAPACITY", description = "Cathode loading, e.g. 5mAh/cm2 (default: the stack file's)")
    String loading;

    @Option(names = "--utilisation", paramLabel = "F", description = "Share of the loading cycled, 0-1 or %% (default: the stack file's)")
    String utilisation;

    @Option(names = "--excess", paramLabel = "CAPACITY", description = "Excess Li of the Li-excess stack (default: equal to the loading, N/P = 2)")
    String excess;

    @Option(names = "--stack", paramLabel = "FILE", description = "Stack YAML/JSON; keys it leaves out keep the defaults")
    Path stackFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one stack value (units as in its key), repeatable")
    List<String> sets;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    public Integer call() {
        StackDesign d = stackFile != null ? StackFiles.read(stackFile) : StackFiles.readDefault();
        if (sets != null) {
            Map<String, Double> v = new LinkedHashMap<>(d.values());
            for (String s : sets) {
                String[] kv = s.split("=", 2);
                if (kv.length != 2 || !v.containsKey(kv[0].strip())) {
                    throw new InputException("--set " + s + ": expected KEY=VALUE with KEY one of " + StackDesign.KEYS);
                }
                v.put(kv[0].strip(), Quantity.DIMENSIONLESS.parse(kv[1], "--set " + kv[0]));
                try {
                    StackDesign.fromValues(v, "--set " + kv[0].strip());
                } catch (InputException e) {
                    throw new InputException(e.getMessage().replaceFirst(": " + java.util.regex.Pattern.quote(kv[0].strip())
                            + " ", ": "), e); // "--set KEY: must be ..." names the key once
                }
            }
            d = StackDesign.fromValues(v, "--set");
        }
        // Checked here so that the message names the option, not the stack file's key.
        double load = loading == null ? d.cathodeLoadingMilliampHoursPerCm2()
                : Options.positive(loading, Quantity.AREAL_CAPACITY, "--loading") / MAH_PER_CM2;
        double use = utilisation == null ? d.utilisation() : Quantity.DIMENSIONLESS.parse(utilisation, "--utilisation");
        if (!(use > 0 && use <= 1)) {
            throw new InputException("--utilisation: must be above 0 and at most 1 (or 100%), got " + utilisation);
        }
        double ex = excess == null ? load : Options.nonNegative(excess, Quantity.AREAL_CAPACITY, "--excess") / MAH_PER_CM2;
        StackEnergy af = d.with(load, use, 0).energy();
        StackEnergy le = d.with(load, use, ex).energy();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("inputs", d.with(load, use, ex).values());
            doc.put("anodeFree", summary(af));
            doc.put("liExcess", summary(le));
            doc.put("volumeRatioAnodeFreeToLiExcessDischarged", af.dischargedThicknessMeters() / le.dischargedThicknessMeters());
            doc.put("volumeRatioAnodeFreeToLiExcessCharged", af.chargedThicknessMeters() / le.chargedThicknessMeters());
            System.out.println(Json.write(doc));
            return 0;
        }
        System.out.printf(Locale.ROOT, "%.2f mAh/cm2 cathode at %.0f%% utilisation, %.2f V mean: %.1f Wh/m2 per cell%n%n",
                load, 100 * use, d.meanDischargeVoltageVolts(), af.energyWhPerM2());
        print("anode-free", af);
        print(String.format(Locale.ROOT, "Li-excess (%.2f mAh/cm2 = %.1f um excess Li)", ex,
                org.anodefree.units.LithiumMetal.thicknessMetersFromCapacity(ex) * 1e6), le);
        System.out.printf(Locale.ROOT, "anode-free stack volume is %.1f%% less than Li-excess discharged, %.1f%% less charged%n",
                100 * (1 - af.dischargedThicknessMeters() / le.dischargedThicknessMeters()),
                100 * (1 - af.chargedThicknessMeters() / le.chargedThicknessMeters()));
        return 0;
    }

    private static Map<String, Object> summary(StackEnergy e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dischargedWhPerLiter", e.dischargedWhPerLiter());
        m.put("chargedWhPerLiter", e.chargedWhPerLiter());
        m.put("whPerKg", e.whPerKg());
        m.put("dischargedThicknessMicrometres", e.dischargedThicknessMeters() * 1e6);
        m.put("chargedThicknessMicrometres", e.chargedThicknessMeters() * 1e6);
        return m;
    }

    private static void print(String name, StackEnergy e) {
        System.out.printf(Locale.ROOT, "%s: %.0f Wh/L discharged, %.0f Wh/L charged, %.0f Wh/kg%n", name,
                e.dischargedWhPerLiter(), e.chargedWhPerLiter(), e.whPerKg());
        for (StackLayer l : e.charged()) {
            System.out.printf(Locale.ROOT, "    %-28s %7.1f um charged%n", l.name(), l.thicknessMeters() * 1e6);
        }
        System.out.println();
    }
}
