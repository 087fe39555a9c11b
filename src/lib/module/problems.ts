export type Path = (string | number)[];

/** One thing wrong with a module: which file, where inside it, and what. */
export interface ModuleProblem {
	file: string;
	/** Where in the file: a field path such as questions[3].options[1].text, or a line. */
	place: string;
	message: string;
	/** Advice (a pattern that gives answers away, a rule of the guide): it does not fail the build. */
	warning?: true;
}

export class ModuleError extends Error {
	constructor(readonly problems: ModuleProblem[]) {
		super(
			`${problems.filter((p) => !p.warning).length} problem(s) in module:\n` +
				problems.map((p) => `  ${problemLine(p)}`).join('\n')
		);
		this.name = 'ModuleError';
	}
}

/** One problem as the checker and the build print it: file, place, and what to do. */
export const problemLine = (p: ModuleProblem) =>
	`${p.file}${p.place ? ` ${p.place}` : ''}: ${p.warning ? 'warning: ' : ''}${p.message}`;

export function formatPath(path: Path): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** Reports a problem at a field path of the data file. */
export type Report = (path: Path, message: string) => void;

/**
 * Reports each entry of a list that repeats an earlier one. Lists the pages key by their entries
 * (choices, ids, actors of an event) break on a repeat; `what` names the entries in the message.
 */
export function listedTwice(at: Report, list: readonly string[], path: Path, what?: string) {
	list.forEach((x, i) => {
		if (list.indexOf(x) !== i) at([...path, i], `${what ? `${what} ` : ''}"${x}" is listed twice`);
	});
}

/** Collects the problems of a module's two files, each placed in its file. */
export class Problems {
	readonly list: ModuleProblem[] = [];

	constructor(
		private readonly dataFile: string,
		private readonly lineOf?: (path: Path) => number | undefined
	) {}

	/** A problem in the data file, at a field path (with its line where the parser can tell). */
	readonly at: Report = (path, message) => {
		const line = this.lineOf?.(path);
		this.list.push({
			file: this.dataFile,
			place: formatPath(path) + (line ? ` (line ${line})` : ''),
			message
		});
	};

	/** Advice at a field path of the data file: reported, but the module still builds. */
	readonly warn: Report = (path, message) => {
		this.at(path, message);
		this.list[this.list.length - 1]!.warning = true;
	};

	/** A problem in another file, such as the article. */
	add(problem: ModuleProblem) {
		this.list.push(problem);
	}

	/** Stops the build here when anything is wrong, so later checks see sound data. */
	throwIfAny() {
		if (this.list.some((p) => !p.warning)) throw new ModuleError(this.list);
	}
}
