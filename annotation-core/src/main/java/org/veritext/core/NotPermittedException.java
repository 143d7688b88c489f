package org.veritext.core;

/** The signed-in user may not do this. Thrown by services: the UI hiding a button is never the check. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String message) {
        super(message);
    }
}
