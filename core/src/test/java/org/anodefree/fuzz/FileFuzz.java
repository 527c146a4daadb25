package org.anodefree.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Fuzzes a reader of files: mutant {@code i} is seed file {@code i mod n} mutated by a {@link Mutator}
 * seeded with {@code i}, written to a file of its own and handed to the reader (see {@link FuzzRun} for
 * the counting, the time limit and the number of mutants).
 */
public final class FileFuzz {
    /** Reads one file. */
    @FunctionalInterface
    public interface PathReader {
        void read(Path file) throws Exception;
    }

    /** Makes a mutant of one seed with the given mutator. */
    @FunctionalInterface
    public interface Mutation {
        byte[] apply(Mutator m, byte[] seed);

        /** Bytes, and the header fields {@code fields} lists for a seed (null for none). */
        static Mutation binary(Function<byte[], List<Mutator.Field>> fields) {
            return (m, seed) -> m.mutate(seed, fields == null ? List.of() : fields.apply(seed));
        }

        /** Numbers and lines as text, and bytes. */
        static Mutation text() {
            return (m, seed) -> m.mutateText(new String(seed, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
    }

    private FileFuzz() {
    }

    /**
     * Runs {@link FuzzRun#mutants()} mutants of {@code seeds} through {@code read}.
     *
     * @param extension the file name ending the reader chooses its format by, e.g. ".tif"
     */
    public static FuzzRun.Outcome run(String reader, List<byte[]> seeds, Mutation mutation, Path dir, String extension,
            PathReader read) {
        return FuzzRun.run(reader, FuzzRun.mutants(), i -> {
            Mutator m = new Mutator(0x5eedL * 1_000_003L + i);
            return mutation.apply(m, seeds.get(i % seeds.size()));
        }, (i, bytes) -> {
            Path file = dir.resolve("mutant-" + i + extension);
            Files.write(file, bytes);
            try {
                read.read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }
}
