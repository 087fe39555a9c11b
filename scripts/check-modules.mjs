// npm run check:modules [folder…]: every module in content/modules (or those named, or a folder
// anywhere given by its path, such as an unzipped studio export) checked with the build's own
// checker. Errors fail (exit 1); warnings (advice from docs/authoring.md) do not.
import { createServer } from 'vite';

const root = 'content/modules';
const names = process.argv
	.slice(2)
	.map((n) => n.replace(/^content\/modules\//, '').replace(/\/$/, ''));
const server = await createServer({
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false, watch: null },
	appType: 'custom'
});
let failed = false;
try {
	const { checkFolders } = await server.ssrLoadModule('/src/lib/server/check-folders.ts');
	for (const report of checkFolders(root, names)) {
		for (const line of report.lines) console.log(line);
		const verdict = report.errors ? 'fails' : 'builds';
		console.log(
			`${report.folder}: ${verdict}: ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}\n`
		);
		failed ||= report.errors > 0;
	}
} finally {
	await server.close();
}
process.exit(failed ? 1 : 0);
