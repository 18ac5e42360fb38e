package org.summitgraph.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The WARN and ERROR lines the application logs while a test sends its requests, for tests of hostile
 * input that must be answered without a single one.
 */
public final class LoudLog implements AutoCloseable {

    /** Vert.x's warning that an event loop was slow: about the machine's load, not about a request. */
    private static final String BLOCKED_THREAD_CHECKER = "io.vertx.core.impl.BlockedThreadChecker";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()
                    && !BLOCKED_THREAD_CHECKER.equals(record.getLoggerName())) {
                lines.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LoudLog() {
        Logger.getLogger("").addHandler(handler);
    }

    /** Starts recording; {@link #close()} stops. */
    public static LoudLog record() {
        return new LoudLog();
    }

    /** The WARN and ERROR lines logged since {@link #record()}: level, logger and message. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
