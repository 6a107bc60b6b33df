package org.rapport.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Walks the boxes of an MP4/MOV file (ISO/IEC 14496-12): each box is a size, a four-letter type and a payload. */
final class Mp4Boxes {
    /** One box: where it starts, where its payload starts and where it ends. */
    record Box(String type, long start, long payload, long end) {
    }

    private Mp4Boxes() {
    }

    /** The boxes directly inside [from, to), in file order. */
    static List<Box> children(FileChannel ch, long from, long to) throws IOException {
        List<Box> boxes = new ArrayList<>();
        long pos = from;
        while (pos + 8 <= to) {
            ByteBuffer h = read(ch, pos, 16);
            if (h.remaining() < 8) break;
            long size = Integer.toUnsignedLong(h.getInt());
            byte[] t = new byte[4];
            h.get(t);
            long header = 8;
            if (size == 1) {
                if (h.remaining() < 8) break;
                size = h.getLong();
                header = 16;
            } else if (size == 0) {
                size = to - pos;
            }
            if (size < header) break;
            // a truncated file may end inside its last box: keep what is there
            boxes.add(new Box(new String(t, StandardCharsets.ISO_8859_1), pos, pos + header, Math.min(pos + size, to)));
            pos += size;
        }
        return boxes;
    }

    /** The first box of a type directly inside [from, to), or null. */
    static Box find(FileChannel ch, long from, long to, String type) throws IOException {
        for (Box b : children(ch, from, to)) {
            if (b.type().equals(type)) return b;
        }
        return null;
    }

    /** Follows a path of box types from a parent's payload, e.g. "mdia", "minf", "stbl"; null when one is missing. */
    static Box path(FileChannel ch, Box parent, String... types) throws IOException {
        Box b = parent;
        for (String t : types) {
            b = find(ch, b.payload(), b.end(), t);
            if (b == null) return null;
        }
        return b;
    }

    /** A box's whole payload (sample tables of long recordings are a few MB at most). */
    static ByteBuffer payload(FileChannel ch, Box b) throws IOException {
        long len = b.end() - b.payload();
        if (len > Integer.MAX_VALUE) throw new IOException("box " + b.type() + " too large");
        return read(ch, b.payload(), (int) len);
    }

    static ByteBuffer read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) break;
        }
        b.flip();
        return b;
    }
}
