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
 * A headerless binary volume read slice by slice through a {@link FileChannel}: memory is two
 * slice buffers whatever the file size. The voxel size is never in the file.
 *
 * <p>The prefetching variant ({@link #openPrefetching}) reads and converts slice z + 1 on one
 * background thread while the caller works on slice z (one more float slice of memory); it returns
 * the same values, only sooner when the caller streams in ascending z.
 */
public final class RawVolume implements VolumeSource {
    private final Path file;
    private final RawLayout layout;
    private final FileChannel channel;
    private final ByteBuffer[] buffers;
    private final ExecutorService reader;
    private final float[] converted;
    private Future<ByteBuffer> ahead;
    private int aheadZ = -1;
    /** Whether the slice read ahead was left as bytes for {@link #readLevels} (else converted to floats). */
    private boolean aheadLevels;
    private short[] shorts;
    private byte[] bytes;

    private RawVolume(Path file, RawLayout layout, FileChannel channel, boolean prefetch) {
        this.file = file;
        this.layout = layout;
        this.channel = channel;
        long bytes = layout.sliceBytes();
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new InputException(file + ": one slice of " + bytes + " bytes is larger than a buffer can hold");
        }
        ByteOrder order = layout.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        this.buffers = new ByteBuffer[] {
            ByteBuffer.allocateDirect((int) bytes).order(order), ByteBuffer.allocateDirect((int) bytes).order(order),
        };
        this.converted = prefetch ? new float[layout.width() * layout.height()] : null;
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

    /** Like {@link #open}, with the next slice read ahead on a background thread. */
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
        int n = layout.width() * layout.height();
        if (ahead != null && aheadZ == z) {
            ByteBuffer b = join(ahead);
            if (aheadLevels) {
                convert(b, out);
            } else {
                System.arraycopy(converted, 0, out, 0, n);
            }
        } else {
            if (ahead != null) {
                join(ahead); // it uses the buffers this read needs
            }
            convert(fill(z, buffers[0]), out);
        }
        ahead = null;
        if (reader != null && z + 1 < layout.depth()) {
            // Read and convert the next slice while the caller works on this one.
            int next = z + 1;
            ahead = reader.submit(() -> {
                convert(fill(next, buffers[1]), converted);
                return buffers[1];
            });
            aheadZ = next;
            aheadLevels = false;
        }
    }

    /** 8- and 16-bit files hand out their levels without conversion. */
    @Override
    public boolean readsLevels() {
        return layout.type() != SampleType.FLOAT32;
    }

    /**
     * Copies slice {@code z}'s levels into {@code out}. The prefetching variant reads the next slice
     * from the file on its thread meanwhile; the copy into {@code out} (a bulk copy for little-endian 16-bit
     * data) stays on the caller's thread, so no third slice buffer is needed.
     */
    @Override
    public void readLevels(int z, byte[] out) {
        if (!readsLevels()) {
            throw new UnsupportedOperationException(file + ": float32 voxels have no integer levels");
        }
        ByteBuffer b = null;
        if (ahead != null) {
            ByteBuffer done = join(ahead); // it may use the buffers this read needs
            if (aheadZ == z && aheadLevels) {
                b = done;
            }
        }
        if (b == null) {
            b = fill(z, buffers[0]);
        }
        ahead = null;
        toLevels(b, out);
        if (reader != null && z + 1 < layout.depth()) {
            int next = z + 1;
            ahead = reader.submit(() -> fill(next, buffers[1]));
            aheadZ = next;
            aheadLevels = true;
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

    private ByteBuffer join(Future<ByteBuffer> f) {
        try {
            return f.get();
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
            if (ahead != null) {
                ahead.cancel(false);
            }
            reader.shutdown();
        }
        try {
            channel.close();
        } catch (IOException e) {
            throw new InputException(file + ": cannot close (" + e.getMessage() + ")", e);
        }
    }
}
