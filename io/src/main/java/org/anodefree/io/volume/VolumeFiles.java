package org.anodefree.io.volume;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.anodefree.InputException;
import org.anodefree.tomo.VolumeSource;

/** Opens a volume from a path: a folder of TIFF slices, a raw file with a given layout, or a multi-page TIFF. */
public final class VolumeFiles {
    private VolumeFiles() {
    }

    /**
     * Opens {@code path} as a volume (raw files read the next slice ahead on a background thread).
     *
     * @param raw the layout of a headerless file, or null to read TIFF (file or folder)
     */
    public static VolumeSource open(Path path, RawLayout raw) {
        if (!Files.exists(path)) {
            throw new InputException(path + ": no such file or folder");
        }
        if (raw != null) {
            return RawVolume.openPrefetching(path, raw);
        }
        if (Files.isDirectory(path)) {
            return TiffFolderVolume.open(path);
        }
        return TiffVolume.open(path);
    }

    /**
     * The voxel size to use: the one given by the user wins over the file's; with neither, a clear
     * error saying how to give it.
     *
     * @param givenMeters from the command line, or NaN
     */
    public static double voxelSizeMeters(VolumeSource volume, double givenMeters) {
        if (!Double.isNaN(givenMeters)) {
            return givenMeters;
        }
        OptionalDouble fromFile = volume.voxelSizeMeters();
        if (fromFile.isPresent()) {
            return fromFile.getAsDouble();
        }
        throw new InputException(volume.name() + ": the voxel size is not in the file; give it with --voxel"
                + " (e.g. --voxel 1.7um)");
    }
}
