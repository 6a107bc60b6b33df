# Krippendorff's alpha and its two bootstraps, written in base R from the published definitions, for
# AlphaUnitBootstrapTest (an implementation independent of Rapport's Java code).
#   alpha:     Krippendorff (2011), "Computing Krippendorff's alpha-reliability": coincidence matrix o_ck, marginals
#              n_c, alpha = 1 - (n - 1) sum o_ck d_ck / sum n_c n_k d_ck, metrics nominal, ordinal, interval.
#   units:     Efron & Tibshirani (1993) nonparametric bootstrap: resample the pairable units with replacement, each
#              with all its values, and recompute alpha (metric and expected disagreement included).
#   pairs:     Hayes & Krippendorff (2007), KALPHA: resample within-unit pairs of values, a pair of a unit with m values
#              weighted 1 / (m - 1); alpha* = 1 - mean d of the drawn pairs / D_e, D_e kept from the data.
# Usage: Rscript alpha_bootstrap.R FILE.csv LEVEL RESAMPLES SEED
#   FILE.csv: units x raters, header row of rater names, NA (or empty) for a missing value
# Prints key=value lines: alpha, units_se, units_low, units_high, pairs_se, pairs_low, pairs_high.
args <- commandArgs(trailingOnly = TRUE)
x <- as.matrix(read.csv(args[1], na.strings = c("NA", "")))
level <- args[2]
B <- as.integer(args[3])
set.seed(as.integer(args[4]))

values <- sort(unique(as.numeric(x[!is.na(x)])))
q <- length(values)
m <- rowSums(!is.na(x))
x <- x[m >= 2, , drop = FALSE]           # only pairable units count
m <- m[m >= 2]
N <- nrow(x)
# counts[u, c]: how many of unit u's values are values[c]
counts <- t(apply(x, 1, function(r) tabulate(match(r[!is.na(r)], values), nbins = q)))

delta <- function(marg) {
  d <- matrix(0, q, q)
  for (c in 1:q) for (k in 1:q) {
    if (c == k) next
    d[c, k] <- switch(level,
      nominal = 1,
      interval = (values[c] - values[k])^2,
      ordinal = { lo <- min(c, k); hi <- max(c, k); (sum(marg[lo:hi]) - (marg[c] + marg[k]) / 2)^2 })
  }
  d
}
# coincidence contribution of each unit, as a row of q*q cells: n_uc n_uk / (m_u - 1), c != k
unit_o <- t(sapply(1:N, function(u) { o <- outer(counts[u, ], counts[u, ]) / (m[u] - 1); diag(o) <- 0; as.vector(o) }))

alpha_of <- function(w) {                 # w: how often each unit is in the sample
  marg <- colSums(counts * w)
  o <- matrix(colSums(unit_o * w), q, q)
  d <- delta(marg)
  n <- sum(marg)
  de <- sum(outer(marg, marg) * d)
  if (de <= 0) return(NA)
  1 - (n - 1) * sum(o * d) / de
}
out <- function(key, v) cat(key, "=", format(v, digits = 15), "\n", sep = "")
out("alpha", alpha_of(rep(1, N)))

units <- replicate(B, alpha_of(tabulate(sample.int(N, N, replace = TRUE), nbins = N)))
units <- units[!is.na(units)]
out("units_se", sd(units))
ci <- quantile(units, c(0.025, 0.975), type = 7)
out("units_low", ci[[1]])
out("units_high", ci[[2]])

# pairs of values within units, each with its unit's weight 1 / (m - 1)
marg <- colSums(counts)
d <- delta(marg)
n <- sum(marg)
De <- sum(outer(marg, marg) * d) / (n * (n - 1))
pd <- c(); pw <- c()
for (u in 1:N) {
  v <- match(x[u, !is.na(x[u, ])], values)
  for (i in 1:(length(v) - 1)) for (j in (i + 1):length(v)) {
    pd <- c(pd, d[v[i], v[j]]); pw <- c(pw, 1 / (m[u] - 1))
  }
}
M <- length(pd)
pairs <- replicate(B, { s <- sample.int(M, M, replace = TRUE, prob = pw / sum(pw)); 1 - mean(pd[s]) / De })
out("pairs_se", sd(pairs))
ci <- quantile(pairs, c(0.025, 0.975), type = 7)
out("pairs_low", ci[[1]])
out("pairs_high", ci[[2]])
