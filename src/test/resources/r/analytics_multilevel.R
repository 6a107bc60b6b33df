# Reads rapport analytics' alliance-long.csv and fits a model of within-client centred alliance, as a lab would.
# Prints key=value lines for AnalyticsCommandTest.
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
cat("rows=", nrow(d), "\n", sep = "")
cat("clients=", length(unique(d$client)), "\n", sep = "")
# centring checked in R: the centred value is the total minus the client's own mean of it
obs <- d[!is.na(d$observer_alliance), ]
own <- ave(obs$observer_alliance, obs$client)
cat("cwc_max_error=", max(abs(obs$observer_alliance - own - obs$observer_alliance_cwc)), "\n", sep = "")
fit <- lm(observer_alliance_cwc ~ markers_per_h, data = d)
cat("n_used=", length(residuals(fit)), "\n", sep = "")
cat("slope=", format(coef(fit)[["markers_per_h"]], digits = 15), "\n", sep = "")
