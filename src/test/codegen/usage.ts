// A front end's use of the generated types, type-checked with tsc --strict by generate.mjs: it fails to
// compile when a date scalar is not exactly `string` (neither `any` nor `unknown`), or when the README's
// operations no longer give the fields used here.
import type { Scalars } from './generated/schema';
import type { BishkekSummitQuery, CstoMembersQuery, RecentChangesQuery, RecentChangesQueryVariables, Summits2022Query } from './generated/operations';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
function exactly<T extends true>(): T | undefined {
  return undefined;
}

exactly<Equal<Scalars['Date']['input'], string>>();
exactly<Equal<Scalars['Date']['output'], string>>();
exactly<Equal<Scalars['DateTime']['input'], string>>();
exactly<Equal<Scalars['DateTime']['output'], string>>();
type Summit = NonNullable<BishkekSummitQuery['summit']>;
exactly<Equal<Summit['date'], string>>();
exactly<Equal<NonNullable<Summit['nextMeeting']>['date'], string>>();
exactly<Equal<RecentChangesQuery['changes']['nodes'][number]['at'], string>>();

/** The variables of the change log since a moment, given as an RFC 3339 string. */
export function changesSince(at: Date): RecentChangesQueryVariables {
  return { since: at.toISOString() };
}

/** The year of a summit: a Date is an ISO string the client slices. */
export function year(summit: Summit): number {
  return Number(summit.date.slice(0, 4));
}

/** Since when each member has its status, in the client's words. */
export function memberSince(data: CstoMembersQuery): string[] {
  return (data.organization?.memberships ?? []).map((m) => `${m.country.name}: ${m.status} since ${m.since ?? 'unknown'}`);
}

/** The cursor to pass as `after` for the next page, if there is one. */
export function nextCursor(data: Summits2022Query): string | null {
  return data.summits.pageInfo.hasNextPage ? data.summits.pageInfo.endCursor ?? null : null;
}
