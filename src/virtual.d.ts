/** The studio's gazetteer, made at build time by vite.config.ts with scripts/gazetteer.mjs. */
declare module 'virtual:gazetteer' {
	const text: string;
	export default text;
}
