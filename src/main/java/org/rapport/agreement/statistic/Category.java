package org.rapport.agreement.statistic;

/**
 * One point of a rating scale or one code: the label a rater chose and, when the label is a number or the codebook
 * gives one, its numeric value. Weights and metrics use the numeric value; nominal statistics only the identity.
 *
 * @param label   what the rater wrote, never null
 * @param numeric the numeric value on the scale, or null for a purely nominal category
 */
public record Category(String label, Double numeric) {
    public Category {
        if (label == null) throw new IllegalArgumentException("category label is null");
    }

    /** A category whose numeric value is read from its label when the label is a number. */
    public static Category of(String label) {
        return new Category(label, parseNumber(label));
    }

    public static Category numeric(double value) {
        String label = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        return new Category(label, value);
    }

    /** The points min..max of a codebook rating scale, in order: the declared scale for a {@link RatingTable}. */
    public static java.util.List<Category> pointsOf(org.rapport.model.codebook.Scale scale) {
        java.util.List<Category> points = new java.util.ArrayList<>();
        for (int v = scale.min(); v <= scale.max(); v++) points.add(numeric(v));
        return points;
    }

    public boolean isNumeric() {
        return numeric != null;
    }

    static Double parseNumber(String label) {
        String s = label.trim();
        if (s.isEmpty()) return null;
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
