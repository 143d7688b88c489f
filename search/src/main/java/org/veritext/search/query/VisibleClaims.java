package org.veritext.search.query;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;
import org.veritext.core.access.Access;
import org.veritext.search.index.ArticleFields;
import org.veritext.search.index.ClaimFields;

/**
 * The claims the signed-in user may see, as a Lucene filter: those of the projects he is a member of, as the
 * access policy says; and likewise the articles. Every search, count, facet, suggestion and "checked before?" of the
 * search module is filtered by it, inside the module, so that no caller can forget it.
 */
@Component
public class VisibleClaims {

    private final Access access;

    VisibleClaims(Access access) {
        this.access = access;
    }

    /** The filter for the signed-in user; matches nothing for a user in no project. */
    public Query filter() {
        return filterFor(access.visibleProjects());
    }

    /** The same for the documents of articles ({@link ArticleFields}), which no claim filter matches. */
    public Query articleFilter() {
        return articleFilterFor(access.visibleProjects());
    }

    static Query filterFor(Set<UUID> projects) {
        return inProjects(ClaimFields.PROJECT_ID, projects);
    }

    static Query articleFilterFor(Set<UUID> projects) {
        return inProjects(ArticleFields.PROJECT_ID, projects);
    }

    private static Query inProjects(String field, Set<UUID> projects) {
        if (projects.isEmpty()) {
            return new MatchNoDocsQuery("member of no project");
        }
        List<BytesRef> terms = projects.stream().map(id -> new BytesRef(id.toString())).sorted().toList();
        return new TermInSetQuery(field, terms);
    }
}
