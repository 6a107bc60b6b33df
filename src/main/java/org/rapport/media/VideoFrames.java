package org.rapport.media;

/**
 * Where the VLCJ player puts decoded video frames (callback rendering: robust under Xvfb and free of native
 * windows). Both methods are called on libVLC's video thread: implementations copy and repaint, nothing more.
 */
public interface VideoFrames {
    /** The video's size is known; returns the array of width × height RGB pixels frames are copied into. */
    int[] allocate(int width, int height);

    /** A new frame has been copied into the array (the copy holds the array's monitor). */
    void frameReady();
}
