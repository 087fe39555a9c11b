// What the results page grades with (the link's decoder, its check of each file, the class
// report): loaded beside the imported files, which come from the database after the page
// starts anyway, so that the page's start-up code stays small.
export { decodeAssignment } from '$lib/assign/link';
export { assignmentOfFile } from './link-check';
export { classReports } from './class-report';
