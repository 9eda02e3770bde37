package io.blackbar.launcher;

import org.apache.felix.framework.Logger;

/**
 * The framework's own log (bundle resolution and start failures) on standard error, one line each,
 * so that standard output carries only what a command prints.
 */
final class StderrLogger extends Logger {

    @Override
    protected void doLogOut(int level, String msg, Throwable throwable) {
        String what = switch (level) {
            case LOG_ERROR -> "ERROR";
            case LOG_WARNING -> "WARN";
            case LOG_INFO -> "INFO";
            default -> "DEBUG";
        };
        String cause = throwable == null ? "" : " (" + throwable.getClass().getSimpleName() + ": "
                + String.valueOf(throwable.getMessage()).replaceAll("\\s+", " ") + ")";
        System.err.println("[felix] " + what + " " + msg + cause);
    }
}
