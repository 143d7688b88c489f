package org.veritext.core.importing;

import org.veritext.core.DomainException;

/** A file could not be turned into an article; the message says why and what to do instead. */
public class ImportRejectedException extends DomainException {

    ImportRejectedException(String message) {
        super(message);
    }
}
