package org.veritext.core;

/** The thing asked for does not exist (any more), or its id was not one we issued. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
