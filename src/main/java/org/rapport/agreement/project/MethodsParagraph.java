package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.rapport.agreement.alignment.EventMatching;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.project.ProjectAgreementResult.EventCounts;
import org.rapport.agreement.project.ProjectAgreementResult.Section;
import org.rapport.agreement.project.ProjectAgreementResult.Target;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.agreement.statistic.StatisticResult;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.session.Role;

/**
 * Writes the methods paragraph from the choices actually made (alignment, statistics, raters, sessions) and the
 * figures found, with the references it cites, so a paper can quote it.
 */
public final class MethodsParagraph {
    private static final Map<String, String> REFERENCES = new LinkedHashMap<>();

    static {
        REFERENCES.put("Cohen, 1960", "Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and"
                + " Psychological Measurement, 20(1), 37-46.");
        REFERENCES.put("Fleiss, 1971", "Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters."
                + " Psychological Bulletin, 76(5), 378-382.");
        REFERENCES.put("Gwet, 2008", "Gwet, K. L. (2008). Computing inter-rater reliability and its variance in the presence"
                + " of high agreement. British Journal of Mathematical and Statistical Psychology, 61(1), 29-48.");
        REFERENCES.put("Light, 1971", "Light, R. J. (1971). Measures of response agreement for qualitative data: Some"
                + " generalizations and alternatives. Psychological Bulletin, 76(5), 365-377.");
        REFERENCES.put("Gwet, 2014", "Gwet, K. L. (2014). Handbook of inter-rater reliability (4th ed.). Advanced Analytics.");
        REFERENCES.put("Hayes & Krippendorff, 2007", "Hayes, A. F., & Krippendorff, K. (2007). Answering the call for a"
                + " standard reliability measure for coding data. Communication Methods and Measures, 1(1), 77-89.");
        REFERENCES.put("Efron & Tibshirani, 1993", "Efron, B., & Tibshirani, R. J. (1993). An introduction to the"
                + " bootstrap. Chapman & Hall.");
        REFERENCES.put("Fleiss, Cohen & Everitt, 1969", "Fleiss, J. L., Cohen, J., & Everitt, B. S. (1969). Large sample"
                + " standard errors of kappa and weighted kappa. Psychological Bulletin, 72(5), 323-327.");
        REFERENCES.put("Holle & Rein, 2015", "Holle, H., & Rein, R. (2015). EasyDIAg: A tool for easy determination of"
                + " interrater agreement. Behavior Research Methods, 47(3), 837-847.");
        REFERENCES.put("Koo & Li, 2016", "Koo, T. K., & Li, M. Y. (2016). A guideline of selecting and reporting intraclass"
                + " correlation coefficients for reliability research. Journal of Chiropractic Medicine, 15(2), 155-163.");
        REFERENCES.put("Krippendorff, 2011", "Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability."
                + " Departmental Papers (ASC), University of Pennsylvania. https://repository.upenn.edu/asc_papers/43");
        REFERENCES.put("Landis & Koch, 1977", "Landis, J. R., & Koch, G. G. (1977). The measurement of observer agreement"
                + " for categorical data. Biometrics, 33(1), 159-174.");
        REFERENCES.put("McGraw & Wong, 1996", "McGraw, K. O., & Wong, S. P. (1996). Forming inferences about some intraclass"
                + " correlation coefficients. Psychological Methods, 1(1), 30-46.");
        REFERENCES.put("Shrout & Fleiss, 1979", "Shrout, P. E., & Fleiss, J. L. (1979). Intraclass correlations: Uses in"
                + " assessing rater reliability. Psychological Bulletin, 86(2), 420-428.");
    }

    private final Codebook codebook;
    private final ProjectAgreementRequest request;
    private final StringBuilder text = new StringBuilder();
    private final List<String> cited = new ArrayList<>();

    public MethodsParagraph(Codebook codebook, ProjectAgreementRequest request) {
        this.codebook = codebook;
        this.request = request;
    }

    /** The paragraph's references in full, in alphabetical order. */
    public List<String> references() {
        return REFERENCES.entrySet().stream().filter(e -> cited.contains(e.getKey())).map(Map.Entry::getValue).sorted().toList();
    }

    public String text() {
        return text.toString().strip();
    }

    private String cite(String key) {
        if (!REFERENCES.containsKey(key)) throw new IllegalArgumentException(key);
        if (!cited.contains(key)) cited.add(key);
        return key;
    }

    /** Cites a work in narrative form ("Landis and Koch (1977)"): the year only. */
    private String citeYear(String key) {
        String k = cite(key);
        return k.substring(k.lastIndexOf(", ") + 2);
    }

    /** "Rupture Resolution Rating System (3RS), version 1.0" — the id is added when the title does not carry it. */
    private String titleWithVersion() {
        String title = codebook.title();
        return (title.contains(name()) ? title : title + " (" + name() + ")") + ", version " + codebook.version() + ",";
    }

    private String name() {
        return codebook.id().toUpperCase(Locale.ROOT);
    }

    /**
     * @param unitsBySpeaker units compared per speaker a code applies to (null: the units of codes that apply to
     *                       anyone; for the utterance and time-slice methods)
     */
    public void codes(List<String> coders, int sessions, Section codes, Section groups, Map<Role, Integer> unitsBySpeaker) {
        text.append("Codings with the ").append(titleWithVersion()).append(" by ").append(people(coders)).append(" in ").append(count(sessions, "session"))
                .append(" were compared ");
        if (request.method() == AlignmentMethod.EVENT) {
            events(groups);
            return;
        }
        int units = unitsBySpeaker.getOrDefault(null, 0);
        boolean utterances = request.method() == AlignmentMethod.UTTERANCE;
        if (utterances) {
            text.append("utterance by utterance: each of the ").append(units).append(" utterances of the transcripts was a unit");
        } else {
            text.append("in consecutive time slices of ").append(seconds(request.slice())).append(" (").append(units)
                    .append(" slices), each slice a unit");
        }
        List<String> bySpeaker = new ArrayList<>();
        for (Role speaker : List.of(Role.CLIENT, Role.THERAPIST)) {
            if (!unitsBySpeaker.containsKey(speaker)) continue;
            bySpeaker.add(restricted(speaker) + " on the " + speaker.key() + "'s " + unitsBySpeaker.get(speaker)
                    + (utterances ? " utterances" : " slices"));
        }
        if (!bySpeaker.isEmpty()) {
            text.append(" (codes that apply to one speaker's talk were compared only on ")
                    .append(utterances ? "that speaker's utterances" : "the slices in which that speaker talked for at"
                            + " least half the slice").append(": ").append(String.join("; ", bySpeaker)).append(")");
        }
        text.append(", and a code counted as present in a unit when the rater's coding covered at least half of the unit"
                + " or its midpoint fell within it. For each code, agreement on presence versus absence was assessed with"
                + " Cohen's kappa for each pair of raters (").append(cite("Cohen, 1960")).append(")");
        boolean fleiss = coders.size() >= 3;
        if (fleiss) text.append(", Fleiss' kappa across all raters (").append(cite("Fleiss, 1971")).append(")");
        text.append(" and Krippendorff's alpha for nominal data (").append(cite("Krippendorff, 2011"))
                .append("); Gwet's AC1 (").append(cite("Gwet, 2008"))
                .append(") is reported alongside because kappa is depressed when a code is rare. For each code group (")
                .append(String.join(", ", groups.targets().stream().map(Target::id).toList()))
                .append("), a unit took the code of the group the rater applied there, the one covering more of the unit"
                        + " when several did (ties broken by codebook order), or \"none\", and the same statistics were computed. ")
                .append("95% confidence intervals are based on the large-sample standard error of Fleiss, Cohen and Everitt (")
                .append(citeYear("Fleiss, Cohen & Everitt, 1969")).append(") for Cohen's kappa and on Gwet's linearised"
                        + " standard errors (").append(cite("Gwet, 2014")).append(") for the other coefficients. ");
        String stat = fleiss ? Estimates.FLEISS : Estimates.COHEN;
        range(codes, stat, "codes");
        range(groups, stat, "code groups");
        text.append("Kappa values were interpreted following Landis and Koch (").append(citeYear("Landis & Koch, 1977"))
                .append("). ");
    }

    /** "the withdrawal markers and the confrontation markers": the groups (else codes) that apply to the speaker. */
    private String restricted(Role speaker) {
        List<String> names = new ArrayList<>();
        for (org.rapport.model.codebook.CodeGroup g : codebook.groups()) {
            if (codebook.groupAppliesTo(g.id()) == speaker) names.add(lowerFirst(g.label()));
        }
        for (org.rapport.model.codebook.Code c : codebook.codes()) {
            boolean viaGroup = c.group() != null && codebook.groupAppliesTo(c.group()) == speaker;
            if (!viaGroup && codebook.appliesTo(c.id()) == speaker) names.add(c.id());
        }
        if (names.size() == 1) return "the " + names.get(0);
        return "the " + String.join(", the ", names.subList(0, names.size() - 1)) + " and the " + names.get(names.size() - 1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private void events(Section groups) {
        EventMatching.Options o = request.eventOptions();
        text.append("as events following Holle and Rein (").append(citeYear("Holle & Rein, 2015"))
                .append("): within each code group, the codings of two raters were linked one to one when ");
        if (o.criterion() == EventMatching.Criterion.OVERLAP) {
            text.append("their relative overlap (the time both covered divided by the time either covered) was at least ")
                    .append(Math.round(o.minOverlap() * 100)).append("%, the pair with the largest overlap being linked first");
        } else {
            text.append("their onsets were at most ").append(o.toleranceMs()).append(" ms apart, the pair with the closest"
                    + " onsets being linked first");
        }
        text.append(". Linked events were cross-tabulated by code, and Cohen's kappa (").append(cite("Cohen, 1960"))
                .append(") is reported both with unlinked events counted as disagreements against \"none\" and for linked"
                        + " events only, together with precision, recall and F1 per code. ");
        if (groups.targets().stream().flatMap(t -> t.estimates().stream()).anyMatch(e -> Estimates.LIGHT.equals(e.title()))) {
            text.append("With more than two raters, agreement across all raters is Light's kappa (")
                    .append(cite("Light, 1971")).append("), the mean of the pairs' kappas, with a percentile bootstrap"
                            + " interval (").append(cite("Efron & Tibshirani, 1993")).append(") from ")
                    .append(request.bootstrap().samples()).append(" resamples of whole sessions (seed ")
                    .append(request.bootstrap().seed()).append("; none with fewer than 10 sessions). ");
        }
        int matched = 0;
        int unmatched = 0;
        for (Target t : groups.targets()) {
            for (EventCounts c : t.events()) {
                matched += c.matched();
                unmatched += c.unmatchedA() + c.unmatchedB();
            }
        }
        text.append("Over all pairs of raters, ").append(count(matched, "pair")).append(" of events were linked and ")
                .append(count(unmatched, "event")).append(" remained unlinked. ");
        range(groups, Estimates.COHEN, "code groups and pairs of raters (unlinked events included)");
        text.append("Kappa values were interpreted following Landis and Koch (").append(citeYear("Landis & Koch, 1977"))
                .append("). ");
    }

    public void ratings(List<String> raters, int sessions, List<Section> sections, Section totals) {
        text.append("Ratings of the ").append(name()).append(" items by ").append(people(raters)).append(" in ")
                .append(count(sessions, "session")).append(" were assessed with ICC(2,1) (two-way random effects, absolute"
                        + " agreement, single rater; ").append(cite("McGraw & Wong, 1996")).append("; ")
                .append(cite("Shrout & Fleiss, 1979")).append(") for each item (one unit per session");
        List<Integer> minutes = codebook.scales().stream().filter(sc -> !sc.unit().isWholeSession())
                .map(sc -> sc.unit().segmentMinutes()).distinct().toList();
        if (!minutes.isEmpty()) {
            text.append(", or per ").append(minutes.stream().map(Object::toString).reduce((x, y) -> x + " or " + y).orElse(""))
                    .append("-minute segment for items rated per segment");
        }
        text.append(")");
        boolean hasTotals = totals != null;
        if (hasTotals) {
            List<String> reversed = codebook.scales().stream().filter(Scale::reverseKeyed).map(Scale::id).toList();
            text.append(", each subscale mean and the total score");
            if (!reversed.isEmpty()) text.append(" (reverse-keyed ").append(String.join(" and ", reversed)).append(" mirrored)");
        }
        text.append(", and with Krippendorff's alpha at each item's level of measurement (")
                .append(cite("Krippendorff, 2011")).append("); 95% confidence intervals follow McGraw and Wong (1996) for the"
                        + " ICC, ");
        if (request.bootstrap().alphaResampling() == Bootstrap.AlphaResampling.PAIRS) {
            text.append("the bootstrap of Hayes and Krippendorff (").append(citeYear("Hayes & Krippendorff, 2007"));
        } else {
            text.append("a percentile bootstrap over units (").append(citeYear("Efron & Tibshirani, 1993"));
        }
        text.append("; ").append(request.bootstrap().samples()).append(" resamples, seed ").append(request.bootstrap().seed())
                .append(") for ordinal alpha and Gwet's (").append(citeYear("Gwet, 2014"))
                .append(") linearised standard error for alpha at other levels. ");
        if (hasTotals && !totals.targets().isEmpty()) {
            Estimate e = primaryIcc(totals.targets().get(0));
            if (e != null && e.result().isDefined()) {
                text.append("The ICC(2,1) of the ").append(name()).append(" total was ").append(valueWithCi(e.result()))
                        .append(e.raters().equals(Estimate.ALL_RATERS) ? "" : " (" + e.raters() + ")").append(". ");
            }
        }
        for (Section s : sections) range(s, Estimates.ICC_TITLE, "items rated per " + (s.id().startsWith("segment") ? "segment" : "session"));
        text.append("ICC values were interpreted following Koo and Li (").append(citeYear("Koo & Li, 2016")).append("). ");
    }

    private static Estimate primaryIcc(Target t) {
        Estimate all = t.estimate("icc", Estimate.ALL_RATERS);
        if (all != null) return all;
        return t.estimates().stream().filter(e -> e.result().statistic().equals("icc")).findFirst().orElse(null);
    }

    /**
     * "Across the codes, Fleiss' kappa ranged from .12 to .81 (median .55, 24 values). " over the defined values: the
     * all-raters estimate of each target when there is one, else its pairs.
     */
    private void range(Section s, String title, String what) {
        List<Double> values = new ArrayList<>();
        for (Target t : s.targets()) {
            if (t.id().equals(RatingAgreement.ALL_ITEMS)) continue;
            List<Estimate> mine = t.estimates().stream()
                    .filter(e -> e.title().equals(title) && !"matched only".equals(e.variant())).toList();
            boolean hasAll = mine.stream().anyMatch(e -> e.raters().equals(Estimate.ALL_RATERS));
            mine.stream().filter(e -> !hasAll || e.raters().equals(Estimate.ALL_RATERS))
                    .map(e -> e.result().value()).filter(Objects::nonNull).forEach(values::add);
        }
        if (values.isEmpty()) return;
        values.sort(null);
        double median = values.size() % 2 == 1 ? values.get(values.size() / 2)
                : (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2;
        text.append("Across the ").append(what).append(", ").append(title).append(values.size() == 1 ? " was "
                        + apa(values.get(0)) : " ranged from " + apa(values.get(0)) + " to " + apa(values.get(values.size() - 1))
                        + " (median " + apa(median) + ", " + values.size() + " values)").append(". ");
    }

    static String valueWithCi(StatisticResult r) {
        String v = apa(r.value());
        if (r.ci95() == null) return v;
        return v + ", 95% CI [" + apa(r.ci95().low()) + ", " + apa(r.ci95().high()) + "]";
    }

    /** Two decimals without the leading zero, as APA style has it for coefficients bounded by 1. */
    static String apa(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.startsWith("0.")) return s.substring(1);
        if (s.startsWith("-0.")) return "\u2212" + s.substring(2);
        if (s.startsWith("-")) return "\u2212" + s.substring(1);
        return s;
    }

    private static String people(List<String> names) {
        String words = switch (names.size()) {
            case 2 -> "two";
            case 3 -> "three";
            case 4 -> "four";
            case 5 -> "five";
            default -> Integer.toString(names.size());
        };
        return words + " raters (" + String.join(", ", names) + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
