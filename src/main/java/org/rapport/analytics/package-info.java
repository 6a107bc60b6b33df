/**
 * Research analytics as pure functions over a snapshot of codings and ratings: 3RS marker counts and rates per
 * session and segment, rupture–repair episodes within a session, alliance totals across a client's sessions and the
 * V-shaped rupture–repair sequences in them (docs/analytics.md gives every definition and its source). Like
 * {@code agreement}, nothing here reads or writes: app reads the data, report writes the results.
 */
package org.rapport.analytics;
