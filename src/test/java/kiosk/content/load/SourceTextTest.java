package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void firstControlCharacter_isLocatedByLineAndCodePointColumn() {
        Located<Integer> found = SourceText.firstControlCharacter("一行目\n\t𠮷野家🍜\u001B\u0007\n三行目");

        assertThat(found).isEqualTo(new Located<>(0x1B, 2, 6));
    }

    @Test
    void firstControlCharacter_ofTabsLineFeedsAndSupplementaryCharacters_isNone() {
        assertThat(SourceText.firstControlCharacter("\t𠮷\n🍜 \u00A0本文\n")).isNull();
        assertThat(SourceText.firstControlCharacter("末尾\uFFFF")).isEqualTo(new Located<>(0xFFFF, 1, 3));
        assertThat(SourceText.firstControlCharacter("\u0085")).isEqualTo(new Located<>(0x85, 1, 1));
    }
}
