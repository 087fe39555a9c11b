// What the bench measures, and on what: shared by bench.mjs, which measures, and
// bench-report.mjs, which writes the figures down.
export const PORT = 4180;
export const ORIGIN = `http://localhost:${PORT}`;
export const SECTION = '/m/iraq-crisis-2014/offensive';
export const PAGES = [
	{ key: 'home', title: 'Home `/`', path: '/', textSelector: 'h1' },
	{ key: 'section', title: `Section \`${SECTION}\``, path: SECTION, textSelector: 'article p span' }
];
export const PHONE = { deviceScaleFactor: 2.625, isMobile: true, hasTouch: true };
export const DEVICE = { ...PHONE, viewport: { width: 412, height: 915 } };
export const CPU_SLOWDOWN = 4;
export const NETWORK = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8
};
export const KB = 1024;
