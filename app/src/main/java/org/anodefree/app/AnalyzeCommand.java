package org.anodefree.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodefree.InputException;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.app.plot.CyclingCharts;
import org.anodefree.cycling.CycleAnalysis;
import org.anodefree.cycling.CycleResult;
import org.anodefree.cycling.CycleSummary;
import org.anodefree.cycling.CycleTable;
import org.anodefree.cycling.CyclingEvent;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.PlatingSign;
import org.anodefree.cycling.ShortCircuit;
import org.anodefree.cycling.SummaryDocument;
import org.anodefree.io.RunFolder;
import org.anodefree.io.cycler.BdfCsvWriter;
import org.anodefree.io.cycler.ColumnChoice;
import org.anodefree.io.cycler.CyclerFiles;
import org.anodefree.io.cycler.CyclerFormat;
import org.anodefree.io.cycler.CyclerMetadata;
import org.anodefree.units.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anodefree analyze}: per-cycle plating/stripping numbers, short circuit, plots and BDF CSV of cycler files. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse cycler files: capacities, CE, nucleation dips, polarization, short circuit.",
            "Reads cycler files (BioLogic .mpr/.mpt/.mpl and BT-Lab text, MACCOR, Neware .nda/.ndax/CSV/xlsx,"
            + " Arbin .res/CSV/xlsx, Landt, Novonix, Basytec, PEC, BDF CSV) and reports"
            + " per cycle: plated and stripped capacity, Coulombic efficiency, cumulative plated capacity,"
            + " nucleation overpotential, end-of-strip polarization, plateaus, and the short circuit with its"
            + " evidence."})
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "cycler files")
    List<Path> files;

    @Option(names = "--area", paramLabel = "AREA",
            description = "electrode area, e.g. 0.785cm2 (default: the file's own, else 1 cm2 with a warning)")
    String area;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (from the content; a refusal lists every format tried), mpr, mpt, mpl, maccor,"
                + " maccor-eis, neware, nda, ndax, arbin, res, xlsx, landt, novonix, basytec, pec, bdf")
    String format;

    @Option(names = "--plating", defaultValue = "auto", paramLabel = "SIGN",
            description = "current sign that plates Li onto Cu: auto (half cell if |V| < 1.5 V: negative;"
                + " else positive), negative, positive")
    String plating;

    @Option(names = "--columns", defaultValue = "all", paramLabel = "WHICH",
            description = "all (every column of the file) or bdf (time, voltage, current, cycle, step, capacities:"
                + " about 32 bytes a row, for files of tens of millions of rows)")
    String columns;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write DIR/<file>.bdf.csv, DIR/<file>.cycles.csv (one row per cycle), plots and"
                + " DIR/summary.json")
    Path out;

    @Option(names = "--json", description = "print summary.json to stdout instead of the table")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CyclerFormat f = CyclerFormat.fromName(format);
        PlatingSign sign = switch (plating.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "negative" -> PlatingSign.NEGATIVE;
            case "positive" -> PlatingSign.POSITIVE;
            default -> throw new InputException("--plating: '" + plating + "' is not auto, negative or positive");
        };
        ColumnChoice choice = switch (columns.toLowerCase(Locale.ROOT)) {
            case "all" -> ColumnChoice.ALL;
            case "bdf" -> ColumnChoice.BDF;
            default -> throw new InputException("--columns: '" + columns + "' is not all or bdf");
        };
        RunFolder run = out == null ? null : RunFolder.folder("analyze", out, files, Options.values("area", area,
                "format", format, "plating", plating, "columns", columns));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<SummaryDocument.Run> runs = new ArrayList<>();
        List<Map<String, Object>> fileMetadata = new ArrayList<>();
        for (Path file : files) {
            CyclingRecord record = CyclerFiles.read(file, f, choice);
            record.warnings().forEach(w -> stderr.println("warning: " + w));
            double areaM2 = areaM2(record, stderr);
            CycleSummary summary = CycleAnalysis.analyze(record, areaM2, sign);
            runs.add(new SummaryDocument.Run(file.toString(), null, summary));
            fileMetadata.add(fileMetadata(record));
            if (!json) {
                printTable(stdout, file, record, summary);
            }
            if (out != null) {
                String name = file.getFileName().toString();
                BdfCsvWriter.write(record, out.resolve(name + ".bdf.csv"));
                BdfCsvWriter.write(CycleTable.of(record, summary), out.resolve(name + ".cycles.csv"));
                ChartFiles.writePngAndSvg(CyclingCharts.voltageVsCapacity(record, summary, name),
                        out.resolve(name + ".voltage-capacity"));
                ChartFiles.writePngAndSvg(CyclingCharts.efficiencyVsCycle(summary, name), out.resolve(name + ".ce"));
                ChartFiles.writePngAndSvg(CyclingCharts.voltageVsTime(record, summary, name),
                        out.resolve(name + ".voltage-time"));
            }
        }
        Map<String, Object> doc = SummaryDocument.of(runs);
        List<?> docRuns = (List<?>) doc.get("runs");
        for (int k = 0; k < docRuns.size(); k++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) docRuns.get(k);
            entry.put("file", fileMetadata.get(k));
        }
        if (out != null) {
            Json.write(doc, out.resolve("summary.json"));
        }
        if (json) {
            stdout.println(Json.write(doc));
        }
        stdout.flush();
        if (run != null) {
            run.complete();
        }
        return 0;
    }

    /** The file's format and, when it has them, start time, instrument, software, channel, mass and area. */
    static Map<String, Object> fileMetadata(CyclingRecord record) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, String> meta = record.metadata();
        m.put("format", meta.get("format"));
        for (String key : new String[] {CyclerMetadata.START_TIME, CyclerMetadata.INSTRUMENT, CyclerMetadata.SOFTWARE,
            CyclerMetadata.CHANNEL, CyclerMetadata.PROCEDURE}) {
            m.put(key, meta.get(key));
        }
        m.put("activeMassMilligrams", number(meta.get(CyclerMetadata.ACTIVE_MASS_MG)));
        m.put("electrodeAreaCm2", number(meta.get(CyclerMetadata.ELECTRODE_AREA_CM2)));
        if (m.get(CyclerMetadata.START_TIME) == null && record.has(org.anodefree.cycling.BdfColumns.UNIX_TIME)
                && record.rows() > 0) {
            // The first record's clock time: cyclers write local time without a zone, read here as UTC.
            m.put(CyclerMetadata.START_TIME, CyclerMetadata.clockTime(
                    record.column(org.anodefree.cycling.BdfColumns.UNIX_TIME).value(0)));
        }
        m.put("rows", record.rows());
        return m;
    }

    private static Double number(String s) {
        try {
            return s == null ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private double areaM2(CyclingRecord record, PrintWriter stderr) {
        if (area != null) {
            double a = Quantity.AREA.parse(area, "--area");
            if (!(a > 0)) {
                throw new InputException("--area: " + area + " must be > 0");
            }
            return a;
        }
        String own = record.metadata().get("electrode_area_cm2");
        if (own != null) {
            stderr.println("note: " + record.source() + ": electrode area " + own + " cm2 from the file");
            return Double.parseDouble(own) * 1e-4;
        }
        stderr.println("warning: " + record.source() + ": no --area given; capacities are per 1 cm2 (i.e. mAh)");
        return 1e-4;
    }

    static void printTable(PrintWriter o, Path file, CyclingRecord r, CycleSummary s) {
        o.printf(Locale.ROOT, "%s: %d rows, %d cycles, plating current %s, area %.4g cm2%n", file, r.rows(),
                s.cycles().size(), s.platingSign() == PlatingSign.NEGATIVE ? "negative" : "positive",
                s.electrodeAreaM2() * 1e4);
        Map<String, String> meta = r.metadata();
        StringBuilder about = new StringBuilder("  " + meta.getOrDefault("format", "unknown format"));
        for (String key : new String[] {CyclerMetadata.INSTRUMENT, CyclerMetadata.START_TIME, CyclerMetadata.CHANNEL}) {
            if (meta.get(key) != null) {
                about.append("; ").append(key.replace('_', ' ')).append(' ').append(meta.get(key));
            }
        }
        o.println(about);
        o.printf(Locale.ROOT, "%5s %10s %10s %8s %10s %10s %10s %9s %9s%n", "cycle", "plated", "stripped", "CE",
                "cum.plated", "nucl.", "end-strip", "V plate", "V strip");
        o.printf(Locale.ROOT, "%5s %10s %10s %8s %10s %10s %10s %9s %9s%n", "", "mAh/cm2", "mAh/cm2", "%",
                "mAh/cm2", "mV", "mV", "V", "V");
        for (CycleResult c : s.cycles()) {
            o.printf(Locale.ROOT, "%5d %10.4f %10.4f %8.2f %10.4f %10.1f %10.1f %9.4f %9.4f%n", c.cycle(),
                    c.platedMilliampHoursPerCm2(), c.strippedMilliampHoursPerCm2(), 100 * c.coulombicEfficiency(),
                    c.cumulativePlatedMilliampHoursPerCm2(), c.nucleationOverpotentialMillivolts(),
                    c.endOfStripPolarizationMillivolts(), c.platingPlateauVolts(), c.strippingPlateauVolts());
        }
        ShortCircuit sc = s.shortCircuit();
        if (!sc.occurred()) {
            o.println("short circuit: none found");
        } else {
            o.printf(Locale.ROOT, "short circuit: cycle %d, step %d, %.3f h, after %.4f mAh/cm2 plated%n", sc.cycle(),
                    sc.step(), sc.timeHours(), sc.cumulativePlatedMilliampHoursPerCm2());
            for (CyclingEvent e : sc.evidence()) {
                o.printf(Locale.ROOT, "  evidence: %s at %.3f h: %s%n", e.kind(), e.timeSeconds() / 3600, e.detail());
            }
        }
    }
}
