package org.clinicqueue.interfaces.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.clinicqueue.domain.ClinicQueueException;

/**
 * Runs one console action and tells the person how it went, as a Faces message: the EJB's own sentence when
 * a business rule refused it (nothing was changed), a short note when another person changed the same thing
 * at the same moment, or the given success text.
 */
public final class Feedback {

    private Feedback() {
    }

    /** @return what the action returned, or null when it was refused (the message is already shown) */
    public static <T> T attempt(Supplier<T> action, String successText) {
        try {
            T result = action.get();
            if (successText != null) {
                info(successText);
            }
            return result;
        } catch (ClinicQueueException refused) {
            error(refused.getMessage());
        } catch (EJBAccessException denied) {
            error(Messages.text("console.notAllowed"));
        } catch (EJBException e) {
            if (!causedByConcurrentChange(e)) {
                throw e;
            }
            error(Messages.text("console.changedMeanwhile"));
        }
        return null;
    }

    /** @return whether the action ran (a refusal is already shown as a message) */
    public static boolean run(Runnable action, String successText) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }, successText) != null;
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    /**
     * Also marks the request as failed, so a dialog's {@code oncomplete="if (!args.validationFailed) ..."}
     * stays open for the person to correct what they entered.
     */
    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static boolean causedByConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getName().endsWith("StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }
}
