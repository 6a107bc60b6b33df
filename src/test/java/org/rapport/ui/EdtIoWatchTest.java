package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the event-thread watch counts as I/O (so its silence in the GUI tests means something). */
class EdtIoWatchTest {
    private static StackTraceElement frame(String cls, String method) {
        return new StackTraceElement(cls, method, null, -1);
    }

    @Test
    void theStoreAndTheIndexCountWhereverTheyAreOnTheStack() {
        assertTrue(EdtIoWatch.isIo(new StackTraceElement[] {frame("org.h2.mvstore.FileStore", "readFully"),
                frame("org.rapport.store.ProjectStore", "read"), frame("java.awt.EventDispatchThread", "run")}));
        assertTrue(EdtIoWatch.isIo(new StackTraceElement[] {frame("org.apache.lucene.search.IndexSearcher", "search"),
                frame("java.awt.EventDispatchThread", "run")}));
    }

    @Test
    void readingThePreferencesFileCountsButLookingUpALoadedValueDoesNot() {
        assertTrue(EdtIoWatch.isIo(new StackTraceElement[] {frame("java.util.prefs.FileSystemPreferences", "loadCache"),
                frame("java.util.prefs.FileSystemPreferences", "getSpi"), frame("org.rapport.ui.shell.Prefs", "key")}));
        assertFalse(EdtIoWatch.isIo(new StackTraceElement[] {frame("java.util.prefs.FileSystemPreferences", "getSpi"),
                frame("java.util.prefs.AbstractPreferences", "get"), frame("org.rapport.ui.shell.Prefs", "key")}));
    }

    @Test
    void aFileCallFromRapportCountsButClassLoadingDoesNot() {
        assertTrue(EdtIoWatch.isIo(new StackTraceElement[] {frame("sun.nio.fs.UnixNativeDispatcher", "stat0"),
                frame("java.nio.file.Files", "isRegularFile"), frame("org.rapport.ui.session.SessionView", "<init>")}));
        assertFalse(EdtIoWatch.isIo(new StackTraceElement[] {frame("java.io.RandomAccessFile", "readBytes"),
                frame("java.util.zip.ZipFile$Source", "readFullyAt"), frame("java.lang.ClassLoader", "loadClass"),
                frame("org.rapport.ui.search.SearchPanel", "<init>")}));
        assertFalse(EdtIoWatch.isIo(new StackTraceElement[] {frame("java.io.FileInputStream", "readBytes"),
                frame("sun.font.TrueTypeFont", "open"), frame("javax.swing.JLabel", "paint")}));
    }
}
