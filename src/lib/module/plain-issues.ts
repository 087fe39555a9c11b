import type * as v from 'valibot';

/**
 * Schema issues in words an author can act on. Valibot's own ("Invalid key: Expected never but
 * received "plac"") describe the schema; these say what is wrong in the file and what to do.
 */

type Node = {
	type: string;
	entries?: Record<string, Node>;
	item?: Node;
	wrapped?: Node;
	options?: Node[];
	key?: string;
	literal?: unknown;
};

/** The object schema that `path` leads into, following the data where a variant must choose. */
function schemaAt(root: Node, data: unknown, path: readonly (string | number)[]): Node | undefined {
	let node: Node | undefined = root;
	let value: unknown = data;
	const unwrap = (n: Node | undefined) => {
		while (n?.wrapped) n = n.wrapped;
		if (n?.type === 'variant' && n.key && value && typeof value === 'object') {
			const tag = (value as Record<string, unknown>)[n.key];
			n = n.options?.find((o) => o.entries?.[n!.key!]?.literal === tag);
		}
		return n;
	};
	for (const step of path) {
		node = unwrap(node);
		if (!node) return undefined;
		node = typeof step === 'number' ? node.item : node.entries?.[step];
		value =
			value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
	}
	return unwrap(node);
}

/** Levenshtein distance, for "did you mean": field names are short. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const here = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = here;
		}
	}
	return row[b.length]!;
}

const kindOf = (type: string) =>
	({
		string: 'text',
		number: 'a number',
		array: 'a list (lines starting with "- ", or [a, b])',
		strict_object: 'a set of fields (key: value)',
		object: 'a set of fields (key: value)',
		boolean: 'true or false',
		literal: 'this exact value'
	})[type] ?? type;

const unquote = (s: string | undefined) => (s ?? '').replace(/^"(.*)"$/, '$1');

/** One schema issue as a plain message, with the fix where there is an obvious one. */
export function plainIssue(
	issue: v.BaseIssue<unknown>,
	root: v.GenericSchema,
	data: unknown
): string {
	const path = issue.path?.map((p) => p.key as string | number) ?? [];
	const key = String(path.at(-1) ?? '');
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		const allowed = Object.keys(schemaAt(root as Node, data, path.slice(0, -1))?.entries ?? {});
		const near = allowed
			.map((k) => ({ k, d: distance(k, key) }))
			.filter(({ d }) => d <= Math.max(1, Math.floor(key.length / 3)))
			.sort((a, b) => a.d - b.d)[0];
		return near
			? `"${key}" is not a field here: did you mean "${near.k}"?`
			: `"${key}" is not a field here: remove it${allowed.length ? ` (the fields here are ${allowed.join(', ')})` : ''}`;
	}
	if (issue.type === 'strict_object' || (issue.type === 'object' && issue.received === 'undefined'))
		return `the required field "${unquote(issue.expected ?? key)}" is missing: add it`;
	if (issue.type === 'picklist' || issue.type === 'variant') {
		const choices = (issue.expected ?? '')
			.replace(/^\(|\)$/g, '')
			.replace(/"/g, '')
			.split(' | ');
		// Unquoted, YAML reads true, false, yes and no as yes-or-no values, not as words.
		if (typeof issue.input === 'boolean' && choices.includes(String(issue.input)))
			return `write "${issue.input}" in quotes: without them YAML reads it as a yes-or-no value`;
		return `must be one of ${choices.join(', ')}, not ${issue.received}`;
	}
	if (issue.kind === 'schema' && issue.received === 'undefined')
		return `the required field "${key}" is missing: add it`;
	if (issue.kind === 'schema') return `must be ${kindOf(issue.type)}, not ${issue.received}`;
	if (issue.type === 'min_length') return `needs at least ${issue.expected?.replace('>=', '')}`;
	if (issue.type === 'max_length')
		return `has too many: at most ${issue.expected?.replace('<=', '')}`;
	if (issue.type === 'min_value') return `must be at least ${issue.expected?.replace('>=', '')}`;
	if (issue.type === 'max_value') return `must be at most ${issue.expected?.replace('<=', '')}`;
	// The format's own messages (regex, non_empty, isoDate, check) are written for authors.
	return issue.message;
}
