package org.veritext.core;

/**
 * A rule of the domain was not met. The message is written for a fact-checker: it is shown as it is in the UI and
 * in API problem responses, so it says what went wrong and what to do, never how the code works.
 */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
