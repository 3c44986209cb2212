package vn.motcua.printing;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's log to SLF4J under its own logger names ({@code com.openhtmltopdf.*}),
 * so that it obeys the application's log configuration instead of writing to the console itself.
 */
final class RendererLogging implements XRLogger {

    private RendererLogging() {
    }

    /** Installs the bridge; the renderer's logger is a JVM-wide setting. */
    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof RendererLogging)) {
            XRLog.setLoggerImpl(new RendererLogging());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        LoggerFactory.getLogger(where).atLevel(toSlf4j(level)).setCause(error).log(message);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the application's log configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
                .isEnabledForLevel(toSlf4j(diagnostic.getLevel()));
    }

    private static org.slf4j.event.Level toSlf4j(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return org.slf4j.event.Level.ERROR;
        } else if (value >= Level.WARNING.intValue()) {
            return org.slf4j.event.Level.WARN;
        } else if (value >= Level.INFO.intValue()) {
            // the renderer's INFO is chatty progress (timings, each font loaded): debug for us
            return org.slf4j.event.Level.DEBUG;
        }
        return org.slf4j.event.Level.TRACE;
    }
}
