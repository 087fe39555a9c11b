/** What the reading settings page says: loaded by that page only. */
export const settingsText = {
	title: 'Reading settings',
	intro:
		'Make the text comfortable to read. Your choices are kept on this device and used on every page.',
	theme: 'Colours',
	themes: {
		system: 'Follow this device (light or dark)',
		light: 'Light',
		dark: 'Dark',
		sepia: 'Sepia (warm paper)'
	},
	size: 'Text size',
	sizes: { s: 'Smaller', m: 'Normal', l: 'Larger', xl: 'Large', xxl: 'Largest' },
	spacing: 'Line spacing',
	spacings: { normal: 'Normal', relaxed: 'Relaxed', loose: 'Loose' },
	font: 'Font',
	fonts: {
		system: 'This device’s usual font',
		legible: 'Atkinson Hyperlegible: letters that are easy to tell apart'
	},
	sample: 'Sample',
	sampleText:
		'After overrunning Mosul, the Islamic State of Iraq and the Levant has continued its offensive, taking Tikrit and a number of other towns on the road to Baghdad.',
	saved: 'Saved on this device.',
	notSaved: 'This browser would not keep the settings: they last until you leave this page.',
	reset: 'Back to the usual settings'
} as const;
