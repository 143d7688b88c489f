package org.veritext.search.query;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.QueryBuilder;
import org.veritext.search.index.ClaimFields;

/**
 * Prefix and fuzzy words match in the unstemmed twins of the text fields, but snippets are cut from the fields
 * themselves. For the highlighter, each term a prefix or fuzzy word expanded to ("earnings") is added as the term
 * the field itself holds for it ("earn"), so that what matched is also what is marked.
 */
final class HighlightTerms {

    private HighlightTerms() {
    }

    static Query withStemmedTwins(Query executable, Analyzer analyzer) {
        Set<Term> unstemmed = new LinkedHashSet<>();
        executable.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    if (!term.field().equals(ClaimFields.stemmed(term.field()))) {
                        unstemmed.add(term);
                    }
                }
            }
        });
        if (unstemmed.isEmpty()) {
            return executable;
        }
        BooleanQuery.Builder highlighted = new BooleanQuery.Builder().add(executable, BooleanClause.Occur.SHOULD);
        QueryBuilder stemmer = new QueryBuilder(analyzer);
        for (Term term : unstemmed) {
            String field = ClaimFields.stemmed(term.field());
            Query stemmed = stemmer.createBooleanQuery(field, term.text());
            if (stemmed != null) {
                highlighted.add(stemmed, BooleanClause.Occur.SHOULD);
            }
        }
        return highlighted.build();
    }
}
