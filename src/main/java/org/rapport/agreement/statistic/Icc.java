package org.rapport.agreement.statistic;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Intraclass correlations: the ten forms of McGraw & Wong (1996), with their Shrout & Fleiss (1979) names where they
 * have one, from the ANOVA mean squares over the units that every rater rated. F test of ICC = 0 and 95% CI as in
 * McGraw & Wong (1996) Tables 7–8 (Satterthwaite degrees of freedom for absolute agreement), as implemented in R irr.
 */
public final class Icc {
    public static final String NAME = "icc";

    /** The ANOVA model. Two-way random and two-way mixed give the same numbers; they differ in what they generalise to. */
    public enum Model { ONE_WAY, TWO_WAY_RANDOM, TWO_WAY_MIXED }

    /** Consistency ignores rater mean differences; absolute agreement counts them. One-way is always agreement. */
    public enum Type { CONSISTENCY, AGREEMENT }

    /** Reliability of one rater's score or of the mean of the k raters. */
    public enum Unit { SINGLE, AVERAGE }

    /** One of the ten forms. */
    public record Form(Model model, Type type, Unit unit) {
        public Form {
            if (model == Model.ONE_WAY) type = Type.AGREEMENT;
        }

        /** McGraw & Wong's name, e.g. ICC(A,1) or ICC(k). */
        public String mcGrawWong() {
            String n = unit == Unit.SINGLE ? "1" : "k";
            if (model == Model.ONE_WAY) return "ICC(" + n + ")";
            return "ICC(" + (type == Type.AGREEMENT ? "A" : "C") + "," + n + ")";
        }

        /** Shrout & Fleiss's name, or null for the two forms they did not name. */
        public String shroutFleiss() {
            String n = unit == Unit.SINGLE ? "1" : "k";
            if (model == Model.ONE_WAY) return "ICC(1," + n + ")";
            if (model == Model.TWO_WAY_RANDOM && type == Type.AGREEMENT) return "ICC(2," + n + ")";
            if (model == Model.TWO_WAY_MIXED && type == Type.CONSISTENCY) return "ICC(3," + n + ")";
            return null;
        }

        String describe() {
            String model = switch (this.model) {
                case ONE_WAY -> "one-way random";
                case TWO_WAY_RANDOM -> "two-way random";
                case TWO_WAY_MIXED -> "two-way mixed";
            };
            String sf = shroutFleiss();
            return mcGrawWong() + (sf != null ? " = Shrout & Fleiss " + sf : "") + ", " + model + ", "
                    + (type == Type.AGREEMENT ? "absolute agreement" : "consistency") + ", "
                    + (unit == Unit.SINGLE ? "single rater" : "average of raters");
        }
    }

    private Icc() {
    }

    public static StatisticResult compute(RatingTable table, Form form) {
        RatingTable complete = table.completeUnits();
        StatisticResult.Builder b = StatisticResult.builder(NAME, table).variant(form.describe()).units(complete.unitCount());
        if (complete.unitCount() < table.unitCount()) {
            b.note((table.unitCount() - complete.unitCount()) + " unit(s) not rated by every rater left out");
        }
        int n = complete.unitCount();
        int k = complete.raterCount();
        if (k < 2) return b.undefined("fewer than two raters").build();
        if (n < 2) return b.undefined("fewer than two units rated by every rater").build();
        double[] x = complete.categoryValues();
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int u = 0; u < n; u++) {
            for (int r = 0; r < k; r++) {
                double v = x[complete.cell(u, r)];
                rowMean[u] += v;
                colMean[r] += v;
                grand += v;
            }
        }
        grand /= (double) n * k;
        double ssRows = 0;
        double ssCols = 0;
        double ssTotal = 0;
        for (int u = 0; u < n; u++) {
            rowMean[u] /= k;
            ssRows += (rowMean[u] - grand) * (rowMean[u] - grand);
        }
        for (int r = 0; r < k; r++) {
            colMean[r] /= n;
            ssCols += (colMean[r] - grand) * (colMean[r] - grand);
        }
        ssRows *= k;
        ssCols *= n;
        for (int u = 0; u < n; u++) {
            for (int r = 0; r < k; r++) {
                double d = x[complete.cell(u, r)] - grand;
                ssTotal += d * d;
            }
        }
        double msr = ssRows / (n - 1);
        double msc = ssCols / (k - 1);
        // A residual that is rounding noise (raters differing by a constant such as 0.1) is no error variance.
        double noise = ssTotal * 1e-12;
        double ssError = ssTotal - ssRows - ssCols;
        double ssWithin = ssTotal - ssRows;
        double mse = (ssError <= noise ? 0 : ssError) / ((n - 1.0) * (k - 1));
        double msw = (ssWithin <= noise ? 0 : ssWithin) / (n * (k - 1.0));
        if (ssTotal == 0) return b.undefined("no variation: every rating is the same").build();
        MeanSquares ms = new MeanSquares(n, k, msr, msc, mse, msw);
        if (form.model() == Model.ONE_WAY) {
            ratioForm(b, form, ms, msw, n * (k - 1.0));
        } else if (form.type() == Type.CONSISTENCY) {
            ratioForm(b, form, ms, mse, (n - 1.0) * (k - 1));
        } else {
            agreementForm(b, form, ms);
        }
        if (b.value() != null) Benchmarks.icc(b.value()).forEach(b::interpret);
        return b.build();
    }

    /** P(F > f) as a regularised incomplete beta, accurate for very small p (1 - cdf would round to 0). */
    static double upperTail(double f, double df1, double df2) {
        return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
    }

    private record MeanSquares(int n, int k, double msr, double msc, double mse, double msw) {
    }

    /** One-way and consistency forms: ICC from MSR and an error mean square, exact F-based interval. */
    private static void ratioForm(StatisticResult.Builder b, Form form, MeanSquares ms, double error, double df2) {
        int n = ms.n();
        int k = ms.k();
        double df1 = n - 1.0;
        if (error == 0) {
            noErrorVariance(b, ms.msr());
            return;
        }
        double value = form.unit() == Unit.SINGLE ? (ms.msr() - error) / (ms.msr() + (k - 1) * error)
                : (ms.msr() - error) / ms.msr();
        b.value(value, "no variation between units");
        double f = ms.msr() / error;
        b.fTest(f, df1, df2, upperTail(f, df1, df2));
        double fl = f / new FDistribution(df1, df2).inverseCumulativeProbability(0.975);
        double fu = f * new FDistribution(df2, df1).inverseCumulativeProbability(0.975);
        Interval ci = form.unit() == Unit.SINGLE ? new Interval((fl - 1) / (fl + k - 1), (fu - 1) / (fu + k - 1))
                : new Interval(1 - 1 / fl, 1 - 1 / fu);
        b.ci95(ci, "McGraw & Wong (1996) F-based");
    }

    /**
     * No error variance: every rater gave each unit the same value (one-way), or raters differ at most by a constant
     * (consistency). The coefficient is then exactly 1, as irr, psych and psy give it; only the F test is infinite, so
     * no F is reported, and the F-based interval is at its limit [1, 1] (psych prints it so).
     */
    private static void noErrorVariance(StatisticResult.Builder b, double msr) {
        if (msr == 0) {
            b.undefined("no variation between units");
            return;
        }
        b.value(1.0, "no variation between units");
        b.ci95(new Interval(1, 1), "McGraw & Wong (1996) F-based, at its limit: F is infinite");
        b.note("no error variance (raters differ at most by a constant): ICC = 1; the F test is infinite (p = 0),"
                + " so no F is reported");
    }

    /** Absolute-agreement forms: Satterthwaite degrees of freedom for the interval and the test. */
    private static void agreementForm(StatisticResult.Builder b, Form form, MeanSquares ms) {
        int n = ms.n();
        int k = ms.k();
        double msr = ms.msr();
        double msc = ms.msc();
        double mse = ms.mse();
        boolean single = form.unit() == Unit.SINGLE;
        double value = single ? (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n)
                : (msr - mse) / (msr + (msc - mse) / n);
        b.value(value, "no variation between units");
        if (!(value < 1) || mse == 0) return;
        // As R irr: the coefficient of this form enters a and b (for ICC(A,k) this is irr's reading of McGraw & Wong).
        double a = k * value / (n * (1 - value));
        double bb = 1 + k * value * (n - 1) / (n * (1 - value));
        double v = Math.pow(a * msc + bb * mse, 2) / (Math.pow(a * msc, 2) / (k - 1) + Math.pow(bb * mse, 2) / ((n - 1.0) * (k - 1)));
        double df1 = n - 1.0;
        double f = msr / mse;
        b.fTest(f, df1, v, upperTail(f, df1, v));
        double fl = new FDistribution(df1, v).inverseCumulativeProbability(0.975);
        double fu = new FDistribution(v, df1).inverseCumulativeProbability(0.975);
        Interval ci;
        if (single) {
            double c = k * msc + (k * n - k - n) * mse;
            ci = new Interval(n * (msr - fl * mse) / (fl * c + n * msr), n * (fu * msr - mse) / (c + n * fu * msr));
        } else {
            ci = new Interval(n * (msr - fl * mse) / (fl * (msc - mse) + n * msr),
                    n * (fu * msr - mse) / (msc - mse + n * fu * msr));
        }
        b.ci95(ci, "McGraw & Wong (1996) F-based with Satterthwaite df");
    }
}
