package org.rapport.agreement.project;

import java.util.List;

import org.rapport.agreement.alignment.EventMatching;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.model.BadInputException;

/**
 * What a supervisor asks of {@link ProjectAgreement}: a codebook, optionally some sessions and raters (empty = all),
 * and how to align codings. Options that do not fit the method are refused, not ignored.
 *
 * @param method      null for {@link AlignmentMethod#UTTERANCE}
 * @param sliceMs     slice width for {@link AlignmentMethod#TIME_SLICE}; null for the default
 * @param toleranceMs onset tolerance for {@link AlignmentMethod#EVENT} (links by onset instead of overlap)
 * @param minOverlap  minimum relative overlap for {@link AlignmentMethod#EVENT}; null for Holle &amp; Rein's 0.6
 * @param bootstrap   resamples and seed of the bootstrap intervals (ordinal alpha; Light's kappa over sessions); null
 *                    for {@link #DEFAULT_BOOTSTRAP}
 */
public record ProjectAgreementRequest(String codebookId, List<String> sessions, List<String> raters,
                                      AlignmentMethod method, Long sliceMs, Long toleranceMs, Double minOverlap,
                                      Bootstrap bootstrap) {
    public static final long DEFAULT_SLICE_MS = 1_000;
    /** 1,000 resamples with a fixed seed, so that the same project gives the same intervals every time. */
    public static final Bootstrap DEFAULT_BOOTSTRAP = new Bootstrap(1000, 1);

    public ProjectAgreementRequest {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        raters = raters == null ? List.of() : List.copyOf(raters);
        if (method == null) method = AlignmentMethod.UTTERANCE;
        if (bootstrap == null) bootstrap = DEFAULT_BOOTSTRAP;
    }

    public static ProjectAgreementRequest of(String codebookId) {
        return new ProjectAgreementRequest(codebookId, null, null, null, null, null, null, null);
    }

    public ProjectAgreementRequest withMethod(AlignmentMethod m) {
        return new ProjectAgreementRequest(codebookId, sessions, raters, m, sliceMs, toleranceMs, minOverlap, bootstrap);
    }

    public ProjectAgreementRequest withSessions(List<String> s) {
        return new ProjectAgreementRequest(codebookId, s, raters, method, sliceMs, toleranceMs, minOverlap, bootstrap);
    }

    public ProjectAgreementRequest withRaters(List<String> r) {
        return new ProjectAgreementRequest(codebookId, sessions, r, method, sliceMs, toleranceMs, minOverlap, bootstrap);
    }

    public ProjectAgreementRequest withSliceMs(Long ms) {
        return new ProjectAgreementRequest(codebookId, sessions, raters, method, ms, toleranceMs, minOverlap, bootstrap);
    }

    public ProjectAgreementRequest withToleranceMs(Long ms) {
        return new ProjectAgreementRequest(codebookId, sessions, raters, method, sliceMs, ms, minOverlap, bootstrap);
    }

    public ProjectAgreementRequest withMinOverlap(Double share) {
        return new ProjectAgreementRequest(codebookId, sessions, raters, method, sliceMs, toleranceMs, share, bootstrap);
    }

    public ProjectAgreementRequest withBootstrap(Bootstrap b) {
        return new ProjectAgreementRequest(codebookId, sessions, raters, method, sliceMs, toleranceMs, minOverlap, b);
    }

    /** The slice width in use (time-slice method). */
    public long slice() {
        return sliceMs == null ? DEFAULT_SLICE_MS : sliceMs;
    }

    /** The event matching options in use (event method). */
    public EventMatching.Options eventOptions() {
        if (toleranceMs != null) return EventMatching.Options.onset(toleranceMs);
        return EventMatching.Options.overlap(minOverlap == null ? EventMatching.Options.HOLLE_REIN_MIN_OVERLAP : minOverlap);
    }

    /** Refuses options that do not fit the method or are out of range. */
    public void check() {
        if (codebookId == null || codebookId.isBlank()) throw new BadInputException("give the codebook to compare (--codebook ID)");
        if (sliceMs != null && method != AlignmentMethod.TIME_SLICE) {
            throw new BadInputException("--slice-ms applies only to --method time-slice, not to --method " + method.key());
        }
        if (toleranceMs != null && method != AlignmentMethod.EVENT) {
            throw new BadInputException("--tolerance-ms applies only to --method event, not to --method " + method.key());
        }
        if (minOverlap != null && method != AlignmentMethod.EVENT) {
            throw new BadInputException("--min-overlap applies only to --method event, not to --method " + method.key());
        }
        Bootstrap.checkResamples(bootstrap.samples());
        if (toleranceMs != null && minOverlap != null) {
            throw new BadInputException("give --tolerance-ms (link events by onset) or --min-overlap (link by overlap), not both");
        }
        if (sliceMs != null && sliceMs <= 0) throw new BadInputException("--slice-ms must be a positive number of milliseconds: " + sliceMs);
        if (toleranceMs != null && toleranceMs < 0) throw new BadInputException("--tolerance-ms must not be negative: " + toleranceMs);
        if (minOverlap != null && !(minOverlap > 0 && minOverlap <= 1)) {
            throw new BadInputException("--min-overlap must be a share in (0, 1], e.g. 0.6: " + minOverlap);
        }
    }
}
