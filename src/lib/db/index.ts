import { connect, type Connection } from './connection';

let connection: Connection | undefined;

/**
 * The one connection of the page, opened on first use (never during prerender). This module is
 * the database's door: only the state layer loads it, lazily, after the page is interactive.
 * The teacher's domains (submissions.ts, made.ts) and module files are not behind it: their state modules import
 * them, so that a student's page never downloads them.
 */
export function getConnection(): Connection {
	connection ??= connect();
	return connection;
}

export type { Connection, StorageStatus } from './connection';
export * from './attempts';
export * from './assignments';
export * from './reviews';
export * from './backup';
