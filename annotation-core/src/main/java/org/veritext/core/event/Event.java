package org.veritext.core.event;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veritext.core.actor.Actor;
import org.veritext.core.user.UserAccount;

/**
 * Something that happened and that claims are about: a round of talks, an exchange of prisoners, an election. Shared
 * by every article. Events nest: a round of talks is part of a peace process (never in a circle).
 */
@Entity
@Table(name = "event")
public class Event {

    @Id
    private UUID id;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 20)
    private EventType type;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false, length = 2000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_of_id")
    private Event partOf;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

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

    protected Event() {
    }

    static Event create(EventFields fields, Event partOf, List<Participant> participants, UserAccount user,
                        Instant now) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.createdBy = user;
        event.createdAt = now;
        event.change(fields, partOf, participants, user, now);
        return event;
    }

    void change(EventFields fields, Event partOf, List<Participant> participants, UserAccount user, Instant now) {
        this.title = fields.title();
        this.type = fields.type();
        this.startsOn = fields.startsOn();
        this.endsOn = fields.endsOn();
        this.place = fields.place();
        this.description = fields.description();
        this.partOf = partOf;
        this.participants = new ArrayList<>(participants);
        this.modifiedBy = user;
        this.modifiedAt = now;
    }

    /** Replaces one actor by another among the participants (an actor merge); true if anything changed. */
    boolean replaceParticipant(Actor absorbed, Actor kept, UserAccount user, Instant now) {
        boolean changed = false;
        List<Participant> replaced = new ArrayList<>();
        for (Participant participant : participants) {
            if (participant.getActor().getId().equals(absorbed.getId())) {
                changed = true;
                boolean alreadyThere = replaced.stream().anyMatch(p -> p.getActor().getId().equals(kept.getId())
                        && p.getRole().equalsIgnoreCase(participant.getRole()));
                if (!alreadyThere) {
                    replaced.add(new Participant(kept, participant.getRole()));
                }
            } else {
                replaced.add(participant);
            }
        }
        if (changed) {
            participants = replaced;
            modifiedBy = user;
            modifiedAt = now;
        }
        return changed;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public EventType getType() {
        return type;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    public Event getPartOf() {
        return partOf;
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participants);
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
