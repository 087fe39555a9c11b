// Storage failures as the pages see them: a typed problem, never a message string.
export { problemOf, type StorageProblem } from '$lib/db/problem';
