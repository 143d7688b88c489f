package org.veritext.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"Related", "RELATED STORIES", "Related articles:", "Read more \u00BB", "\u25B6 Read more",
            "Advertisement", "Share", "Share this story", "Share on X", "Skip to main content", "Back to top",
            "Most read", "Sign up", "3 June 2025", "June 3, 2025", "2025-06-03T08:15:00Z", "03/06/2025",
            "Published: Tue, June 3, 2025 08:15 GMT", "Updated 4 June 2025, 10:02 | First published 3 June 2025",
            "By Jane Doe", "BY JANE DOE", "By Jane Doe and Ali Kaya, Reuters", "By Jane Doe | 3 June 2025 08:15"})
    void recognisesLabelsDatesAndBylines(String line) {
        assertThat(PageFurniture.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related talks are planned for July.", "Read more about the talks in our explainer.",
            "Share prices fell 3%.", "By Tuesday, the ministry said 12,000 bodies would be returned.",
            "By noon the talks had ended.", "By 2030", "On 3 June 2025 the talks resumed.", "May 2025"})
    void leavesSentencesAndLongLinesAlone(String line) {
        assertThat(PageFurniture.isFurniture(line)).isFalse();
    }

    @Test
    void neverJudgesALongLineFurniture() {
        String longByline = "By Jane Doe" + ", Ali Kaya".repeat(10);

        assertThat(longByline).hasSizeGreaterThan(PageFurniture.MAX_LENGTH);
        assertThat(PageFurniture.isFurniture(longByline)).isFalse();
        assertThat(PageFurniture.isFurniture(longByline.substring(0, 41))).isTrue();
    }
}
