/**
 * Disclosure control of the published tables (issue 4): no victim can be singled out.
 *
 * <p>{@link thbstat.jobs.protect.DisclosureControl#protect} applies, per indicator and period, over
 * the union of the indicator's publication tables (they share margins and the grand total):
 *
 * <ol>
 *   <li>primary suppression ({@code PrimaryRule}): a count with 0 &lt; value &lt; threshold, or a
 *       sum, median, share, ratio or rate over fewer persons than the threshold, is {@code C};
 *   <li>linked indicators ({@code LinkedCells}) as one cell space: a figure two tables publish is
 *       one cell, a sum of two indicators a relation, and the complement of a published subset
 *       (identified minus child victims of a form of exploitation) an unpublished cell that must
 *       not be narrowed to 1 or 2 persons;
 *   <li>the relations between published cells ({@code CellSpace}, {@code Relation}): along a
 *       dimension, {@code _T} = Σ codes when additive, else each code ≤ {@code _T} and Σ codes ≥
 *       {@code _T} (multi-valued); each declared relation is checked against the true values and
 *       weakened when it does not hold ({@code RelationCheck});
 *   <li>secondary suppression ({@code SecondarySuppression}): hypercube rectangles, closure of
 *       every additive relation, LP audit and next-cheapest additions until safe, then release of
 *       unneeded complements, then an exchange of total complements (grand totals first) for
 *       cheaper inner cells where the pattern stays safe;
 *   <li>ratio and rate cells follow the suppression of the cells they are computed from
 *       ({@code DerivedCells});
 *   <li>the LP audit ({@link thbstat.jobs.protect.DisclosureAudit}, Apache Commons Math
 *       {@code SimplexSolver}) of the whole result, which must pass.
 * </ol>
 *
 * <p>The rules go to {@code manifest.json} ({@code disclosure}), so {@code thbstat audit} can
 * check a public file from the files alone.
 */
package thbstat.jobs.protect;
