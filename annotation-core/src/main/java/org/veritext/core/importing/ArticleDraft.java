package org.veritext.core.importing;

import java.util.List;
import org.veritext.core.article.NewArticle;

/**
 * What a file gave: the article for the user to check and complete before saving, and notes on what the reader left
 * out of the page (page furniture, broken markup, invisible paragraphs), so that nothing goes missing unseen.
 */
public record ArticleDraft(NewArticle article, List<String> notes) {

    public ArticleDraft {
        notes = List.copyOf(notes);
    }
}
