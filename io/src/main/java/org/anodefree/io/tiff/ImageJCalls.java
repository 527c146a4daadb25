package org.anodefree.io.tiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.anodefree.AnodefreeException;
import org.anodefree.InputException;

/**
 * Runs a call into ImageJ's file decoders so that whatever goes wrong comes out as one
 * {@link InputException} naming the file. ImageJ without a window writes its complaints
 * ({@code IJ.log}) to standard output, where they would land in the middle of our own output (a
 * {@code --json} document, for one); so standard output is captured for the length of the call, and
 * anything ImageJ wrote there makes the call fail with that text. Calls are serialised: standard output
 * is one per process.
 */
final class ImageJCalls {
    private static final Object LOCK = new Object();
    private static final int MAX_MESSAGE = 300;

    /** A call into ImageJ. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    private ImageJCalls() {
    }

    /**
     * Runs {@code call}; an exception of ImageJ's, or a line it logged, becomes an InputException that
     * says what was being done.
     *
     * @param what what the call does, e.g. "reading slice 3"
     */
    static <T> T run(Path file, String what, Call<T> call) {
        synchronized (LOCK) {
            PrintStream original = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                T result = call.run();
                String logged = captured.toString(StandardCharsets.UTF_8).strip();
                if (!logged.isEmpty()) {
                    throw new InputException(file + ": " + what + ": ImageJ reported " + oneLine(logged));
                }
                return result;
            } catch (AnodefreeException e) {
                throw e;
            } catch (IOException e) {
                throw new InputException(file + ": " + what + ": " + oneLine(String.valueOf(e.getMessage())), e);
            } catch (RuntimeException e) {
                // ImageJ's decoders index arrays by what the file says; a corrupt file shows as one of these.
                throw new InputException(file + ": " + what + ": the data are corrupt (" + oneLine(e.toString()) + ")", e);
            } finally {
                System.setOut(original);
            }
        }
    }

    private static String oneLine(String text) {
        String s = text.replaceAll("\\s*\\R\\s*", "; ");
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "...";
    }
}
