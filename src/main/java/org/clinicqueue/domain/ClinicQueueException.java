package org.clinicqueue.domain;

/**
 * A business rule refused a request. The message is written for a person (it is shown in the console and
 * returned in API problem responses); the code is stable for programs. Declared an EJB application
 * exception with rollback in {@code WEB-INF/ejb-jar.xml}, so a refused request changes nothing and reaches
 * the caller unwrapped.
 */
public abstract class ClinicQueueException extends RuntimeException {

    private final String code;

    protected ClinicQueueException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
