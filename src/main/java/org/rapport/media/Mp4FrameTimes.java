package org.rapport.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Frame times of the first video track of an MP4/MOV file, read from its sample table (stts decode times, ctts
 * composition offsets, stss key frames, the edit list's media start). Times are the media's own (movie) times, the
 * ones libVLC reports, so frame 0 starts at 0.
 */
final class Mp4FrameTimes implements FrameTimes {
    /** Reordering never looks further back than this many samples in practice (H.264 allows at most 16). */
    private static final int REORDER_WINDOW = 32;

    private final double[] startMs;
    private final double[] decodeMs;
    private final int[] syncDecode;
    private final int[] frameOfDecode;
    private final int reorderDepth;
    private final double trackOffsetMs;

    private Mp4FrameTimes(double[] startMs, double[] decodeMs, int[] syncDecode, int[] frameOfDecode, int reorderDepth,
            double trackOffsetMs) {
        this.startMs = startMs;
        this.decodeMs = decodeMs;
        this.syncDecode = syncDecode;
        this.frameOfDecode = frameOfDecode;
        this.reorderDepth = reorderDepth;
        this.trackOffsetMs = trackOffsetMs;
    }

    /** Empty when the file is not an MP4/MOV with a video track (or its sample table is unreadable). */
    static Optional<FrameTimes> read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return Optional.ofNullable(read(ch));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Mp4FrameTimes read(FileChannel ch) throws IOException {
        Mp4Boxes.Box moov = Mp4Boxes.find(ch, 0, ch.size(), "moov");
        if (moov == null) return null;
        Mp4Boxes.Box mvhd = Mp4Boxes.find(ch, moov.payload(), moov.end(), "mvhd");
        if (mvhd == null) return null;
        long movieScale = timescale(Mp4Boxes.payload(ch, mvhd));
        for (Mp4Boxes.Box trak : Mp4Boxes.children(ch, moov.payload(), moov.end())) {
            if (!trak.type().equals("trak")) continue;
            Mp4Boxes.Box hdlr = Mp4Boxes.path(ch, trak, "mdia", "hdlr");
            if (hdlr == null || !handler(Mp4Boxes.payload(ch, hdlr)).equals("vide")) continue;
            Mp4Boxes.Box mdhd = Mp4Boxes.path(ch, trak, "mdia", "mdhd");
            Mp4Boxes.Box stbl = Mp4Boxes.path(ch, trak, "mdia", "minf", "stbl");
            if (mdhd == null || stbl == null) return null;
            return fromSampleTable(ch, trak, stbl, timescale(Mp4Boxes.payload(ch, mdhd)), movieScale);
        }
        return null;
    }

    private static Mp4FrameTimes fromSampleTable(FileChannel ch, Mp4Boxes.Box trak, Mp4Boxes.Box stbl, long scale,
            long movieScale) throws IOException {
        if (scale <= 0) return null;
        long[] dts = decodeTimes(payloadOf(ch, stbl, "stts"));
        int n = dts.length;
        if (n == 0) return null;
        long[] cts = dts.clone();
        ByteBuffer ctts = payloadOf(ch, stbl, "ctts");
        if (ctts != null) addOffsets(ctts, cts);
        int[] sync = syncSamples(payloadOf(ch, stbl, "stss"), n);
        long[] edit = edit(ch, trak, movieScale);
        double emptyMs = edit[0] * 1000.0 / movieScale;
        double mediaStartMs = edit[1] * 1000.0 / scale;

        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong(i -> cts[i]));
        double[] start = new double[n];
        int[] frameOfDecode = new int[n];
        for (int f = 0; f < n; f++) {
            start[f] = cts[order[f]] * 1000.0 / scale - mediaStartMs + emptyMs;
            frameOfDecode[order[f]] = f;
        }
        double[] decodeMs = new double[n];
        for (int i = 0; i < n; i++) decodeMs[i] = dts[i] * 1000.0 / scale;
        return new Mp4FrameTimes(start, decodeMs, sync, frameOfDecode, reorderDepth(cts),
                mediaStartMs - emptyMs);
    }

    private static ByteBuffer payloadOf(FileChannel ch, Mp4Boxes.Box stbl, String type) throws IOException {
        Mp4Boxes.Box b = Mp4Boxes.find(ch, stbl.payload(), stbl.end(), type);
        return b == null ? null : Mp4Boxes.payload(ch, b);
    }

    /** mvhd/mdhd: version, flags, then times of 4 or 8 bytes, then the timescale. */
    private static long timescale(ByteBuffer b) {
        int version = b.get(0) & 0xff;
        return Integer.toUnsignedLong(b.getInt(version == 1 ? 20 : 12));
    }

    private static String handler(ByteBuffer b) {
        byte[] t = new byte[4];
        b.position(8);
        b.get(t);
        return new String(t, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static long[] decodeTimes(ByteBuffer stts) {
        if (stts == null) return new long[0];
        stts.position(4);
        int entries = stts.getInt();
        long total = 0;
        long[][] runs = new long[entries][];
        for (int e = 0; e < entries; e++) {
            runs[e] = new long[] {Integer.toUnsignedLong(stts.getInt()), Integer.toUnsignedLong(stts.getInt())};
            total += runs[e][0];
        }
        long[] dts = new long[Math.toIntExact(total)];
        long t = 0;
        int i = 0;
        for (long[] run : runs) {
            for (long k = 0; k < run[0]; k++) {
                dts[i++] = t;
                t += run[1];
            }
        }
        return dts;
    }

    /** Composition offsets: signed in version 1, and written signed by many version 0 muxers too. */
    private static void addOffsets(ByteBuffer ctts, long[] cts) {
        ctts.position(4);
        int entries = ctts.getInt();
        int i = 0;
        for (int e = 0; e < entries && i < cts.length; e++) {
            long count = Integer.toUnsignedLong(ctts.getInt());
            int offset = ctts.getInt();
            for (long k = 0; k < count && i < cts.length; k++) cts[i++] += offset;
        }
    }

    /** Decode indexes of the key frames; every sample is one when there is no stss. */
    private static int[] syncSamples(ByteBuffer stss, int n) {
        if (stss == null) return IntStream.range(0, n).toArray();
        stss.position(4);
        int entries = stss.getInt();
        int[] sync = new int[entries];
        for (int e = 0; e < entries; e++) sync[e] = stss.getInt() - 1;
        Arrays.sort(sync);
        return sync.length == 0 ? new int[] {0} : sync;
    }

    /** {movie-time length of leading empty edits, media time where the first real edit starts}. */
    private static long[] edit(FileChannel ch, Mp4Boxes.Box trak, long movieScale) throws IOException {
        Mp4Boxes.Box elst = Mp4Boxes.path(ch, trak, "edts", "elst");
        if (elst == null || movieScale <= 0) return new long[] {0, 0};
        ByteBuffer b = Mp4Boxes.payload(ch, elst);
        int version = b.get() & 0xff;
        b.position(4);
        int entries = b.getInt();
        long empty = 0;
        for (int e = 0; e < entries; e++) {
            long duration = version == 1 ? b.getLong() : Integer.toUnsignedLong(b.getInt());
            long mediaTime = version == 1 ? b.getLong() : b.getInt();
            b.getInt(); // rate
            if (mediaTime >= 0) return new long[] {empty, mediaTime};
            empty += duration;
        }
        return new long[] {empty, 0};
    }

    /** The largest number of samples decoded before a sample but shown after it. */
    private static int reorderDepth(long[] cts) {
        int depth = 0;
        for (int i = 1; i < cts.length; i++) {
            int later = 0;
            for (int j = Math.max(0, i - REORDER_WINDOW); j < i; j++) {
                if (cts[j] > cts[i]) later++;
            }
            depth = Math.max(depth, later);
        }
        return depth;
    }

    int frameCount() {
        return startMs.length;
    }

    @Override
    public int frameAt(long ms) {
        int i = Arrays.binarySearch(startMs, ms + 1e-6);
        int f = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(startMs.length - 1, f));
    }

    @Override
    public double startMs(int frame) {
        return startMs[Math.max(0, Math.min(startMs.length - 1, frame))];
    }

    @Override
    public double durationMs(int frame) {
        int f = Math.max(0, Math.min(startMs.length - 1, frame));
        if (f + 1 < startMs.length) return startMs[f + 1] - startMs[f];
        return f > 0 ? startMs[f] - startMs[f - 1] : 40;
    }

    @Override
    public int reorderDepth() {
        return reorderDepth;
    }

    /**
     * As libVLC 3's MP4 demuxer does it: the media time plus the edit list's start gives a track time, the sample
     * decoded at that time is found from the decode times, and decoding starts at the key frame at or before it.
     * (Close before a key frame this is the key frame after the moment: the edit list shift meets decode times.)
     */
    @Override
    public int keyframeForSeek(double ms) {
        double trackMs = ms + trackOffsetMs;
        int i = Arrays.binarySearch(decodeMs, trackMs + 1e-6);
        int sample = Math.max(0, i >= 0 ? i : -i - 2);
        int s = Arrays.binarySearch(syncDecode, sample);
        int sync = syncDecode[Math.max(0, s >= 0 ? s : -s - 2)];
        return frameOfDecode[sync];
    }

    /** Display indexes of the key frames, for tests and diagnostics. */
    int[] keyframes() {
        return Arrays.stream(syncDecode).map(i -> frameOfDecode[i]).sorted().toArray();
    }
}
