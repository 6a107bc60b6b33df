package org.rapport.agreement.statistic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reliability statistic found. A value of null means the coefficient is undefined for these data and
 * {@link #reason()} says why (it is never silently reported as 0 or 1). Optional parts are null when they do not apply.
 *
 * @param statistic       the statistic's command-line name, e.g. "cohen-kappa"
 * @param variant         the variant in words, e.g. "quadratic weights on category values"
 * @param value           the coefficient, or null when undefined
 * @param reason          why the value is undefined, else null
 * @param units           units that entered the computation
 * @param unitsTotal      units in the input table
 * @param raters          raters in the input table
 * @param se              standard error, or null
 * @param ci95            95% confidence interval, or null
 * @param ciMethod        how the interval was computed, or null
 * @param f               F statistic (ICC), or null
 * @param df1             numerator degrees of freedom, or null
 * @param df2             denominator degrees of freedom, or null
 * @param p               two-sided p value of the test of no agreement beyond chance, or null
 * @param z               z statistic, or null
 * @param t               t statistic, or null
 * @param tDf             degrees of freedom of the t statistic, or null
 * @param test            how the test was made (statistic, null distribution, source), or null
 * @param pa              observed (weighted) agreement, or null
 * @param pe              chance agreement, or null
 * @param perCategory     per-category coefficients by category label (Fleiss), or empty
 * @param interpretations benchmark labels, each naming its source; empty when undefined or not applicable
 * @param notes           remarks a reader needs (units dropped, conventions), possibly empty
 */
public record StatisticResult(String statistic, String variant, Double value, String reason, int units, int unitsTotal,
                              int raters, Double se, Interval ci95, String ciMethod, Double f, Double df1, Double df2,
                              Double p, Double z, Double t, Double tDf, String test, Double pa, Double pe,
                              Map<String, Double> perCategory,
                              List<Interpretation> interpretations, List<String> notes) {
    public StatisticResult {
        perCategory = perCategory == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perCategory));
        interpretations = interpretations == null ? List.of() : List.copyOf(interpretations);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public boolean isDefined() {
        return value != null;
    }

    /** The same result without its interpretation bands (for a value too degenerate to interpret). */
    public StatisticResult withoutInterpretations() {
        return new StatisticResult(statistic, variant, value, reason, units, unitsTotal, raters, se, ci95, ciMethod, f,
                df1, df2, p, z, t, tDf, test, pa, pe, perCategory, List.of(), notes);
    }

    public static Builder builder(String statistic, RatingTable table) {
        return new Builder(statistic, table.unitCount(), table.raterCount());
    }

    /** For a result not computed from one table (Light's kappa over separately matched pairs). */
    public static Builder builder(String statistic, int units, int raters) {
        return new Builder(statistic, units, raters);
    }

    /** Assembles a result; coefficients fill what applies. */
    public static final class Builder {
        private final String statistic;
        private String variant;
        private Double value;
        private String reason;
        private int units;
        private final int unitsTotal;
        private final int raters;
        private Double se;
        private Interval ci95;
        private String ciMethod;
        private Double f;
        private Double df1;
        private Double df2;
        private Double p;
        private Double z;
        private Double t;
        private Double tDf;
        private String test;
        private Double pa;
        private Double pe;
        private final Map<String, Double> perCategory = new LinkedHashMap<>();
        private final java.util.ArrayList<Interpretation> interpretations = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> notes = new java.util.ArrayList<>();

        private Builder(String statistic, int units, int raters) {
            this.statistic = statistic;
            this.unitsTotal = units;
            this.units = units;
            this.raters = raters;
        }

        public Builder variant(String v) { this.variant = v; return this; }

        /** Sets the value; a NaN or infinite value is turned into "undefined" with the given reason. */
        public Builder value(double v, String reasonIfNotFinite) {
            if (Double.isFinite(v)) {
                this.value = v;
            } else {
                this.value = null;
                this.reason = reasonIfNotFinite;
            }
            return this;
        }

        public Builder undefined(String why) { this.value = null; this.reason = why; return this; }

        public Builder units(int n) { this.units = n; return this; }

        public Builder se(double s) { this.se = Double.isFinite(s) ? s : null; return this; }

        public Builder ci95(Interval ci, String method) {
            if (ci != null && Double.isFinite(ci.low()) && Double.isFinite(ci.high())) {
                this.ci95 = ci;
                this.ciMethod = method;
            }
            return this;
        }

        public Builder fTest(double fValue, double d1, double d2, double pValue) {
            this.f = fValue; this.df1 = d1; this.df2 = d2; this.p = pValue; return this;
        }

        /** A z test of no agreement beyond chance; replaces any t test set before. */
        public Builder zTest(double zValue, double pValue, String method) {
            this.z = zValue; this.p = pValue; this.t = null; this.tDf = null; this.test = method; return this;
        }

        /** A t test of no agreement beyond chance; replaces any z test set before. */
        public Builder tTest(double tValue, double df, double pValue, String method) {
            this.t = tValue; this.tDf = df; this.p = pValue; this.z = null; this.test = method; return this;
        }

        public Builder agreement(double observed, double chance) { this.pa = observed; this.pe = chance; return this; }

        public Builder perCategory(String label, double v) { perCategory.put(label, Double.isFinite(v) ? v : null); return this; }

        public Builder note(String n) { notes.add(n); return this; }

        public Builder interpret(Interpretation i) { if (i != null) interpretations.add(i); return this; }

        public Double value() { return value; }

        public StatisticResult build() {
            if (value == null) {
                interpretations.clear();
                if (reason == null) reason = "undefined for these data";
            }
            return new StatisticResult(statistic, variant, value, reason, units, unitsTotal, raters, se, ci95, ciMethod,
                    f, df1, df2, p, z, t, tDf, test, pa, pe, perCategory, interpretations, notes);
        }
    }
}
