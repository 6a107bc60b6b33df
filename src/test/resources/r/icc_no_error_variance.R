# ICC when raters differ only by a constant (no error variance), computed by R for IccNoErrorVarianceTest.
# Usage: Rscript icc_no_error_variance.R FILE.csv   (units x raters, a header row of rater names, no unit column)
# Prints key=value lines:
#   psych_*  psych::ICC (Revelle; Debian r-cran-psych), the ANOVA estimates (lmer = FALSE)
#   irr_*    the coefficients of irr::icc (Gamer et al., CRAN irr 0.84.1) by its published formulas, computed here
#            from the mean squares as irr computes them (irr itself is not packaged for Debian)
suppressMessages(library(psych))
args <- commandArgs(trailingOnly = TRUE)
x <- as.matrix(read.csv(args[1]))
res <- ICC(x, lmer = FALSE)$results
row <- function(type) res[res$type == type, ]
out <- function(key, v) cat(key, "=", format(v, digits = 15), "\n", sep = "")
for (type in c("ICC1", "ICC1k", "ICC3", "ICC3k", "ICC2", "ICC2k")) {
  r <- row(type)
  out(paste0("psych_", type), r$ICC)
  out(paste0("psych_", type, "_lower"), r[["lower bound"]])
  out(paste0("psych_", type, "_upper"), r[["upper bound"]])
}
ns <- nrow(x); nr <- ncol(x)
ss_total <- var(as.numeric(x)) * (ns * nr - 1)
ms_r <- var(apply(x, 1, mean)) * nr
ms_c <- var(apply(x, 2, mean)) * ns
ms_e <- (ss_total - ms_r * (ns - 1) - ms_c * (nr - 1)) / ((ns - 1) * (nr - 1))
out("irr_C1", (ms_r - ms_e) / (ms_r + (nr - 1) * ms_e))   # ICC(C,1), McGraw & Wong (1996) Table 4
out("irr_Ck", (ms_r - ms_e) / ms_r)                       # ICC(C,k)
out("irr_A1", (ms_r - ms_e) / (ms_r + (nr - 1) * ms_e + (nr / ns) * (ms_c - ms_e)))  # ICC(A,1)
out("irr_F", ms_r / ms_e)
