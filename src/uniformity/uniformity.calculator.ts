/**
 * The uniformity report's arithmetic (policy IV.B.9: "vetting techniques shall be applied
 * uniformly to all candidates"): pure functions over plain rows, no database. The repository
 * gathers the rows; everything that decides what counts as a deviation lives here.
 */
import { UniformityReport } from './uniformity.dto';
import { deviations } from './uniformity.deviations';
import { separationOfDuties } from './uniformity.duties';
import { UniformityInput } from './uniformity.rows';
import { filterReviewIndependence } from './uniformity.self-review';
import { context } from './uniformity.stats';
import { candidateRows, summary } from './uniformity.summary';

export * from './uniformity.rows';
export {
  formatDuration,
  isOutlier,
  latestValidations,
  median,
  MIN_SUBMITTED_FOR_OUTLIERS,
  referenceVersion,
} from './uniformity.stats';
export { candidateRows, searcherSummaries, summary } from './uniformity.summary';
export { deviations } from './uniformity.deviations';
export { filterReviewIndependence, selfFilterReviews } from './uniformity.self-review';
export { separationOfDuties } from './uniformity.duties';
export { CSV_COLUMNS, csvRecord, neutralizeFormula } from './uniformity.csv';

export function computeUniformity(input: UniformityInput): UniformityReport {
  const ctx = context(input);
  const rows = candidateRows(input, ctx);
  const devs = deviations(input, rows, ctx);
  return {
    process: {
      id: input.process.id,
      title: input.process.title,
      status: input.process.status,
      requireIndependentValidation: input.process.requireIndependentValidation,
      currentChecklistVersion: input.process.currentChecklistVersion,
      generatedAt: input.generatedAt,
    },
    candidates: rows,
    deviations: devs,
    separationOfDuties: separationOfDuties(input),
    keepDecisions: input.keepDecisions,
    summary: summary(input, rows, devs, ctx),
    filterReviewIndependence: filterReviewIndependence(ctx),
  };
}

// ---------------------------------------------------------------------------------------------
