package org.veritext.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActorTypeTest {

    @Test
    void eachTypeHasTheLabelAFactCheckerSees() {
        assertThat(Arrays.stream(ActorType.values()).map(ActorType::label))
                .containsExactly("Person", "Organisation", "Country / government", "Group", "Media outlet");
    }
}
