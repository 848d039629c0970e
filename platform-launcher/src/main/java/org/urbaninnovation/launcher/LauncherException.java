package org.urbaninnovation.launcher;

/** A failure the user can act on: its message is printed as it is, without a stack trace. */
class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
