/** Separation of duties (policy IV.B.6a): panel seats held by people who did searcher work. */
import { SeparationOfDutiesBreachView } from './uniformity.dto';
import { UniformityInput } from './uniformity.rows';
import { groupBy } from './uniformity.stats';

const DUTY_ORDER = [
  'POOL',
  'ASSIGNED',
  'SEARCH_LOGGED',
  'FINDING_AUTHOR',
  'VALIDATOR',
  'FILTER_REVIEWER',
];

/** People with an active panel seat who also did (or were permitted) searcher work in the process. */
export function separationOfDuties(input: UniformityInput): SeparationOfDutiesBreachView[] {
  const duties = groupBy(input.duties, (d) => d.userId);
  const out: SeparationOfDutiesBreachView[] = [];
  const seats = [...input.panelMembers].sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime());
  const seen = new Set<string>();
  for (const seat of seats) {
    const work = duties.get(seat.userId);
    if (!work || seen.has(seat.userId)) continue;
    seen.add(seat.userId);
    const rank = (d: string) =>
      DUTY_ORDER.includes(d) ? DUTY_ORDER.indexOf(d) : DUTY_ORDER.length;
    out.push({
      userId: seat.userId,
      name: input.userNames.get(seat.userId) ?? null,
      searcherWork: [...new Set(work.map((d) => d.duty))].sort(
        (a, b) => rank(a) - rank(b) || a.localeCompare(b),
      ),
      panelSince: seat.addedAt,
    });
  }
  return out;
}
