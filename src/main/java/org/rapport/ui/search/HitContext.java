package org.rapport.ui.search;

import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Theme;

/**
 * A search hit in one line of a results table, built so the matched words are always in sight: a long utterance is
 * cut to start a little before its first match (the context before it is then left out), and every match is marked.
 */
final class HitContext {
    /** Characters of the utterance kept before its first match when the match is further in. */
    static final int LEAD = 30;

    private HitContext() {
    }

    static String html(SearchBackend.Hit h, boolean dark) {
        String text = h.text();
        int from = 0;
        if (!h.matches().isEmpty() && h.matches().get(0)[0] > LEAD + 10) {
            from = text.lastIndexOf(' ', h.matches().get(0)[0] - LEAD);
            from = from < 0 ? h.matches().get(0)[0] - LEAD : from + 1;
        }
        String mark = String.format("#%06x", Theme.matchMark(dark).getRGB() & 0xffffff);
        StringBuilder sb = new StringBuilder("<html><nobr>");
        if (from == 0 && !h.before().isEmpty()) {
            sb.append("<span style='color:#888'>").append(Banner.escape(h.before())).append("</span> ");
        }
        sb.append("<b>");
        if (from > 0) sb.append("\u2026");
        int at = from;
        for (int[] m : h.matches()) {
            if (m[1] <= at) continue;
            int start = Math.max(at, m[0]);
            sb.append(Banner.escape(text.substring(at, start))).append("<span style='background:").append(mark)
                    .append("'>").append(Banner.escape(text.substring(start, m[1]))).append("</span>");
            at = m[1];
        }
        sb.append(Banner.escape(text.substring(at))).append("</b>");
        if (!h.after().isEmpty()) sb.append(" <span style='color:#888'>").append(Banner.escape(h.after())).append("</span>");
        return sb.append("</nobr></html>").toString();
    }

    /** The whole utterance, wrapped, for the row's tooltip. */
    static String tooltip(SearchBackend.Hit h) {
        return "<html><div style='width:420px'><b>" + Banner.escape(h.speaker()) + "</b> " + Banner.escape(h.text())
                + "</div></html>";
    }
}
