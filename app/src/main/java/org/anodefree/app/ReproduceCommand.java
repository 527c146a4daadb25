package org.anodefree.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.anodefree.app.reproduce.Reproduction;
import org.anodefree.app.reproduce.ReproductionReport;
import org.anodefree.app.reproduce.RunOptions;
import org.anodefree.app.calibrate.CalibrationSpec;
import org.anodefree.app.calibrate.CalibrationSpecFile;
import org.anodefree.InputException;
import org.anodefree.experiment.SeedSet;
import org.anodefree.io.RunFolder;
import org.anodefree.io.config.Experiment;
import org.anodefree.io.config.ExperimentFiles;
import org.anodefree.parameters.ModelParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anodefree reproduce}: runs the paper's experiments from {@code experiments/} and prints simulated vs reported, PASS/FAIL. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Run the paper's experiments: simulated vs reported, PASS/FAIL per row.",
            "Runs every experiment under experiments/ (or --only some) and writes figures, table.md,"
                + " results.json and report.html.",
            "Exit status is 0 when every row ran, even if some FAIL (the table says which), 2 on bad input."})
public final class ReproduceCommand implements Callable<Integer> {
    @Option(names = "--only", paramLabel = "ID,ID", description = "Run only these rows, e.g. F5,E1")
    String only;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/reproduce", description = "Output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--experiments", paramLabel = "DIR", description = "Experiments folder (default: experiments/ of the anodefree checkout)")
    Path experiments;

    @Option(names = "--json", description = "Print results as JSON instead of the table")
    boolean json;

    @Option(names = "--seeds", paramLabel = "SEEDS",
            description = "Judge every simulated row on these seeds instead of its judge_seeds (a count, a range such"
                    + " as 201-232, or a list); they must stay apart from the fit seeds")
    String seeds;

    @Option(names = "--reduced", paramLabel = "N",
            description = "Judge on only the first N judge seeds of each row (a quick look; the table says so)")
    int reduced;

    @Option(names = "--on-fit-seeds",
            description = "Run the simulated rows on the calibration's fit seeds instead: how well the fit reached its"
                    + " targets, not evidence; the table says so on every line of its summary")
    boolean onFitSeeds;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "Calibration spec whose fit seeds the table names (default: calibration/flaws.yaml, the newest fit; every spec fits on seeds apart from the judge seeds)")
    Path spec;

    @Override
    public Integer call() {
        Path dir = experiments != null ? experiments : Launcher.root().resolve("experiments");
        List<Experiment> all = ExperimentFiles.readAll(dir);
        Set<String> ids = only == null ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(only.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        CalibrationSpec cal = CalibrationSpecFile.read(spec != null ? spec
                : Launcher.root().resolve("calibration").resolve("flaws.yaml"));
        SeedSet judge = seeds == null ? null : SeedSet.parse(seeds, "--seeds");
        if (onFitSeeds && judge != null) {
            throw new InputException("--on-fit-seeds and --seeds: choose one");
        }
        if (onFitSeeds) {
            judge = cal.fitSeeds();
        } else if (judge != null && !judge.isDisjointFrom(cal.fitSeeds())) {
            throw new InputException("--seeds " + judge + " overlaps the fit seeds " + cal.fitSeeds()
                    + "; a verdict on fitted seeds is not evidence");
        }
        if (reduced < 0) {
            throw new InputException("--reduced: a number of seeds >= 1, got " + reduced);
        }
        RunOptions options = new RunOptions(ModelParameters.defaults(), 0, judge, reduced, true);
        RunFolder run = RunFolder.folder("reproduce", out, List.of(dir), RunFolder.parameters(ModelParameters.defaults()));
        long start = System.nanoTime();
        List<Reproduction.ExperimentResult> results = new Reproduction(options).run(all, ids, out);
        ReproductionReport report = new ReproductionReport(results, (System.nanoTime() - start) / 1e9,
                cal.fitSeeds().toString(), onFitSeeds);
        report.write(out);
        if (json) {
            System.out.println(Json.write(report.json()));
        } else {
            System.out.print(report.text());
            System.out.println("figures and report: " + out.resolve("report.html"));
        }
        run.complete();
        return 0;
    }
}
