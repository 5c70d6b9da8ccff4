package org.clinicqueue.infrastructure.persistence;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Recognises the database failures that a fresh attempt of the same transaction can succeed at: InnoDB
 * choosing the transaction as a deadlock victim (MySQL/MariaDB error 1213, SQLSTATE 40001) or a lock wait
 * timing out (1205).
 */
public final class TransientDatabaseFailure {

    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private TransientDatabaseFailure() {
    }

    public static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short, jittered pause before the next attempt, so colliding transactions do not collide again. */
    public static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
