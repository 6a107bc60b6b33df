package org.rapport.media;

import java.awt.image.BufferedImage;
import java.util.OptionalInt;

/**
 * Reads the frame number that the frame-index sample videos (src/test/resources/media/make-frame-index.sh) draw into
 * every picture: 12 blocks of 16×16 pixels at the top left carry the number in binary (bit 11 first, white = 1), the
 * row of blocks below carries its complement. A picture whose two rows disagree anywhere (torn, blank, not one of
 * these videos) reads as empty. Works on the RGB pixels the player delivers (VideoFrames) and on a rendered panel.
 */
public final class FrameIndexPicture {
    static final int BITS = 12;
    static final int BLOCK = 16;

    private FrameIndexPicture() {
    }

    public static OptionalInt read(int[] rgb, int width, int height) {
        if (width < BITS * BLOCK || height < 2 * BLOCK || rgb.length < width * 2 * BLOCK) return OptionalInt.empty();
        int value = 0;
        for (int bit = 0; bit < BITS; bit++) {
            int x = bit * BLOCK + BLOCK / 2;
            boolean one = bright(rgb[(BLOCK / 2) * width + x]);
            boolean complement = bright(rgb[(BLOCK + BLOCK / 2) * width + x]);
            if (one == complement) return OptionalInt.empty();
            value = value * 2 + (one ? 1 : 0);
        }
        return OptionalInt.of(value);
    }

    /**
     * Reads a capture of a picture of {@code videoWidth × videoHeight} pixels shown scaled to the capture's size (the
     * video panel letterboxes and scales it): each block is sampled at its centre.
     */
    public static OptionalInt read(BufferedImage shot, int videoWidth, int videoHeight) {
        double sx = shot.getWidth() / (double) videoWidth;
        double sy = shot.getHeight() / (double) videoHeight;
        if (sx * BLOCK < 2 || sy * BLOCK < 2) return OptionalInt.empty();
        int value = 0;
        for (int bit = 0; bit < BITS; bit++) {
            int x = (int) ((bit * BLOCK + BLOCK / 2.0) * sx);
            boolean one = bright(shot.getRGB(x, (int) (BLOCK / 2.0 * sy)));
            boolean complement = bright(shot.getRGB(x, (int) (BLOCK * 1.5 * sy)));
            if (one == complement) return OptionalInt.empty();
            value = value * 2 + (one ? 1 : 0);
        }
        return OptionalInt.of(value);
    }

    /** Grey blocks: any of the three channels tells white from black. */
    private static boolean bright(int rgb) {
        return ((rgb >> 8) & 0xff) > 128;
    }
}
