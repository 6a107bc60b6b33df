# Made alpha_ten_raters.csv (R 4.2.2): 60 units rated 1-5 by ten raters, each rater giving the unit's true value
# with probability .6, else a value one step away (or any value, 1 time in 10), and about 5% of values missing.
# Run: Rscript make_ten_raters.R > alpha_ten_raters.csv
set.seed(2024)
n <- 60; k <- 10
truth <- sample(1:5, n, replace = TRUE, prob = c(.15, .25, .3, .2, .1))
x <- sapply(1:k, function(r) sapply(truth, function(t) {
  u <- runif(1)
  if (u < .6) t else if (u < .9) min(5, max(1, t + sample(c(-1, 1), 1))) else sample(1:5, 1)
}))
x[matrix(runif(n * k) < .05, n, k)] <- NA
colnames(x) <- paste0("r", 1:k)
write.csv(x, row.names = FALSE, na = "NA")
