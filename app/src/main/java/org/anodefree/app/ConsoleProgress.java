package org.anodefree.app;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.anodefree.tomo.ProgressListener;

/**
 * A terminal progress bar (me.tongfei:progressbar) on stderr that appears only once the work has
 * taken more than a second, so quick runs print nothing extra.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private final String task;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private ProgressBar bar;

    ConsoleProgress(String task, PrintStream err) {
        this.task = task;
        this.err = err;
    }

    @Override
    public void advanced(long slicesDone, long slicesTotal) {
        if (bar == null) {
            if (System.nanoTime() - start < DELAY_NANOS || slicesDone >= slicesTotal) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(slicesTotal)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" slices", 1).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }
        bar.stepTo(slicesDone);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
