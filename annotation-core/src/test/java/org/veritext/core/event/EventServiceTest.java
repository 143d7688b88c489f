package org.veritext.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.testing.DatabaseTest;

@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class EventServiceTest extends DatabaseTest {

    @Autowired
    private EventService events;

    @Autowired
    private ActorService actors;

    @Test
    void createsAnEventWithParticipantsInRolesAsPartOfALargerOne() {
        ActorDetails turkey = actors.create(ActorDraft.of("Türkiye", ActorType.COUNTRY), DuplicateCheck.WARN);
        EventDetails process = events.create(EventDraft.of("Russia–Ukraine peace process", EventType.TALKS));

        EventDetails round = events.create(new EventDraft("Istanbul talks, second round", EventType.TALKS,
                LocalDate.of(2025, 6, 2), null, "Çırağan Palace, Istanbul", "", process.id(),
                List.of(new EventDraft.ParticipantDraft(turkey.id(), "host"))));

        EventDetails stored = events.get(round.id());
        assertThat(stored.partOf().title()).isEqualTo("Russia–Ukraine peace process");
        assertThat(stored.endsOn()).as("an unknown end").isNull();
        assertThat(stored.participants()).extracting(p -> p.actor().name() + " as " + p.role())
                .containsExactly("Türkiye as host");
        assertThat(events.parts(process.id())).extracting(EventRef::id).containsExactly(round.id());
    }

    @Test
    void refusesPartOfCycles() {
        EventDetails process = events.create(EventDraft.of("Peace process", EventType.TALKS));
        EventDetails round = events.create(new EventDraft("Second round", EventType.TALKS, null, null, "", "",
                process.id(), List.of()));

        assertThatThrownBy(() -> events.update(process.id(), process.version(), new EventDraft("Peace process",
                EventType.TALKS, null, null, "", "", round.id(), List.of())))
                .hasMessageContaining("That would make a circle: Second round is already part of Peace process.");
        assertThatThrownBy(() -> events.update(round.id(), round.version(), new EventDraft("Second round",
                EventType.TALKS, null, null, "", "", round.id(), List.of())))
                .hasMessage("An event cannot be part of itself.");
        assertThat(events.get(process.id()).partOf()).isNull();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> events.create(new EventDraft("Talks", EventType.TALKS, LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 5, 16), "", "", null, List.of())))
                .hasMessage("The event ends before it starts. Check the dates.");
    }
}
