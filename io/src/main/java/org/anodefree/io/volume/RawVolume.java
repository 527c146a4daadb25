package org.anodefree.io.volume;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anodefree.InputException;
import org.anodefree.tomo.SampleType;
import org.anodefree.tomo.VolumeSource;

/**
 * A headerless binary volume read slice by slice from the file mapped into memory a window of
 * slices at a time ({@link FileChannel#map}, at most {@value #WINDOW_BYTES} bytes, at least one
 * slice). The voxel size is never in the file.
 *
 * <p>Why mapped: a slice is copied once, from the kernel's page cache straight into the caller's
 * array; reading through {@code FileChannel.read} copies it twice (into a buffer, then into the
 * array), and for a count of a few operations a voxel those copies were most of the time.
 * The heap holds no slice at all; a window is unmapped as soon as the reads move on to the next
 * (see {@link #UNMAP}), so at most two windows are mapped at any time.
 *
 * <p>The prefetching variant ({@link #openPrefetching}) maps the next window as soon as the caller
 * enters one and has one background thread fault its pages in ({@link MappedByteBuffer#load}), so
 * the caller's copies do not wait on page faults. Values never depend on the order of reads.
 */
public final class RawVolume implements VolumeSource {
    private static final long WINDOW_BYTES = 64L << 20;
    private static final VarHandle FLOAT_LE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_BE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.BIG_ENDIAN);
    private final Path file;
    private final RawLayout layout;
    private final FileChannel channel;
    private final int sliceBytes;
    private final int slicesPerWindow;
    private final ExecutorService reader;
    private MappedByteBuffer window;
    private int windowIndex = -1;
    private MappedByteBuffer nextWindow;
    private int nextIndex = -1;
    private Future<?> nextLoad;
    private Future<?> windowLoad;
    /** The slice's bytes as stored, for conversions (null until a conversion needs it). */
    private byte[] raw;

    private RawVolume(Path file, RawLayout layout, FileChannel channel, boolean prefetch, long windowBytes) {
        this.file = file;
        this.layout = layout;
        this.channel = channel;
        long bytes = layout.sliceBytes();
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new InputException(file + ": one slice of " + bytes + " bytes is larger than a buffer can hold");
        }
        this.sliceBytes = (int) bytes;
        this.slicesPerWindow = (int) Math.max(1, Math.min(layout.depth(), windowBytes / Math.max(1, bytes)));
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
        return open(file, layout, prefetch, WINDOW_BYTES);
    }

    /** With windows of at most {@code windowBytes} (at least one slice): tests use tiny ones to cross many. */
    static RawVolume open(Path file, RawLayout layout, boolean prefetch, long windowBytes) {
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
            return new RawVolume(file, layout, FileChannel.open(file, StandardOpenOption.READ), prefetch, windowBytes);
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
        int n = layout.width() * layout.height();
        if (raw == null) {
            raw = new byte[sliceBytes];
        }
        copySlice(z, raw);
        boolean big = layout.bigEndian();
        switch (layout.type()) {
            case UINT8 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = raw[i] & 0xff;
                }
            }
            case UINT16 -> {
                int hi = big ? 0 : 1;
                for (int i = 0; i < n; i++) {
                    out[i] = (raw[2 * i + 1 - hi] & 0xff) | (raw[2 * i + hi] & 0xff) << 8;
                }
            }
            default -> {
                VarHandle f = big ? FLOAT_BE : FLOAT_LE;
                for (int i = 0; i < n; i++) {
                    out[i] = (float) f.get(raw, 4 * i);
                }
            }
        }
    }

    /** 8- and 16-bit files hand out their levels without conversion. */
    @Override
    public boolean readsLevels() {
        return layout.type() != SampleType.FLOAT32;
    }

    /**
     * Copies slice {@code z}'s levels into {@code out}: little-endian 16-bit data in one bulk copy
     * from the mapping, other layouts through a conversion.
     */
    @Override
    public void readLevels(int z, byte[] out) {
        if (!readsLevels()) {
            throw new UnsupportedOperationException(file + ": float32 voxels have no integer levels");
        }
        int n = layout.width() * layout.height();
        if (layout.type() == SampleType.UINT16 && !layout.bigEndian()) {
            copySlice(z, out);
            return;
        }
        if (raw == null) {
            raw = new byte[sliceBytes];
        }
        copySlice(z, raw);
        if (layout.type() == SampleType.UINT16) {
            for (int i = 0; i < n; i++) {
                out[2 * i] = raw[2 * i + 1];
                out[2 * i + 1] = raw[2 * i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[2 * i] = raw[i];
                out[2 * i + 1] = 0;
            }
        }
    }

    /**
     * Little-endian 16-bit files hand out each slice in place: a view of the mapped window, no copy
     * at all. The view stays valid after later reads too (windows are never unmapped explicitly).
     */
    @Override
    public ByteBuffer levelsInPlace(int z) {
        if (layout.type() != SampleType.UINT16 || layout.bigEndian()) {
            return null;
        }
        int w = windowOf(z);
        return window.slice((z - w * slicesPerWindow) * sliceBytes, sliceBytes);
    }

    /** Enters the window of slice z (mapping it, and the next, when needed); returns its index. */
    private int windowOf(int z) {
        if (z < 0 || z >= layout.depth()) {
            throw new IndexOutOfBoundsException(file + ": slice " + z + " of " + layout.depth());
        }
        int w = z / slicesPerWindow;
        if (w != windowIndex) {
            enter(w);
        }
        return w;
    }

    /** Copies slice z's stored bytes into {@code dst}, mapping its window (and the next) when needed. */
    private void copySlice(int z, byte[] dst) {
        int w = windowOf(z);
        try {
            window.get((z - w * slicesPerWindow) * sliceBytes, dst, 0, sliceBytes);
        } catch (InternalError e) {
            // The JVM's report of a fault on a mapped page: the file shrank under us.
            throw InputException.atByte(file.toString(), (long) z * sliceBytes, "cannot read slice " + z
                    + " (the file changed while being read: " + e.getMessage() + ")");
        }
    }

    private void enter(int w) {
        MappedByteBuffer left = window;
        Future<?> leftLoad = windowLoad;
        if (w == nextIndex) {
            window = nextWindow; // its pages may still be faulting in: reading them meanwhile is safe
            windowLoad = nextLoad;
        } else {
            release(nextWindow, nextLoad); // skipped: never used
            window = map(w);
            windowLoad = null;
        }
        release(left, leftLoad); // the caller's views of it expired with this read
        windowIndex = w;
        nextWindow = null;
        nextLoad = null;
        nextIndex = -1;
        int windows = (layout.depth() + slicesPerWindow - 1) / slicesPerWindow;
        if (reader != null && w + 1 < windows) {
            MappedByteBuffer next = map(w + 1);
            nextWindow = next;
            nextIndex = w + 1;
            nextLoad = reader.submit(next::load);
        }
    }

    /**
     * Unmaps a window once its page-faulting task has finished (nothing else reads it by then: the
     * caller's views expire at its next read). Without {@link #UNMAP} the window waits for the
     * garbage collector.
     */
    private void release(MappedByteBuffer b, Future<?> load) {
        if (b == null) {
            return;
        }
        if (load != null) {
            try {
                load.get();
            } catch (java.util.concurrent.CancellationException | java.util.concurrent.ExecutionException e) {
                // faulting pages in failed or never ran: the window is unmapped all the same
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // cannot tell whether the task still reads it: leave it to the collector
            }
        }
        if (UNMAP != null) {
            try {
                UNMAP.invokeExact((ByteBuffer) b);
            } catch (Throwable e) {
                // not unmapped now: the collector will
            }
        }
    }

    /**
     * {@code sun.misc.Unsafe.invokeCleaner}, bound, or null where the JVM does not offer it. Java 17
     * has no supported way to unmap a {@link MappedByteBuffer}; without it every window stays
     * mapped until collected and, as no garbage is made while streaming, the process's resident
     * size grows by the file's pages (8.6 GB for three passes over the 4 GiB benchmark volume).
     * The same call Lucene's MMapDirectory used on Java 9 to 18.
     */
    private static final MethodHandle UNMAP = unmapper();

    private static MethodHandle unmapper() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            return MethodHandles.lookup().findVirtual(unsafeClass, "invokeCleaner",
                    MethodType.methodType(void.class, ByteBuffer.class)).bindTo(theUnsafe.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private MappedByteBuffer map(int w) {
        long first = (long) w * slicesPerWindow;
        long slices = Math.min(slicesPerWindow, layout.depth() - first);
        try {
            return channel.map(FileChannel.MapMode.READ_ONLY, first * sliceBytes, slices * sliceBytes);
        } catch (IOException e) {
            throw InputException.atByte(file.toString(), first * sliceBytes, "cannot map slices " + first + " to "
                    + (first + slices - 1) + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        if (nextLoad != null) {
            nextLoad.cancel(false);
        }
        release(nextWindow, nextLoad);
        release(window, windowLoad);
        window = null;
        nextWindow = null;
        windowIndex = -1;
        nextIndex = -1;
        if (reader != null) {
            reader.shutdown();
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new InputException(file + ": cannot close (" + e.getMessage() + ")", e);
        }
    }
}
