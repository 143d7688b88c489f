package org.veritext.core.actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.catalog.CatalogEntry;
import org.veritext.core.catalog.EntryKind;
import org.veritext.core.catalog.NameCatalog;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.text.LikePattern;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.names.NameKeys;
import org.veritext.core.user.Person;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/**
 * The door to actors: creating one (warning when it probably exists already, under any spelling), changing one,
 * finding them. Actors are shared by every project: the same minister is the same actor in every story.
 */
@Service
@Transactional
public class ActorService {

    /** Whether creating an actor stops at a probable duplicate (the default) or goes ahead, as the user confirmed. */
    public enum DuplicateCheck { WARN, CREATE_ANYWAY }

    private static final Sort BY_NAME = Sort.by(Sort.Order.asc("name").ignoreCase()); // "de Gaulle" among the Ds

    private final ActorRepository actors;
    private final List<ActorReferences> references;
    private final NameCatalog catalog;
    private final Access access;
    private final UserLookup users;
    private final ChangeLog changeLog;
    private final Clock clock;

    ActorService(ActorRepository actors, List<ActorReferences> references, NameCatalog catalog,
                 Access access, UserLookup users, ChangeLog changeLog, Clock clock) {
        this.actors = actors;
        this.references = references;
        this.catalog = catalog;
        this.access = access;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Creates an actor. Unless told to go ahead, refuses with {@link SimilarActorsException} when its name or an
     * alias probably names an existing actor (same name in another spelling, case, accent or script).
     */
    public ActorDetails create(ActorDraft draft, DuplicateCheck check) {
        SignedInUser user = access.require(Permission.EDIT_CATALOG);
        ActorFields fields = ActorFields.of(draft);
        if (check == DuplicateCheck.WARN) {
            List<ActorRef> similar = similarTo(fields, null);
            if (!similar.isEmpty()) {
                throw new SimilarActorsException(similar);
            }
        }
        Actor actor = actors.saveAndFlush(Actor.create(fields, affiliation(fields, null), users.reference(user),
                clock.instant()));
        changeLog.record(ChangeKind.ACTOR_CREATED, user.id(), actor.getId(), null, () -> ActorDetails.of(actor));
        return ActorDetails.of(actor);
    }

    /** Changes an actor, if nobody else changed it since {@code seenVersion}. */
    public ActorDetails update(UUID actorId, long seenVersion, ActorDraft draft) {
        SignedInUser user = access.require(Permission.EDIT_CATALOG);
        Actor actor = requireVersion(actorId, seenVersion);
        ActorFields fields = ActorFields.of(draft);
        actor.change(fields, affiliation(fields, actor), users.reference(user), clock.instant());
        flushOrConflict();
        changeLog.record(ChangeKind.ACTOR_CHANGED, user.id(), actorId, null, () -> ActorDetails.of(actor));
        return ActorDetails.of(actor);
    }

    /**
     * Adds a name the actor also goes by, as met in an article ("Moscow" for Russia, "the Kremlin" for the
     * Presidential Administration). Only adds, so it needs no version: it cannot undo anyone's edit. A name the
     * actor has already, in any spelling the catalog treats as the same, changes nothing.
     */
    public ActorDetails addAlias(UUID actorId, String alias) {
        access.require(Permission.EDIT_CATALOG);
        Actor actor = require(actorId);
        ActorDetails before = ActorDetails.of(actor);
        String folded = NameKeys.fold(alias == null ? "" : alias);
        boolean known = folded.isBlank() || NameKeys.fold(before.name()).equals(folded)
                || before.aliases().stream().anyMatch(name -> NameKeys.fold(name).equals(folded));
        if (known) {
            return before;
        }
        List<String> aliases = new ArrayList<>(before.aliases());
        aliases.add(alias.strip());
        return update(actorId, actor.getVersion(), new ActorDraft(before.name(), before.type(), aliases,
                before.description(), before.wikidataId(),
                before.affiliation() == null ? null : before.affiliation().id()));
    }

    /**
     * Merges two actors that are one: {@code absorbedId} disappears, and its name and aliases become aliases of
     * {@code keptId}; every claim link, event participation, mention and affiliation moves to the kept actor. Both
     * must be as the user last saw them.
     */
    public ActorDetails merge(UUID keptId, long keptVersion, UUID absorbedId, long absorbedVersion) {
        SignedInUser user = access.require(Permission.MERGE_ACTORS);
        if (keptId.equals(absorbedId)) {
            throw new DomainException("Choose two different actors to merge.");
        }
        Actor kept = requireVersion(keptId, keptVersion);
        Actor absorbed = requireVersion(absorbedId, absorbedVersion);
        kept.absorbNames(absorbed, users.reference(user), clock.instant());
        if (kept.getAffiliation() != null && kept.getAffiliation().getId().equals(absorbedId)) {
            kept.affiliateWith(absorbed.getAffiliation() == null || absorbed.getAffiliation().getId().equals(keptId)
                    ? null : absorbed.getAffiliation());
        }
        for (Actor member : actors.findByAffiliation(absorbed)) {
            if (!member.getId().equals(keptId)) {
                member.affiliateWith(kept);
                changeLog.record(ChangeKind.ACTOR_CHANGED, user.id(), member.getId(), null,
                        () -> ActorDetails.of(member));
            }
        }
        references.forEach(place -> place.moveReferences(absorbed, kept, user));
        ActorMerged merged = new ActorMerged(absorbedId, absorbed.getName(), absorbed.getAliases(), keptId);
        actors.delete(absorbed);
        flushOrConflict();
        changeLog.record(ChangeKind.ACTOR_MERGED, user.id(), absorbedId, null, () -> merged);
        changeLog.record(ChangeKind.ACTOR_CHANGED, user.id(), keptId, null, () -> ActorDetails.of(kept));
        return ActorDetails.of(kept);
    }

    /** Actors that the draft's names probably mean already (none for a clearly new name). */
    @Transactional(readOnly = true)
    public List<ActorRef> similar(ActorDraft draft, UUID except) {
        access.require(Permission.READ_CATALOG);
        return similarTo(ActorFields.of(draft), except);
    }

    @Transactional(readOnly = true)
    public ActorDetails get(UUID actorId) {
        access.require(Permission.READ_CATALOG);
        return ActorDetails.of(require(actorId));
    }

    /** Actors whose name or an alias contains {@code filter} (any case; blank means all), by name. */
    @Transactional(readOnly = true)
    public Page<ActorDetails> list(String filter, Pageable page) {
        access.require(Permission.READ_CATALOG);
        Pageable ordered = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), BY_NAME);
        return actors.findByNameContaining(LikePattern.contains(filter), ordered).map(ActorDetails::of);
    }

    /**
     * Actors for a combo box: those with a name, an alias, or a word of one starting with what was typed, in any
     * spelling or script ("зел" and "zel" both offer Zelenskyy).
     */
    @Transactional(readOnly = true)
    public List<ActorRef> complete(String typed, int limit) {
        access.require(Permission.READ_CATALOG);
        List<ActorRef> found = new ArrayList<>();
        for (CatalogEntry entry : catalog.complete(EntryKind.ACTOR, typed, limit)) {
            actors.findById(entry.id()).map(ActorRef::of).ifPresent(found::add);
        }
        return found;
    }

    private Actor require(UUID actorId) {
        return actors.findById(actorId).orElseThrow(ActorService::notFound);
    }

    private List<ActorRef> similarTo(ActorFields fields, UUID except) {
        List<String> names = new ArrayList<>();
        names.add(fields.name());
        names.addAll(fields.aliases());
        List<ActorRef> similar = new ArrayList<>();
        for (CatalogEntry entry : catalog.similar(EntryKind.ACTOR, names, except)) {
            actors.findById(entry.id()).map(ActorRef::of).ifPresent(similar::add);
        }
        return similar;
    }

    /** The affiliation named by the fields; it must exist and must not lead back to the actor itself. */
    private Actor affiliation(ActorFields fields, Actor actor) {
        if (fields.affiliationId() == null) {
            return null;
        }
        Actor affiliation = actors.findById(fields.affiliationId()).orElseThrow(() -> new NotFoundException(
                "The actor chosen as affiliation does not exist any more. Choose another."));
        Set<UUID> seen = new HashSet<>();
        for (Actor up = affiliation; up != null; up = up.getAffiliation()) {
            if (actor != null && up.getId().equals(actor.getId())) {
                throw new DomainException(up == affiliation
                        ? "An actor cannot be affiliated with itself."
                        : "That affiliation would go round in a circle: " + affiliation.getName() + " already "
                        + "belongs to " + actor.getName() + ".");
            }
            if (!seen.add(up.getId())) {
                break;
            }
        }
        return affiliation;
    }

    private Actor requireVersion(UUID actorId, long seenVersion) {
        Actor actor = require(actorId);
        if (actor.getVersion() != seenVersion) {
            throw conflict(Person.of(actor.getModifiedBy()).name());
        }
        return actor;
    }

    private void flushOrConflict() {
        try {
            actors.flush();
        } catch (ObjectOptimisticLockingFailureException concurrentSave) {
            throw conflict("someone else");
        }
    }

    private static EditConflictException conflict(String by) {
        return new EditConflictException("This actor was changed by " + by
                + " since you opened it. Your change was not saved; reload to see theirs.");
    }

    static NotFoundException notFound() {
        return new NotFoundException("This actor does not exist any more. It may have been merged into another.");
    }
}
