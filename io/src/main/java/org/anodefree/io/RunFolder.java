package org.anodefree.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anodefree.InputException;
import org.anodefree.parameters.ModelParameters;

/**
 * Where a command writes: checked before any work, and recorded. {@link #folder} (outputs in a folder,
 * {@code manifest.json}) and {@link #file} (one output file and its siblings, {@code BASE.manifest.json})
 * fail at once with one line when the place cannot be written, remove the hidden temporary files that a
 * killed run of ours left there ({@link AtomicFiles}), and write a manifest with {@code "status":
 * "running"}: the command line, every input with its SHA-256, the parameter values and their hash, the
 * start time, and what was in the folder before. {@link #complete} rewrites it as complete with the end
 * time; a command that fails is marked failed. A run that was killed leaves "running", so whoever reads
 * the folder later knows its files may be a mix of two runs.
 */
public final class RunFolder {
    /** The manifest of a folder of outputs. */
    public static final String MANIFEST = "manifest.json";
    /** What {@link AtomicFiles} names its temporary files: the target's name behind a dot, random digits, .tmp. */
    private static final Pattern TEMP = Pattern.compile("\\..+\\d{6,}\\.tmp");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static volatile String[] commandLine = new String[0];
    private static volatile RunFolder active;

    private final Path manifest;
    private final Map<String, Object> doc;
    private final Instant started;

    private RunFolder(Path manifest, Map<String, Object> doc, Instant started) {
        this.manifest = manifest;
        this.doc = doc;
        this.started = started;
    }

    /** Records the arguments of this process's command line for the manifests (the CLI calls it once per command). */
    public static void commandLine(List<String> arguments) {
        commandLine = arguments.toArray(String[]::new);
    }

    /**
     * Starts a run that writes into {@code folder} (given by {@code --out}).
     *
     * @param inputs files or folders the run reads (folders: every file in them), hashed into the manifest
     * @param parameters the values the outputs depend on besides the inputs (empty when none)
     */
    public static RunFolder folder(String command, Path folder, List<Path> inputs, Map<String, ?> parameters) {
        return start(command, "--out", folder, folder.resolve(MANIFEST), null, inputs, parameters);
    }

    /** Starts a run whose output is {@code file} (given by {@code -o}) and siblings named after it. */
    public static RunFolder file(String command, Path file, List<Path> inputs, Map<String, ?> parameters) {
        Path absolute = file.toAbsolutePath();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return start(command, "-o", absolute.getParent(), absolute.resolveSibling(base + ".manifest.json"), base,
                inputs, parameters);
    }

    /** Those of {@code arguments} that name an existing file or folder (an option may be a file or inline text). */
    public static List<Path> inputs(String... arguments) {
        List<Path> out = new ArrayList<>();
        for (String a : arguments) {
            try {
                if (a != null && Files.exists(Path.of(a))) {
                    out.add(Path.of(a));
                }
            } catch (java.nio.file.InvalidPathException e) {
                // text, not a path
            }
        }
        return out;
    }

    /** The values of a parameter set by key, for {@code parameters}. */
    public static Map<String, Object> parameters(ModelParameters p) {
        Map<String, Object> m = new TreeMap<>();
        p.entries().forEach((k, e) -> m.put(k.key(), p.value(k)));
        return m;
    }

    private static RunFolder start(String command, String option, Path folder, Path manifest, String base, List<Path> inputs,
            Map<String, ?> parameters) {
        Instant now = Instant.now();
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".anodefree-write-check", ".tmp"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new InputException(option + " " + folder + ": cannot write there (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); choose another folder");
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", "running");
        doc.put("command", command);
        doc.put("arguments", List.of(commandLine));
        doc.put("started", now.toString());
        doc.put("pid", ProcessHandle.current().pid());
        doc.put("host", host());
        doc.put("inputs", hashes(inputs));
        Map<String, Object> values = new TreeMap<>();
        values.putAll(parameters);
        doc.put("parameters", values);
        doc.put("parameterSha256", sha256(write(values).getBytes(StandardCharsets.UTF_8)));
        JsonNode previous = previous(manifest);
        if (previous != null) {
            doc.put("previousRun", Map.of("status", previous.path("status").asText("?"),
                    "command", previous.path("command").asText("?"), "started", previous.path("started").asText("?")));
        }
        doc.put("staleTempFilesRemoved", removeStale(folder, base));
        doc.put("filesBefore", countFiles(folder, base, manifest));
        RunFolder run = new RunFolder(manifest, doc, now);
        run.save();
        active = run;
        return run;
    }

    /** Marks the run complete, with its end time. */
    public void complete() {
        finish("complete", null);
    }

    /** Marks the run of this process that has not finished as failed (the CLI's error handler calls it). */
    public static void failActive(String message) {
        RunFolder run = active;
        if (run != null) {
            run.finish("failed", message);
        }
    }

    private void finish(String status, String error) {
        Instant end = Instant.now();
        doc.put("status", status);
        doc.put("finished", end.toString());
        doc.put("wallSeconds", Duration.between(started, end).toMillis() / 1000.0);
        if (error != null) {
            doc.put("error", error);
        }
        if (active == this) {
            active = null;
        }
        save();
    }

    private void save() {
        AtomicFiles.writeString(manifest, write(doc) + System.lineSeparator());
    }

    /** The manifest a run before this one left, or null; an error when that run is still writing. */
    private static JsonNode previous(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        JsonNode old;
        try {
            old = JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            return null; // not ours, or half-written by hand: it is replaced
        }
        long pid = old.path("pid").asLong(-1);
        boolean sameHost = host().equals(old.path("host").asText());
        if ("running".equals(old.path("status").asText()) && sameHost && pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            throw new InputException(manifest.getParent() + ": another anodefree run (process " + pid + ", started "
                    + old.path("started").asText() + ") is writing there; wait for it or choose another folder");
        }
        return old;
    }

    /** Deletes the temporary files of our atomic writes left in the folder and its subfolders (or those named after base). */
    private static int removeStale(Path folder, String base) {
        int removed = 0;
        try (Stream<Path> files = Files.walk(folder, base == null ? 2 : 1)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (TEMP.matcher(name).matches() && (base == null || name.startsWith("." + base))) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Leftovers are only clutter; the manifest records how many went.
        }
        return removed;
    }

    private static int countFiles(Path folder, String base, Path manifest) {
        try (Stream<Path> files = Files.walk(folder, base == null ? 2 : 1)) {
            return (int) files.filter(Files::isRegularFile).filter(p -> !p.equals(manifest))
                    .filter(p -> base == null || p.getFileName().toString().startsWith(base)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static List<Map<String, Object>> hashes(List<Path> inputs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.walk(input)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new InputException(input + ": cannot list (" + e.getMessage() + ")", e);
                }
            } else {
                files.add(input);
            }
            for (Path f : files) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", f.toString());
                // A missing input is left to the command, whose own message says what it should be.
                m.put("bytes", Files.isRegularFile(f) ? size(f) : null);
                m.put("sha256", Files.isRegularFile(f) ? sha256(f) : null);
                out.add(m);
            }
        }
        return out;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String sha256(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest())) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InputException(f + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest is plain data", e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The manifest file. */
    public Path manifest() {
        return manifest;
    }
}
