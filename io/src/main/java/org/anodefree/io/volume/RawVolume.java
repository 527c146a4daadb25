package org.anodefree.io.volume;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anodefree.InputException;
import org.anodefree.tomo.SampleType;
import org.anodefree.tomo.VolumeSource;

/**
 * A headerless binary volume read slice by slice through a {@link FileChannel} into a few reused
 * direct buffers: memory is a few slices whatever the file size. The voxel size is never in the file.
 *
 * <p>The prefetching variant ({@link #openPrefetching}) keeps a ring of up to {@value #MAX_AHEAD}
 * slice buffers (fewer when slices are large: at most {@value #AHEAD_BYTES} bytes, at least two)
 * filled in ascending z by one background thread, so reading the file overlaps the caller's work
 * on earlier slices and a slice that costs the caller more than another does not stall the
 * reader. The caller's thread only copies (or converts) a filled buffer into its array. A read out
 * of order waits for the reads in flight and restarts the ring there; values never depend on the
 * order.
 */
public final class RawVolume implements VolumeSource {
    private static final int MAX_AHEAD = 4;
    private static final long AHEAD_BYTES = 32L << 20;
    private final Path file;
    private final RawLayout layout;
    private final FileChannel channel;
    /** Slot k holds slice z with z % slots == k once its read is done. */
    private final ByteBuffer[] ring;
    private final Future<?>[] pending;
    private final int[] slotSlice;
    private final ExecutorService reader;
    private short[] shorts;
    private byte[] bytes;
    /** The slice whose slot {@link #levelsInPlace} handed out (kept until the next read), or -1. */
    private int held = -1;

    private RawVolume(Path file, RawLayout layout, FileChannel channel, boolean prefetch) {
        this.file = file;
        this.layout = layout;
        this.channel = channel;
        long bytes = layout.sliceBytes();
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new InputException(file + ": one slice of " + bytes + " bytes is larger than a buffer can hold");
        }
        ByteOrder order = layout.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int slots = prefetch ? (int) Math.max(2, Math.min(MAX_AHEAD, AHEAD_BYTES / Math.max(1, bytes))) : 1;
        this.ring = new ByteBuffer[slots];
        for (int k = 0; k < slots; k++) {
            ring[k] = ByteBuffer.allocateDirect((int) bytes).order(order);
        }
        this.pending = new Future<?>[slots];
        this.slotSlice = new int[slots];
        java.util.Arrays.fill(slotSlice, -1);
        this.reader = prefetch ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "anodefree-raw-prefetch");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Opens {@code file}, checking that its size matches the layout exactly. */
    public static RawVolume open(Path file, RawLayout layout) {
        return open(file, layout, false);
    }

    /** Like {@link #open}, with the next slices read ahead on a background thread. */
    public static RawVolume openPrefetching(Path file, RawLayout layout) {
        return open(file, layout, true);
    }

    private static RawVolume open(Path file, RawLayout layout, boolean prefetch) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        try {
            long size = Files.size(file);
            if (size != layout.totalBytes()) {
                throw new InputException(file + ": file has " + size + " bytes but shape " + layout.width() + ","
                        + layout.height() + "," + layout.depth() + " of " + layout.type().name().toLowerCase()
                        + " needs " + layout.totalBytes() + "; check --shape and --dtype");
            }
            return new RawVolume(file, layout, FileChannel.open(file, StandardOpenOption.READ), prefetch);
        } catch (IOException e) {
            throw new InputException(file + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public int width() {
        return layout.width();
    }

    @Override
    public int height() {
        return layout.height();
    }

    @Override
    public int depth() {
        return layout.depth();
    }

    @Override
    public SampleType sampleType() {
        return layout.type();
    }

    @Override
    public OptionalDouble voxelSizeMeters() {
        return OptionalDouble.empty();
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public void readSlice(int z, float[] out) {
        releaseHeld();
        convert(acquire(z), out);
        release(z);
    }

    /**
     * Little-endian 16-bit files hand out the ring's slot itself: no copy on the caller's thread
     * at all (the only copy, from the page cache into the slot, ran on the read-ahead thread). The
     * slot is refilled only after the next read from this volume.
     */
    @Override
    public ByteBuffer levelsInPlace(int z) {
        if (layout.type() != SampleType.UINT16 || layout.bigEndian()) {
            return null;
        }
        releaseHeld();
        ByteBuffer b = acquire(z);
        held = z;
        return b;
    }

    private void releaseHeld() {
        if (held >= 0) {
            int z = held;
            held = -1;
            release(z);
        }
    }

    /** 8- and 16-bit files hand out their levels without conversion. */
    @Override
    public boolean readsLevels() {
        return layout.type() != SampleType.FLOAT32;
    }

    /**
     * Copies slice {@code z}'s levels into {@code out} (a bulk copy for little-endian 16-bit data);
     * the prefetching variant reads the next slices from the file on its thread meanwhile.
     */
    @Override
    public void readLevels(int z, byte[] out) {
        if (!readsLevels()) {
            throw new UnsupportedOperationException(file + ": float32 voxels have no integer levels");
        }
        releaseHeld();
        toLevels(acquire(z), out);
        release(z);
    }

    /** The buffer holding slice z, read (flipped, position 0); valid until {@link #release}. */
    private ByteBuffer acquire(int z) {
        int k = z % ring.length;
        if (slotSlice[k] != z) {
            drain(); // out of order: let the reads in flight finish, then start over at z
            if (reader == null) {
                fill(z, ring[k]);
                slotSlice[k] = z;
                return ring[k];
            }
            for (int s = z; s < Math.min(layout.depth(), z + ring.length); s++) {
                schedule(s);
            }
        }
        if (pending[k] != null) {
            join(pending[k]);
            pending[k] = null;
        }
        return ring[k];
    }

    /** Slice z has been copied out: its slot takes the slice {@code slots} further on. */
    private void release(int z) {
        int k = z % ring.length;
        slotSlice[k] = -1;
        int next = z + ring.length;
        if (reader != null && next < layout.depth()) {
            schedule(next);
        }
    }

    private void schedule(int z) {
        int k = z % ring.length;
        ByteBuffer b = ring[k];
        slotSlice[k] = z;
        pending[k] = reader.submit(() -> fill(z, b));
    }

    /** Waits for every read in flight (their failures are dropped: no slice of theirs was asked for) and empties the ring. */
    private void drain() {
        for (int k = 0; k < ring.length; k++) {
            if (pending[k] != null) {
                try {
                    pending[k].get();
                } catch (ExecutionException e) {
                    // a read ahead of a slice nobody asked for: nothing to report
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InputException(file + ": interrupted while reading", e);
                }
                pending[k] = null;
            }
            slotSlice[k] = -1;
        }
    }

    private void toLevels(ByteBuffer buffer, byte[] out) {
        int n = layout.width() * layout.height();
        if (layout.type() == SampleType.UINT16) {
            if (!layout.bigEndian()) {
                buffer.get(out, 0, 2 * n); // already the little-endian levels
            } else {
                ByteBuffer.wrap(out, 0, 2 * n).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().put(buffer.asShortBuffer());
            }
            return;
        }
        if (bytes == null) {
            bytes = new byte[n];
        }
        buffer.get(bytes, 0, n);
        for (int i = 0; i < n; i++) {
            out[2 * i] = bytes[i];
            out[2 * i + 1] = 0;
        }
    }

    private void join(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new InputException(file + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(file + ": interrupted while reading", e);
        }
    }

    private ByteBuffer fill(int z, ByteBuffer buffer) {
        long position = z * layout.sliceBytes();
        buffer.clear();
        try {
            while (buffer.hasRemaining()) {
                int r = channel.read(buffer, position + buffer.position());
                if (r < 0) {
                    throw InputException.atByte(file.toString(), position + buffer.position(),
                            "file ends inside slice " + z);
                }
            }
        } catch (IOException e) {
            throw InputException.atByte(file.toString(), position, "cannot read slice " + z + " (" + e.getMessage() + ")");
        }
        buffer.flip();
        return buffer;
    }

    private void convert(ByteBuffer buffer, float[] out) {
        int n = layout.width() * layout.height();
        switch (layout.type()) {
            // Bulk copies out of the direct buffer, then a plain widening loop the JIT vectorises.
            case UINT8 -> {
                if (bytes == null) {
                    bytes = new byte[n];
                }
                buffer.get(bytes, 0, n);
                for (int i = 0; i < n; i++) {
                    out[i] = bytes[i] & 0xff;
                }
            }
            case UINT16 -> {
                if (shorts == null) {
                    shorts = new short[n];
                }
                buffer.asShortBuffer().get(shorts, 0, n);
                for (int i = 0; i < n; i++) {
                    out[i] = shorts[i] & 0xffff;
                }
            }
            default -> buffer.asFloatBuffer().get(out, 0, n);
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            for (Future<?> f : pending) {
                if (f != null) {
                    f.cancel(false);
                }
            }
            reader.shutdown();
            try {
                // the channel closes below: let a read in progress end first
                reader.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new InputException(file + ": cannot close (" + e.getMessage() + ")", e);
        }
    }
}
