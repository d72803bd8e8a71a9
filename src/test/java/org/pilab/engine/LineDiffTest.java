package org.pilab.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void shouldPrintAUnifiedDiffLikeDiffUWhenOneLineChanges() {
        String a = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String b = "a\nb\nc\nd\nE\nf\ng\nh\n";
        LineDiff.Result r = LineDiff.diff(a, b);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.removed()).isEqualTo(1);
        assertThat(r.unified("running", "editor")).isEqualTo("""
                --- running
                +++ editor
                @@ -2,7 +2,7 @@
                 b
                 c
                 d
                -e
                +E
                 f
                 g
                 h
                """);
        assertThat(r.summary()).isEqualTo("+1 \u22121: E");
    }

    @Test
    void shouldFindTheLongestCommonSubsequenceWhenLinesMove() {
        LineDiff.Result r = LineDiff.diff("x\na\nb\nc\n", "a\nb\nx\nc\n");
        assertThat(r.lines()).extracting(l -> l.kind().prefix() + l.text())
                .containsExactly("-x", " a", " b", "+x", " c");
        assertThat(r.hunks()).singleElement().extracting(LineDiff.Hunk::header).isEqualTo("@@ -1,4 +1,4 @@");
    }

    @Test
    void shouldSplitFarApartChangesIntoTwoHunks() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append("line ").append(i).append('\n');
        }
        String b = a.toString().replace("line 2\n", "line two\n").replace("line 18\n", "");
        LineDiff.Result r = LineDiff.diff(a.toString(), b);
        assertThat(r.hunks()).extracting(LineDiff.Hunk::header).containsExactly("@@ -1,5 +1,5 @@", "@@ -15,6 +15,5 @@");
        assertThat(r.summary()).isEqualTo("+1 \u22122: line two");
    }

    @Test
    void shouldReportNoChangeAndHandleEmptyTexts() {
        assertThat(LineDiff.diff("a\n", "a\n").unchanged()).isTrue();
        assertThat(LineDiff.diff("a\n", "a\n").summary()).isEqualTo("no change");
        assertThat(LineDiff.diff(null, "a\nb\n").hunks()).singleElement()
                .extracting(LineDiff.Hunk::header).isEqualTo("@@ -0,0 +1,2 @@");
        assertThat(LineDiff.diff("a\nb\n", "").summary()).isEqualTo("+0 \u22122: removed a");
    }
}
