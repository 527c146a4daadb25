package org.anodefree.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.anodefree.app.reproduce.Reproduction;
import org.anodefree.app.reproduce.ReproductionReport;
import org.anodefree.io.RunFolder;
import org.anodefree.io.config.Experiment;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.io.config.ExperimentFiles;
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

    @Override
    public Integer call() {
        Path dir = experiments != null ? experiments : Launcher.root().resolve("experiments");
        List<Experiment> all = ExperimentFiles.readAll(dir);
        Set<String> ids = only == null ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(only.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        RunFolder run = RunFolder.folder("reproduce", out, List.of(dir), RunFolder.parameters(ModelParameters.defaults()));
        long start = System.nanoTime();
        List<Reproduction.ExperimentResult> results = new Reproduction().run(all, ids, out);
        ReproductionReport report = new ReproductionReport(results, (System.nanoTime() - start) / 1e9);
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
