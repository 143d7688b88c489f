package org.veritext.core.actor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veritext.core.user.UserAccount;

/**
 * A person, organisation, country, group or media outlet that makes claims or is their subject. Shared by every
 * article: one actor links claims across all of them, however a source spelt the name (the aliases).
 */
@Entity
@Table(name = "actor")
public class Actor {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, length = 20)
    private ActorType type;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 200)
    private List<String> aliases = new ArrayList<>();

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "wikidata_id", length = 20)
    private String wikidataId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliation_id")
    private Actor affiliation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "modified_by", nullable = false)
    private UserAccount modifiedBy;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    /** Null until first saved: that tells Spring Data to persist a new entity rather than merge it. */
    @Version
    private Long version;

    protected Actor() {
    }

    static Actor create(ActorFields fields, Actor affiliation, UserAccount user, Instant now) {
        Actor actor = new Actor();
        actor.id = UUID.randomUUID();
        actor.createdBy = user;
        actor.createdAt = now;
        actor.change(fields, affiliation, user, now);
        return actor;
    }

    void change(ActorFields fields, Actor affiliation, UserAccount user, Instant now) {
        this.name = fields.name();
        this.type = fields.type();
        this.aliases = new ArrayList<>(fields.aliases());
        this.description = fields.description();
        this.wikidataId = fields.wikidataId();
        this.affiliation = affiliation;
        this.modifiedBy = user;
        this.modifiedAt = now;
    }

    /** Takes over {@code absorbed}'s name and aliases as aliases of its own (a merge). */
    void absorbNames(Actor absorbed, UserAccount user, Instant now) {
        for (String alias : absorbed.allNames()) {
            if (!alias.equalsIgnoreCase(name) && aliases.stream().noneMatch(alias::equalsIgnoreCase)) {
                aliases.add(alias);
            }
        }
        this.modifiedBy = user;
        this.modifiedAt = now;
    }

    void affiliateWith(Actor newAffiliation) {
        this.affiliation = newAffiliation;
    }

    /** The name first, then the aliases. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ActorType getType() {
        return type;
    }

    public List<String> getAliases() {
        return List.copyOf(aliases);
    }

    public String getDescription() {
        return description;
    }

    public String getWikidataId() {
        return wikidataId;
    }

    public Actor getAffiliation() {
        return affiliation;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UserAccount getModifiedBy() {
        return modifiedBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
