package org.pilab.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexerTest {

    @Test
    void shouldSplitOnSpacesAndTabsWhenWordsAreUnquoted() {
        assertThat(Lexer.split("  server\tpi1   192.168.1.200:8000 check").words())
                .containsExactly("server", "pi1", "192.168.1.200:8000", "check");
    }

    @Test
    void shouldDropTheRestOfTheLineWhenAHashIsUnprotected() {
        assertThat(Lexer.split("bind *:80 # front door").words()).containsExactly("bind", "*:80");
        assertThat(Lexer.split("# only a comment").words()).isEmpty();
        assertThat(Lexer.split("   ").words()).isEmpty();
    }

    @Test
    void shouldKeepHashWhenEscapedOrQuoted() {
        assertThat(Lexer.split("a \\#1 \"#2\" '#3'").words()).containsExactly("a", "#1", "#2", "#3");
    }

    @Test
    void shouldResolveEscapesWhenOutsideStrongQuotes() {
        assertThat(Lexer.split("option httpchk HEAD / HTTP/1.1\\r\\nHost:localhost").words())
                .containsExactly("option", "httpchk", "HEAD", "/", "HTTP/1.1\r\nHost:localhost");
        assertThat(Lexer.split("x a\\ b \\\\ \\' \\\" \\t \\x41").words())
                .containsExactly("x", "a b", "\\", "'", "\"", "\t", "A");
        assertThat(Lexer.split("x \"tab\\there\"").words()).containsExactly("x", "tab\there");
    }

    @Test
    void shouldKeepEverythingLiteralWhenInStrongQuotes() {
        assertThat(Lexer.split("x 'a\\nb $HOME \"q\"'").words()).containsExactly("x", "a\\nb $HOME \"q\"");
    }

    @Test
    void shouldJoinQuotedPartsWhenTheyTouchOtherText() {
        assertThat(Lexer.split("x pre\"fix mid\"'dle'post").words()).containsExactly("x", "prefix middlepost");
    }

    @Test
    void shouldExpandUnknownVariablesToNothingWhenInWeakQuotes() {
        assertThat(Lexer.split("x \"a${LAB_UNSET_VAR}b\" $HOME").words()).containsExactly("x", "ab", "$HOME");
    }

    @Test
    void shouldKeepTrailingBackslashAsAWordWhenTheLineEndsWithIt() {
        // reference §6.1: no line continuation
        assertThat(Lexer.split("bind 127.0.0.1:18080 \\").words()).containsExactly("bind", "127.0.0.1:18080", "\\");
    }

    @Test
    void shouldReportTheColumnWhenAQuoteIsNeverClosed() {
        Lexer.Line line = Lexer.split("    http-request set-header X-A \"abc def");

        assertThat(line.unmatchedQuote()).isTrue();
        assertThat(line.unmatchedQuoteAt()).isEqualTo(33);
    }

    @Test
    void shouldKeepEmptyWordsWhenQuotesAreEmpty() {
        assertThat(Lexer.split("x '' \"\"").words()).containsExactly("x", "", "");
    }
}
