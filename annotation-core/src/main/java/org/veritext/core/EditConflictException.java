package org.veritext.core;

/** Someone else saved the same thing first; saving on top would silently overwrite their work. */
public class EditConflictException extends DomainException {

    public EditConflictException(String message) {
        super(message);
    }
}
