package org.anodefree.io.volume;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalDouble;
import org.anodefree.InputException;
import org.anodefree.tomo.SampleType;
import org.anodefree.tomo.VolumeSource;

/**
 * A headerless binary volume read slice by slice through a {@link FileChannel} into one reused
 * buffer: memory is one slice whatever the file size. The voxel size is never in the file.
 */
public final class RawVolume implements VolumeSource {
    private final Path file;
    private final RawLayout layout;
    private final FileChannel channel;
    private final ByteBuffer buffer;

    private RawVolume(Path file, RawLayout layout, FileChannel channel) {
        this.file = file;
        this.layout = layout;
        this.channel = channel;
        long bytes = layout.sliceBytes();
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new InputException(file + ": one slice of " + bytes + " bytes is larger than a buffer can hold");
        }
        this.buffer = ByteBuffer.allocateDirect((int) bytes)
                .order(layout.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    /** Opens {@code file}, checking that its size matches the layout exactly. */
    public static RawVolume open(Path file, RawLayout layout) {
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
            return new RawVolume(file, layout, FileChannel.open(file, StandardOpenOption.READ));
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
        int n = layout.width() * layout.height();
        switch (layout.type()) {
            case UINT8 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buffer.get(i) & 0xff;
                }
            }
            case UINT16 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buffer.getShort(i << 1) & 0xffff;
                }
            }
            default -> buffer.asFloatBuffer().get(out, 0, n);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new InputException(file + ": cannot close (" + e.getMessage() + ")", e);
        }
    }
}
