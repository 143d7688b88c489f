package org.veritext.core.suggestion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.Article;
import org.veritext.core.article.ArticleLookup;
import org.veritext.core.catalog.CatalogEntry;
import org.veritext.core.catalog.CatalogMatch;
import org.veritext.core.catalog.EntryKind;
import org.veritext.core.catalog.NameCatalog;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.mention.MentionDetails;
import org.veritext.core.mention.MentionService;
import org.veritext.core.names.CheckWorthySentences;
import org.veritext.core.names.NameCandidate;
import org.veritext.core.names.NameCandidates;
import org.veritext.core.names.NameKeys;
import org.veritext.core.names.NameMatch;
import org.veritext.core.names.SentenceScore;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/**
 * What the article view proposes, so that annotating an article is fast: known actors and events named in the text
 * (as mentions), names not in the catalog yet (as new actors), and check-worthy sentences (as claims, with their
 * speaker as claimant). Each is computed from the text as it stands, minus what is annotated already and what
 * someone dismissed for this article.
 */
@Service
@Transactional
public class SuggestionService {

    /** More check-worthy sentences than this are noise on a long article; the best ones come first. */
    static final int MAX_CLAIM_SUGGESTIONS = 12;

    private final ArticleLookup articles;
    private final ClaimService claims;
    private final MentionService mentions;
    private final NameCatalog catalog;
    private final SuggestionDismissalRepository dismissals;
    private final Access access;
    private final UserLookup users;
    private final ChangeLog changeLog;
    private final Clock clock;

    SuggestionService(ArticleLookup articles, ClaimService claims, MentionService mentions, NameCatalog catalog,
                      SuggestionDismissalRepository dismissals, Access access, UserLookup users,
                      ChangeLog changeLog, Clock clock) {
        this.articles = articles;
        this.claims = claims;
        this.mentions = mentions;
        this.catalog = catalog;
        this.dismissals = dismissals;
        this.access = access;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Mentions first (in order of first appearance), then new names, then sentences, best first. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestionsFor(UUID articleId) {
        Article article = articles.require(articleId);
        access.require(Permission.READ, article.getProjectId(), SuggestionService::articleNotFound);
        String text = article.getText();
        Set<String> dismissed = new HashSet<>(dismissals.findKeys(articleId));
        List<CatalogMatch> known = catalog.findIn(text);
        List<NameMatch<UUID>> knownSpans = known.stream().map(match -> new NameMatch<>(match.start(), match.end(),
                match.text(), Set.copyOf(match.entries().stream().map(CatalogEntry::id).toList()))).toList();

        List<MentionDetails> marked = mentions.mentionsOf(articleId);
        List<Suggestion> suggestions = new ArrayList<>();
        suggestions.addAll(mentionSuggestions(articleId, text, known));
        suggestions.addAll(newActorSuggestions(text, knownSpans, marked));
        suggestions.addAll(claimSuggestions(articleId, text, known, knownSpans));
        suggestions.removeIf(suggestion -> dismissed.contains(suggestion.key()));
        return suggestions;
    }

    /** Dismisses a suggestion for this article, for everyone; dismissing it twice changes nothing. */
    public void dismiss(UUID articleId, String suggestionKey) {
        SignedInUser user = access.require(Permission.ANNOTATE, articles.require(articleId).getProjectId(),
                SuggestionService::articleNotFound);
        SuggestionDismissal.Key key = new SuggestionDismissal.Key(articleId, suggestionKey);
        if (suggestionKey == null || suggestionKey.isBlank() || suggestionKey.length() > 300
                || dismissals.existsById(key)) {
            return;
        }
        dismissals.save(new SuggestionDismissal(articleId, suggestionKey, users.reference(user), clock.instant()));
        changeLog.record(ChangeKind.SUGGESTION_DISMISSED, user.id(), articleId, articleId,
                () -> new Dismissed(suggestionKey));
    }

    private static NotFoundException articleNotFound() {
        return new NotFoundException("This article does not exist, or it is in a project you are not in.");
    }

    private List<Suggestion> mentionSuggestions(UUID articleId, String text, List<CatalogMatch> known) {
        Set<String> marked = new HashSet<>();
        for (MentionDetails mention : mentions.mentionsOf(articleId)) {
            UUID named = mention.actor() != null ? mention.actor().id() : mention.event().id();
            marked.add(named + "@" + mention.start() + "-" + mention.end());
        }
        Map<CatalogEntry, List<TextSelection>> placesByEntry = new LinkedHashMap<>();
        for (CatalogMatch match : known) {
            CatalogEntry entry = match.entries().getFirst(); // a name shared by several: the first, by name
            if (!marked.contains(entry.id() + "@" + match.start() + "-" + match.end())) {
                placesByEntry.computeIfAbsent(entry, e -> new ArrayList<>())
                        .add(new TextSelection(match.start(), match.end(), text.substring(match.start(), match.end())));
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        placesByEntry.forEach((entry, places) -> suggestions.add(new Suggestion("mention:" + entry.id(),
                SuggestionKind.MENTION, places, entry.name(), (entry.kind() == EntryKind.ACTOR ? "" : "Event: ")
                + entry.typeLabel() + " in the catalog, named " + times(places.size()) + " here", entry, null, null,
                places.size())));
        return suggestions;
    }

    /**
     * Names not in the catalog, as new actors; but a name that is plainly part of one known actor's name ("Putin"
     * once "Vladimir Putin" is known) is proposed as a mention of him. Places already marked as a mention are
     * left out: what was marked is done.
     */
    private List<Suggestion> newActorSuggestions(String text, List<NameMatch<UUID>> knownSpans,
                                                 List<MentionDetails> marked) {
        Map<String, List<NameCandidate>> byName = new LinkedHashMap<>();
        for (NameCandidate candidate : NameCandidates.findIn(text, knownSpans)) {
            boolean alreadyMarked = marked.stream().anyMatch(mention -> mention.start() < candidate.end()
                    && candidate.start() < mention.end());
            if (!alreadyMarked) {
                byName.computeIfAbsent(NameKeys.fold(candidate.name()), name -> new ArrayList<>()).add(candidate);
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        byName.forEach((folded, candidates) -> {
            NameCandidate first = candidates.getFirst();
            List<TextSelection> places = candidates.stream()
                    .map(c -> new TextSelection(c.start(), c.end(), text.substring(c.start(), c.end()))).toList();
            List<CatalogEntry> known = catalog.similar(EntryKind.ACTOR, List.of(first.name()), null);
            if (known.size() == 1) {
                CatalogEntry actor = known.getFirst();
                suggestions.add(new Suggestion("mention:" + actor.id() + "@" + folded, SuggestionKind.MENTION, places,
                        actor.name(), "\u201C" + first.name() + "\u201D is probably " + actor.name() + " ("
                        + actor.typeLabel().toLowerCase() + " in the catalog), named " + times(candidates.size())
                        + " here", actor, null, null, candidates.size()));
                return;
            }
            NameCandidate typed = candidates.stream().filter(c -> c.guessedType() != null).findFirst().orElse(first);
            String reason = typed.guessedType() == null ? "A name that is not in the catalog yet"
                    : "Not in the catalog yet; probably " + withArticle(typed.guessedType().label().toLowerCase())
                    + " (\u201C" + typed.cue() + "\u201D)";
            suggestions.add(new Suggestion("new-actor:" + folded, SuggestionKind.NEW_ACTOR, places,
                    first.name(), reason + ", named " + times(candidates.size()) + " here", null,
                    typed.guessedType(), null, candidates.size()));
        });
        return suggestions;
    }

    private List<Suggestion> claimSuggestions(UUID articleId, String text, List<CatalogMatch> known,
                                              List<NameMatch<UUID>> knownSpans) {
        List<ClaimDetails> existing = claims.claimsOf(articleId);
        return CheckWorthySentences.rank(text, knownSpans).stream()
                .filter(sentence -> existing.stream().noneMatch(claim -> claim.start() < sentence.end()
                        && sentence.start() < claim.end()))
                .limit(MAX_CLAIM_SUGGESTIONS)
                .map(sentence -> new Suggestion("claim:" + sentence.start() + "-" + sentence.end(),
                        SuggestionKind.CLAIM, List.of(new TextSelection(sentence.start(), sentence.end(),
                        text.substring(sentence.start(), sentence.end()))),
                        text.substring(sentence.start(), sentence.end()), String.join("; ", sentence.reasons()),
                        null, null, speaker(sentence, known), sentence.score()))
                .toList(); // ranked best first already
    }

    /**
     * The sentence's speaker, as a known actor when a catalog name covers his span, or when his name is plainly one
     * known actor's ("Umerov" for Rustem Umerov).
     */
    private Suggestion.Speaker speaker(SentenceScore sentence, List<CatalogMatch> known) {
        if (sentence.speaker() == null) {
            return null;
        }
        CatalogEntry actor = known.stream()
                .filter(match -> match.start() <= sentence.speaker().start() && sentence.speaker().end() <= match.end()
                        || sentence.speaker().start() <= match.start() && match.end() <= sentence.speaker().end())
                .flatMap(match -> match.entries().stream())
                .filter(entry -> entry.kind() == EntryKind.ACTOR)
                .findFirst().orElse(null);
        if (actor == null) {
            List<CatalogEntry> similar = catalog.similar(EntryKind.ACTOR, List.of(sentence.speaker().name()), null);
            actor = similar.size() == 1 ? similar.getFirst() : null;
        }
        return new Suggestion.Speaker(sentence.speaker().name(), actor);
    }

    private static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    /** What the change log records of a dismissal: which suggestion. */
    record Dismissed(String suggestionKey) {
    }

    /** "a person", "an organisation". */
    static String withArticle(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.isEmpty() ? 'x' : noun.charAt(0))) >= 0 ? "an " : "a ")
                + noun;
    }
}
