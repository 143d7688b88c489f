package org.veritext.core.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.article.ArticleLookup;
import org.veritext.core.user.Person;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/**
 * Who has which article open, on any node: each open article view is a row, kept fresh by its node's heartbeat
 * ({@link #keepAlive}) and removed when the view closes. A row not refreshed for {@link #STALE_AFTER} (its node
 * died) no longer counts.
 */
@Service
@Transactional
public class PresenceService {

    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration STALE_AFTER = HEARTBEAT.multipliedBy(3);

    private final JdbcTemplate jdbc;
    private final Access access;
    private final ArticleLookup articles;
    private final UserLookup users;
    private final Clock clock;

    PresenceService(JdbcTemplate jdbc, Access access, ArticleLookup articles, UserLookup users, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.articles = articles;
        this.users = users;
        this.clock = clock;
    }

    /** The signed-in user opened the article in the view {@code viewId} on {@code node}. */
    public void enter(String viewId, String node, UUID articleId) {
        SignedInUser user = access.require(Permission.READ, articles.require(articleId).getProjectId(),
                PresenceService::notFound);
        OffsetDateTime now = now();
        int updated = jdbc.update("UPDATE presence SET user_id = ?, article_id = ?, node = ?, seen_at = ? "
                + "WHERE view_id = ?", user.id(), articleId, node, now, viewId);
        if (updated == 0) {
            jdbc.update("INSERT INTO presence (view_id, user_id, article_id, node, seen_at) VALUES (?, ?, ?, ?, ?)",
                    viewId, user.id(), articleId, node, now);
        }
    }

    /** The view was closed (or the user went elsewhere). Anyone may close a view id he holds: it reveals nothing. */
    public void leave(String viewId) {
        jdbc.update("DELETE FROM presence WHERE view_id = ?", viewId);
    }

    /**
     * A node's heartbeat for the views it has open: they stay present; rows left behind by nodes that stopped are
     * cleared. It needs no user: it is the node speaking, about views opened by checked calls to {@link #enter}.
     */
    public void keepAlive(Collection<String> viewIds) {
        OffsetDateTime now = now();
        for (String viewId : viewIds) {
            jdbc.update("UPDATE presence SET seen_at = ? WHERE view_id = ?", now, viewId);
        }
        jdbc.update("DELETE FROM presence WHERE seen_at < ?", now.minus(STALE_AFTER.multipliedBy(4)));
    }

    /** The people who have the article open now, on any node, by name; the caller must be able to read it. */
    @Transactional(readOnly = true)
    public List<Person> present(UUID articleId) {
        access.require(Permission.READ, articles.require(articleId).getProjectId(), PresenceService::notFound);
        List<UUID> ids = jdbc.queryForList("SELECT DISTINCT user_id FROM presence WHERE article_id = ? AND seen_at >= ?",
                UUID.class, articleId, now().minus(STALE_AFTER));
        return users.people(ids).values().stream()
                .sorted(java.util.Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private OffsetDateTime now() {
        Instant now = clock.instant();
        return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This article does not exist, or it is in a project you are not in.");
    }
}
