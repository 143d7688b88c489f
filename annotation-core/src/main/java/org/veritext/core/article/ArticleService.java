package org.veritext.core.article;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;
import org.veritext.core.NotFoundException;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.text.LikePattern;
import org.veritext.core.text.Sha256;
import org.veritext.core.text.TextNormaliser;
import org.veritext.core.text.VisibleText;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/** The door to articles: importing one, reading one, listing them. */
@Service
@Transactional
public class ArticleService {

    /** The longest text we store, in UTF-16 code units; see {@link ArticleLimits#TEXT}. */
    public static final int MAX_TEXT_LENGTH = ArticleLimits.TEXT.max();
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "importedAt");

    private final ArticleRepository articles;
    private final Access access;
    private final UserLookup users;
    private final ChangeLog changeLog;
    private final Clock clock;

    ArticleService(ArticleRepository articles, Access access, UserLookup users, ChangeLog changeLog,
                   Clock clock) {
        this.articles = articles;
        this.access = access;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Stores a new article in a project, with its text normalised. Refuses an empty, invisible or oversize text
     * (never cutting it) and a text that was imported into the project before (same SHA-256), so that claims on one
     * story do not scatter over copies. Another project may hold the same text: a refusal must not reveal it.
     */
    public ArticleDetails importArticle(UUID projectId, NewArticle newArticle) {
        if (projectId == null) {
            throw new DomainException("Choose the project the article belongs to.");
        }
        SignedInUser user = access.require(Permission.IMPORT, projectId);
        ArticleMetadata metadata = ArticleMetadata.of(newArticle);
        String text = TextNormaliser.normalise(newArticle.text());
        if (text.isEmpty()) {
            throw new DomainException("The article has no text. Paste the text or choose a file that has some.");
        }
        if (VisibleText.isEmpty(text)) {
            throw new DomainException("The article's text holds only invisible characters (spaces, zero-width or "
                    + "direction marks). Paste the text or choose a file that has some.");
        }
        ArticleLimits.TEXT.check(text);
        articles.findFirstByProjectIdAndTextSha256(projectId, Sha256.of(text)).ifPresent(existing -> {
            throw new DuplicateArticleException(existing.getId(), existing.getTitle());
        });
        Article article;
        try {
            article = articles.saveAndFlush(new Article(projectId, metadata, text, users.reference(user), clock.instant()));
        } catch (DataIntegrityViolationException refused) {
            // Only the fingerprint's constraint means "same text"; anything else is a fault to log, not to explain away.
            if (SameTextConstraint.violatedBy(refused)) {
                throw new DomainException("Someone imported this same text a moment ago. Find it in the article list.");
            }
            throw refused;
        }
        Article imported = article;
        changeLog.record(ChangeKind.ARTICLE_IMPORTED, user.id(), imported.getId(), imported.getId(),
                () -> ArticleState.of(imported));
        return ArticleDetails.of(article);
    }

    @Transactional(readOnly = true)
    public ArticleDetails get(UUID articleId) {
        Article article = articles.findById(articleId).orElseThrow(ArticleService::notFound);
        access.require(Permission.READ, article.getProjectId(), ArticleService::notFound);
        return ArticleDetails.of(article);
    }

    /**
     * Articles of the user's projects (or of one of them, if {@code projectId} is given) whose title contains
     * {@code titleFilter} (any case; blank means all), a page at a time, newest first unless the page asks for
     * another order.
     */
    @Transactional(readOnly = true)
    public Page<ArticleSummary> list(UUID projectId, String titleFilter, Pageable page) {
        Set<UUID> projects = access.visibleProjects();
        if (projectId != null) {
            projects = projects.contains(projectId) ? Set.of(projectId) : Set.of();
        }
        Pageable ordered = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        if (projects.isEmpty()) {
            return Page.empty(ordered);
        }
        return articles.findSummaries(projects, LikePattern.contains(titleFilter), ordered);
    }


    static NotFoundException notFound() {
        return new NotFoundException("This article does not exist, or it was removed.");
    }
}
