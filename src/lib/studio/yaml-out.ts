/**
 * Writes the plain data of a module (objects, lists, text, numbers, true/false) as YAML that a
 * person can read and edit: block style, keys in the data's order. Text that YAML could read as
 * something else (a number, a date, true, a key, a comment) is written in double quotes, whose
 * escapes are JSON's, so nothing needs a YAML library in the browser.
 */
type Data = string | number | boolean | null | readonly Data[] | { readonly [key: string]: Data };

const plain = /^[A-Za-z][A-Za-z0-9 _.,;()'/’‘-]*$/;
const special = /^(true|false|yes|no|on|off|null|y|n)$/i;

function scalar(value: string | number | boolean | null): string {
	if (typeof value !== 'string') return JSON.stringify(value);
	const safe = plain.test(value) && !special.test(value) && !/\s$/.test(value);
	return safe ? value : JSON.stringify(value);
}

const isList = (d: Data): d is readonly Data[] => Array.isArray(d);
const isMap = (d: Data): d is { readonly [key: string]: Data } =>
	d !== null && typeof d === 'object' && !Array.isArray(d);

function lines(data: Data, indent: string): string[] {
	if (isList(data)) {
		if (!data.length) return ['[]'];
		return data.flatMap((item) => {
			// An item's own lines sit under its "- "; a list in a list starts on the dash's line.
			const [first = '', ...rest] = lines(item, `${indent}  `);
			return [`${indent}- ${first.trimStart()}`, ...rest];
		});
	}
	if (isMap(data)) {
		const entries = Object.entries(data);
		if (!entries.length) return ['{}'];
		return entries.flatMap(([key, value]) => {
			const inner = nested(value, `${indent}  `);
			const inline = !isList(value) && !isMap(value);
			const empty = inner.length === 1 && (inner[0] === '[]' || inner[0] === '{}');
			if (inline || empty) return [`${indent}${scalar(key)}: ${inner[0]!.trimStart()}`];
			return [`${indent}${scalar(key)}:`, ...inner];
		});
	}
	return [`${indent}${scalar(data)}`];
}

/** A list inside a map is written at the map's own indentation, as YAML allows and people write. */
function nested(value: Data, indent: string): string[] {
	return isList(value) && value.length ? lines(value, indent.slice(2)) : lines(value, indent);
}

export function toYaml(data: { readonly [key: string]: Data }): string {
	return `${lines(data, '').join('\n')}\n`;
}

export type YamlMap = { readonly [key: string]: Data };
