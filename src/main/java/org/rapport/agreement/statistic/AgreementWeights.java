package org.rapport.agreement.statistic;

/**
 * Agreement weights between categories: 1 for full agreement, 0 for none. Linear and quadratic weights come from the
 * numeric values of the categories on the scale (a declared scale, else the values seen), so an unused point of the
 * scale keeps its place: 1 - |x_k - x_l| / (max - min) and 1 - (x_k - x_l)^2 / (max - min)^2. {@link WeightScale#RANKS}
 * instead places the categories that were used at 1..q, as R irr and psych do by default.
 */
public final class AgreementWeights {
    /** How weights are placed on the scale. */
    public enum Kind { UNWEIGHTED, LINEAR, QUADRATIC, CUSTOM, TOLERANCE }

    /** Where the categories sit for linear and quadratic weights. */
    public enum WeightScale { VALUES, RANKS }

    private final Kind kind;
    private final WeightScale scale;
    private final double[][] custom;
    private final double tolerance;

    private AgreementWeights(Kind kind, WeightScale scale, double[][] custom, double tolerance) {
        this.kind = kind;
        this.scale = scale;
        this.custom = custom;
        this.tolerance = tolerance;
    }

    public static AgreementWeights unweighted() {
        return new AgreementWeights(Kind.UNWEIGHTED, WeightScale.VALUES, null, 0);
    }

    public static AgreementWeights linear(WeightScale scale) {
        return new AgreementWeights(Kind.LINEAR, scale, null, 0);
    }

    public static AgreementWeights quadratic(WeightScale scale) {
        return new AgreementWeights(Kind.QUADRATIC, scale, null, 0);
    }

    /** A q × q matrix of agreement weights in category (scale) order. */
    public static AgreementWeights custom(double[][] weights) {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].length != weights.length) throw new IllegalArgumentException("weight matrix is not square");
            copy[i] = weights[i].clone();
        }
        return new AgreementWeights(Kind.CUSTOM, WeightScale.VALUES, copy, 0);
    }

    /**
     * Cohen's (1968) disagreement weights v turned into agreement weights 1 - v / max(v); weighted kappa is the same
     * under either form.
     */
    public static AgreementWeights fromDisagreement(double[][] v) {
        double max = 0;
        for (double[] row : v) for (double x : row) max = Math.max(max, x);
        double[][] w = new double[v.length][v.length];
        for (int i = 0; i < v.length; i++) for (int j = 0; j < v.length; j++) w[i][j] = 1 - v[i][j] / max;
        return custom(w);
    }

    /** Numeric values within {@code n} of each other agree fully, others not at all. */
    public static AgreementWeights tolerance(double n) {
        return new AgreementWeights(Kind.TOLERANCE, WeightScale.VALUES, null, n);
    }

    public Kind kind() {
        return kind;
    }

    public WeightScale scale() {
        return scale;
    }

    public boolean isIdentity() {
        return kind == Kind.UNWEIGHTED || (kind == Kind.TOLERANCE && tolerance == 0);
    }

    /** The table the weights apply to: with rank weights, only the categories used keep a place. */
    public RatingTable prepare(RatingTable table) {
        boolean distances = kind == Kind.LINEAR || kind == Kind.QUADRATIC;
        return distances && scale == WeightScale.RANKS ? table.observedCategoriesOnly() : table;
    }

    /** The weight matrix for a table already passed through {@link #prepare}. */
    public double[][] matrix(RatingTable table) {
        int q = table.categoryCount();
        double[][] w = new double[q][q];
        switch (kind) {
            case UNWEIGHTED -> {
                for (int k = 0; k < q; k++) w[k][k] = 1;
            }
            case CUSTOM -> {
                if (custom.length != q) {
                    throw new IllegalArgumentException("the weight matrix is " + custom.length + " × " + custom.length
                            + " but the scale has " + q + " categories");
                }
                for (int k = 0; k < q; k++) w[k] = custom[k].clone();
            }
            case TOLERANCE -> {
                double[] x = table.categoryValues();
                for (int k = 0; k < q; k++) for (int l = 0; l < q; l++) w[k][l] = Math.abs(x[k] - x[l]) <= tolerance + 1e-12 ? 1 : 0;
            }
            case LINEAR, QUADRATIC -> {
                double[] x = positions(table);
                double range = x.length == 0 ? 0 : x[x.length - 1] - x[0];
                for (int k = 0; k < q; k++) {
                    for (int l = 0; l < q; l++) {
                        if (range == 0) {
                            w[k][l] = 1;
                            continue;
                        }
                        double d = Math.abs(x[k] - x[l]) / range;
                        w[k][l] = kind == Kind.LINEAR ? 1 - d : 1 - d * d;
                    }
                }
            }
        }
        return w;
    }

    private double[] positions(RatingTable table) {
        if (scale == WeightScale.RANKS) {
            double[] x = new double[table.categoryCount()];
            for (int k = 0; k < x.length; k++) x[k] = k + 1;
            return x;
        }
        return table.categoryValues();
    }

    /** In words, for the result's variant. */
    public String describe() {
        return switch (kind) {
            case UNWEIGHTED -> "unweighted";
            case LINEAR -> "linear weights on category " + (scale == WeightScale.RANKS ? "ranks among observed categories" : "values");
            case QUADRATIC -> "quadratic weights on category " + (scale == WeightScale.RANKS ? "ranks among observed categories" : "values");
            case CUSTOM -> "custom weight matrix";
            case TOLERANCE -> "values within " + tolerance + " count as agreeing";
        };
    }
}
