package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For GUI tests of the app: looks at what the event thread is doing every 2 ms and fails the test if it was ever
 * caught in the project store (H2), the Lucene index, reading or writing the preferences file, or file I/O called
 * from Rapport's code.
 * A look can miss a short call, but never reports one that did not happen.
 */
public final class EdtIoWatch implements BeforeEachCallback, AfterEachCallback {
    private static final List<String> IO_CODE = List.of("org.h2.", "org.apache.lucene.", "org.rapport.store.");
    /** The methods of the preferences on disk that read or write the file (a get after loading is a map lookup). */
    private static final List<String> PREFS_IO = List.of("loadCache", "writeBackCache", "syncSpiPrivileged", "lockFile");
    private static final List<String> FILE_IO = List.of("java.nio.file.Files", "java.io.FileInputStream",
            "java.io.FileOutputStream", "java.io.RandomAccessFile", "java.nio.channels.FileChannel");

    private final List<String> caught = new CopyOnWriteArrayList<>();
    private volatile boolean watching;
    private volatile Thread edt;
    private Thread watcher;

    @Override
    public void beforeEach(ExtensionContext context) {
        caught.clear();
        watching = true;
        watcher = new Thread(this::watch, "edt-io-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        watching = false;
        watcher.join(2_000);
        if (!caught.isEmpty()) {
            fail(caught.size() + " look(s) found the event thread doing I/O; the first:\n" + caught.get(0));
        }
    }

    private void watch() {
        AtomicBoolean asking = new AtomicBoolean();
        while (watching) {
            Thread t = edt;
            // the event thread is replaced after an uncaught exception or when AWT shuts it down between windows
            if (t == null || !t.isAlive()) {
                if (asking.compareAndSet(false, true)) {
                    EventQueue.invokeLater(() -> {
                        edt = Thread.currentThread();
                        asking.set(false);
                    });
                }
            } else {
                StackTraceElement[] stack = t.getStackTrace();
                if (isIo(stack)) caught.add(describe(t, stack));
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Store, index or preferences code anywhere on the stack; or a file call made by Rapport's own code through
     * the file API only (so class and resource loading, which read jars through the class loader, do not count).
     */
    static boolean isIo(StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            String cls = stack[i].getClassName();
            if (IO_CODE.stream().anyMatch(cls::startsWith)) return true;
            if (cls.equals("java.util.prefs.FileSystemPreferences") && PREFS_IO.contains(stack[i].getMethodName())) {
                return true;
            }
            if (FILE_IO.stream().anyMatch(cls::equals) && calledByRapport(stack, i + 1)) return true;
        }
        return false;
    }

    private static boolean calledByRapport(StackTraceElement[] stack, int from) {
        for (int j = from; j < stack.length; j++) {
            String caller = stack[j].getClassName();
            if (caller.startsWith("org.rapport.")) return true;
            if (!caller.startsWith("java.io.") && !caller.startsWith("java.nio.") && !caller.startsWith("sun.nio.")) {
                return false;
            }
        }
        return false;
    }

    private static String describe(Thread t, StackTraceElement[] stack) {
        StringBuilder sb = new StringBuilder(t.getName()).append('\n');
        for (StackTraceElement e : stack) sb.append("    at ").append(e).append('\n');
        return sb.toString();
    }
}
