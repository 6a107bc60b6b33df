package org.rapport.analytics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rapport.codebook.CodebookLoader;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.session.Session;

/**
 * A 20-minute session (four 5-minute 3RS segments) coded by hand, whose episodes are worked out in
 * {@link EpisodeRuleTest}. Times in seconds:
 * <pre>
 *  seg 0:  60 w-minimal   100 r-invite   200 c-therapist   250 r-validate   290 w-denial
 *  seg 1: 310 r-redirect  400 c-progress
 *  seg 2: 650 r-clarify   890 r-rationale
 *  seg 3: 900 w-abstract 1000 r-change-task
 * </pre>
 */
final class HandWorkedSession {
    static final Codebook THREE_RS = CodebookLoader.load(Path.of("codebooks/3rs.yaml"));
    static final Codebook WAI_O_S = CodebookLoader.load(Path.of("codebooks/wai-o-s.yaml"));
    static final Codebook WAI_SR = CodebookLoader.load(Path.of("codebooks/wai-sr.yaml"));
    static final Session SESSION = new Session(7, "C01-s03", "C01", "T1", 3, null, null, null, 1_200_000L);

    private HandWorkedSession() {
    }

    static List<Coding> codings() {
        List<Coding> k = new ArrayList<>();
        k.add(coding("w-minimal", 60, 70));
        k.add(coding("r-invite", 100, 120));
        k.add(coding("c-therapist", 200, 210));
        k.add(coding("r-validate", 250, 260));
        k.add(coding("w-denial", 290, 295));
        k.add(coding("r-redirect", 310, 320));
        k.add(coding("c-progress", 400, 410));
        k.add(coding("r-clarify", 650, 660));
        k.add(coding("r-rationale", 890, 900));
        k.add(coding("w-abstract", 900, 905));
        k.add(coding("r-change-task", 1000, 1010));
        return k;
    }

    static Coding coding(String code, long startS, long endS) {
        return new Coding(0, SESSION.id(), 1, "3rs", "1.0", code, startS * 1000, endS * 1000, null, null, null, null,
                null, null);
    }

    static Rating rating(String codebook, String item, Integer segment, double value) {
        return new Rating(0, SESSION.id(), 1, codebook, "1.0", item, segment, value, null);
    }
}
