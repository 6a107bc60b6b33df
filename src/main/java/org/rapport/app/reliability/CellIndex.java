package org.rapport.app.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers the distinct texts of CSV cells 0, 1, 2 ... in the order they first appear, and remembers the line each
 * first appeared on. A cell is looked up by its bytes ({@link CsvRecords}), so a text seen before costs no String:
 * a rating file repeats a few values and raters millions of times.
 */
final class CellIndex {
    private int[] slots = new int[64]; // id + 1, or 0 when free
    private int[] hashes = new int[32];
    private byte[][] keys = new byte[32][];
    private final List<String> texts = new ArrayList<>();
    private int[] firstLines = new int[32];

    /** The number of the current record's cell; a text not seen before gets the next number. */
    int idOf(CsvRecords r, int cell) {
        byte[] b = r.bytes();
        int from = r.start(cell);
        int to = r.end(cell);
        int h = hash(b, from, to);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) return add(i, h, b, from, to, r.line());
            int id = slot - 1;
            if (hashes[id] == h && Arrays.equals(keys[id], 0, keys[id].length, b, from, to)) return id;
        }
    }

    private int add(int slot, int h, byte[] b, int from, int to, int line) {
        int id = texts.size();
        if (id == keys.length) {
            keys = Arrays.copyOf(keys, id * 2);
            hashes = Arrays.copyOf(hashes, id * 2);
            firstLines = Arrays.copyOf(firstLines, id * 2);
        }
        keys[id] = Arrays.copyOfRange(b, from, to);
        hashes[id] = h;
        firstLines[id] = line;
        texts.add(new String(b, from, to - from, StandardCharsets.UTF_8));
        slots[slot] = id + 1;
        if (texts.size() * 2 > slots.length) rehash();
        return id;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < texts.size(); id++) {
            int i = hashes[id] & mask;
            while (bigger[i] != 0) i = (i + 1) & mask;
            bigger[i] = id + 1;
        }
        slots = bigger;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + b[i];
        return h ^ (h >>> 16);
    }

    int size() {
        return texts.size();
    }

    String text(int id) {
        return texts.get(id);
    }

    /** The texts in the order of their numbers. */
    List<String> texts() {
        return texts;
    }

    /** The line the text numbered {@code id} first appeared on. */
    int firstLine(int id) {
        return firstLines[id];
    }
}
