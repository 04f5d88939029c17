package dev.trainingadvisor.domain.history;

/** The history store could not record or read (the database is down, the write queue is full). */
public class HistoryUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HistoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
