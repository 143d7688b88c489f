package org.veritext.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t", "\u00A0\u2003\u202F\u3000", "\u202E\u200B", "\u200D\uFE0F\u2060",
            "\u2066\u2069\u061C\u00AD", "\u3164\u2800", "\u0301"})
    void showsNothing(String text) {
        assertThat(VisibleText.isEmpty(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u0663", "\u202B\u062A\u0642\u0631\u064A\u0631\u202C", "\uD83C\uDDF8\uD83C\uDDFE",
            "\u2014", "\u20AC", "\u200B.\u200B", "\uE000"})
    void showsSomething(String text) {
        assertThat(VisibleText.isEmpty(text)).isFalse();
    }
}
