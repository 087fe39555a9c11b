/** What the studio says: starting a module, the form, the sections, checks and saving. */
export const studioText = {
	title: 'Studio',
	intro:
		'Turn an article into a Lectern module. Everything you write stays in this browser, on this device, until you export it.',
	start: 'Start a module',
	pasteLabel: 'Paste the article’s text',
	pasteNote:
		'Blank lines part paragraphs. A line that starts with # and a space becomes a section heading; the first one, before any text, the title.',
	startFromText: 'Start from this text',
	fileLabel: 'Or open a .txt or .md file',
	emptyText: 'There is no text to start from: paste the article, or open its file.',
	fileTooBig: (kb: number) =>
		`This file is too big for an article (over ${kb} KB). Nothing was opened.`,
	fileUnreadable: 'This file could not be read as text. Nothing was opened.',
	openSite: 'Or open a module of this site',
	openSiteNote:
		'A copy to change: the module on this site stays as it is. Its export keeps the module’s folder name, so unzipping it into content/modules replaces that module.',
	moduleLabel: 'Module',
	sealedLabel: 'Or open a module file (.json)',
	sealedNote:
		'A module file made in the studio, yours or a colleague’s, opens as a new draft, even with mistakes left in it. Keep its short name and its export replaces the module wherever the file was opened.',
	openModule: 'Open in the studio',
	openRefused: {
		offline: 'The module could not be fetched: check the connection, and try again.',
		broken: 'The module could not be read. Nothing was opened.'
	},
	drafts: 'Your drafts',
	noDrafts: 'No drafts yet.',
	untitled: 'Untitled module',
	editedAt: (date: string) => `Edited ${date}`,
	sectionsCount: (n: number) => (n === 1 ? '1 section' : `${n} sections`),
	openShort: 'Open',
	open: (title: string) => `Open ${title}`,
	removeShort: 'Delete',
	remove: (title: string) => `Delete ${title}`,
	removeConfirm: (title: string) => `Delete the draft “${title}”? This cannot be undone.`,
	removed: (title: string) => `The draft “${title}” was deleted.`,
	noSuchDraft: 'That draft is not on this device. Start a module, or open one of your drafts.',
	close: 'Close this draft',
	editorFailed:
		'The studio’s editor could not be loaded. Check the connection and open the draft again: it is kept on this device.',
	undo: 'Undo',
	redo: 'Redo',
	saved: 'All changes saved on this device.',
	pending: 'Saving…',
	notKept: 'This browser is not keeping data: export the module before you leave, or it is lost.',
	saveFailed: (why: string) =>
		`Your changes since the last save could not be saved: ${why}. The saved draft is as it was.`,
	changedElsewhere:
		'This draft was saved in another tab since you opened it here, so nothing more is saved from this tab. Reload the page to see that tab’s work.',
	retry: 'Try saving again',
	notClosed:
		'This draft is not closed: some changes are not saved. Try saving again, or export the module first.',
	about: 'About the module',
	fields: {
		title: 'Title',
		summary: 'Summary (one or two sentences for the module list)',
		headline: 'Headline, as the article has it',
		author: 'Author',
		publisher: 'Publisher',
		date: 'Date of the article',
		kind: 'Kind of text',
		copyright: 'Copyright line',
		id: 'Short name (in addresses and file names: lower-case words joined by hyphens)'
	},
	kinds: {
		news: 'News report',
		opinion: 'Opinion piece',
		analysis: 'Analysis or explainer',
		feature: 'Feature or retrospective'
	},
	sections: 'Sections',
	sectionsNote:
		'Put a section break where the quiz should stop the reader, and give each section a short heading.',
	sectionHeading: (n: number) => `Section ${n} heading`,
	sentenceCount: (n: number) => (n === 1 ? '1 sentence' : `${n} sentences`),
	breakHere: (n: number) => `A new section starts here, at paragraph ${n}`,
	quotation: 'Quotation',
	actors: 'Actors',
	actorsNote:
		'The people, groups and states the article names. Select a name in the text and use it, or type it as the article writes it: every place the text uses it becomes a mention.',
	newActor: 'Name, as the article writes it',
	useSelection: 'Use the selected words',
	noSelection: 'Select some words in the article first, or type them.',
	addActor: 'Add the actor',
	notInText: (words: string) =>
		`“${words}” does not occur in the article as written: check the spelling and the capitals.`,
	alreadyActor: (words: string) => `“${words}” is already an actor’s name or spelling.`,
	suggest: 'Suggest names from the text',
	suggestNote:
		'A language tool looks for the people, organisations and places the text names. Nothing is added until you add it.',
	suggesting: 'Looking for names…',
	suggestFailed: 'The names could not be looked for in this browser. Add the actors by hand.',
	suggestions: (n: number) =>
		n === 0
			? 'No more names to suggest.'
			: n === 1
				? '1 name to look at.'
				: `${n} names to look at.`,
	suggestedAs: {
		person: 'a person',
		organisation: 'an organisation',
		place: 'a place'
	},
	suggestion: (words: string, what: string) => `${words}: taken for ${what}`,
	acceptName: (words: string) => `Add ${words} as an actor`,
	dismissName: (words: string) => `Dismiss ${words}`,
	actorName: 'Name',
	actorKind: 'Kind',
	actorRole: 'Part in the article, in your words',
	namedIn: (times: number, sections: string) =>
		times === 0
			? 'Not named in the text: check the spelling, or add the spelling the article uses.'
			: `Named ${times === 1 ? 'once' : `${times} times`}, in section ${sections}.`,
	spellings: 'Other spellings in the text',
	newSpelling: (name: string) => `Another spelling of ${name}`,
	addSpelling: 'Add the spelling',
	removeSpelling: (words: string) => `Remove the spelling ${words}`,
	removeActor: (name: string) => `Remove the actor ${name}`,
	glossary: 'Glossary',
	glossaryNote:
		'Words a student may not know. Select one in the text and use it, or type it as the article writes it, then say what it means in plain words.',
	newTerm: 'Word or phrase, as the article writes it',
	addTerm: 'Add to the glossary',
	alreadyTerm: (words: string) => `“${words}” is already in the glossary.`,
	termWords: 'Word or phrase',
	termMeaning: 'What it means, in plain words',
	termForms: 'The words in the text that open it',
	newForm: (term: string) => `Other words the text uses for ${term}`,
	addForm: 'Add these words',
	removeForm: (words: string) => `Remove the words ${words}`,
	removeTerm: (term: string) => `Remove ${term} from the glossary`,
	events: 'Events',
	eventsNote:
		'What happens in the article, each made from the sentence that reports it. They are listed in the order the article tells them; move one where the story puts it.',
	sentence: 'The sentence that reports it',
	makeEvent: 'Make an event of this sentence',
	eventTitle: 'Title (short)',
	eventPlace: 'Where it happened',
	eventReported: 'How the article reports it',
	markers: (words: string) => `The sentence has: ${words}.`,
	noMarkers: 'The sentence has no “reportedly”, “according to”, “said” or quotation marks.',
	reportings: {
		fact: 'As a fact',
		quoted: 'Quoting someone',
		unconfirmed: 'As an unconfirmed report',
		author: 'As the author’s own claim (no source)'
	},
	eventActors: 'Who takes part',
	eventPlaces: 'Where it happened, on the map',
	noActorsYet: 'Add the actors first: then tick who takes part.',
	moveUp: (title: string) => `Move earlier: ${title}`,
	moveDown: (title: string) => `Move later: ${title}`,
	moved: (title: string, n: number, all: number) => `${title} is now event ${n} of ${all}.`,
	removeEvent: (title: string) => `Remove the event ${title}`,
	evidenceOf: (n: number) => `Event ${n}, from the sentence:`,
	checks: 'Checks',
	checksNote:
		'The checker the build uses, run as you work. Errors stop a module building; advice does not.',
	noChecks: 'The checker finds nothing to fix.',
	checking: 'Checking…',
	checksFailed:
		'The checks could not run in this browser. The draft is still saved and can be exported.',
	error: 'Error',
	advice: 'Advice',
	counts: (errors: number, warnings: number) =>
		`${errors === 1 ? '1 error' : `${errors} errors`}, ${warnings === 1 ? '1 piece of advice' : `${warnings} pieces of advice`}`,
	export: 'Export the module folder (.zip)',
	exportNote:
		'A zip of article.md and module.yaml: unzip it into content/modules and build. It builds once the checks show no error.',
	exported: (name: string) => `The module folder was saved as ${name}.`,
	exportFile: 'Download a module file (.json)',
	exportFileNote:
		'One file that opens in Lectern with no build: share it with your class, and each student opens it on the home page, on any device, offline too.',
	exportedFile: (name: string) =>
		`The module file was saved as ${name}. Students open it on Lectern’s home page.`,
	fileRefused: {
		broken:
			'A module file can be made once the checks show no error. Fix the errors listed above first.',
		'built-in':
			'This site already has a module with this short name, so a module file of it would not open. Give it a short name of its own under About.',
		'too-big':
			'This module is larger than a module file can be (2 MB). Shorten the article or remove some questions.',
		other: 'The module file could not be made. Nothing was saved; try again.'
	}
} as const;
