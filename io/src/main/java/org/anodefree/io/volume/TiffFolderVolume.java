package org.anodefree.io.volume;

import ij.io.FileInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.anodefree.InputException;
import org.anodefree.io.tiff.TiffPages;
import org.anodefree.tomo.SampleType;
import org.anodefree.tomo.VolumeSource;

/**
 * A folder of single-slice TIFF files, one z slice each, in natural name order ({@code s2.tif}
 * before {@code s10.tif}), as reconstruction software writes them.
 */
public final class TiffFolderVolume implements VolumeSource {
    private final Path folder;
    private final List<Path> files;
    private final FileInfo first;
    private final SampleType type;
    private final OptionalDouble voxel;

    private TiffFolderVolume(Path folder, List<Path> files) {
        this.folder = folder;
        this.files = files;
        FileInfo[] pages = TiffPages.pages(files.get(0));
        this.first = pages[0];
        this.type = TiffPages.sampleType(first, files.get(0));
        this.voxel = TiffVolume.voxelSizeMeters(first, files.get(0));
    }

    /** Opens every {@code .tif}/{@code .tiff} file of a folder as one slice. */
    public static TiffFolderVolume open(Path folder) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(p) && !n.startsWith(".") && (n.endsWith(".tif") || n.endsWith(".tiff"));
            }).forEach(files::add);
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new InputException(folder + ": the folder holds no .tif or .tiff slices");
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString(), TiffFolderVolume::natural));
        return new TiffFolderVolume(folder, files);
    }

    /** Compares names with digit runs as numbers. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    @Override
    public int width() {
        return first.width;
    }

    @Override
    public int height() {
        return first.height;
    }

    @Override
    public int depth() {
        return files.size();
    }

    @Override
    public SampleType sampleType() {
        return type;
    }

    @Override
    public OptionalDouble voxelSizeMeters() {
        return voxel;
    }

    @Override
    public String name() {
        return folder.toString();
    }

    @Override
    public void readSlice(int z, float[] out) {
        Path file = files.get(z);
        FileInfo fi = z == 0 ? first : TiffPages.pages(file)[0];
        if (fi.width != first.width || fi.height != first.height || fi.fileType != first.fileType) {
            throw new InputException(file + ": slice is " + fi.width + " x " + fi.height + " " + TiffPages.typeName(fi)
                    + " but the first slice is " + first.width + " x " + first.height + " " + TiffPages.typeName(first));
        }
        TiffPages.read(file, fi, out, z);
    }
}
