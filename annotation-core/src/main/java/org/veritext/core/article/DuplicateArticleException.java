package org.veritext.core.article;

import java.util.UUID;
import org.veritext.core.DomainException;

/** The same text (by SHA-256) was imported before; the existing article is where its claims are. */
public class DuplicateArticleException extends DomainException {

    private final UUID existingArticleId;

    DuplicateArticleException(UUID existingArticleId, String existingTitle) {
        super("This text was imported before, as \u201C" + existingTitle + "\u201D. Open that article instead.");
        this.existingArticleId = existingArticleId;
    }

    public UUID existingArticleId() {
        return existingArticleId;
    }
}
