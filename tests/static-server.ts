import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.webmanifest': 'application/manifest+json'
};

const isFile = (path: string) =>
	stat(path).then(
		(s) => s.isFile(),
		() => false
	);

/**
 * The built site served as a static host serves it, on its own port, so that a test can deploy
 * "a new version" by changing what the service worker script says, which the browser fetches
 * outside anything Playwright can intercept.
 */
export async function serveBuild(port: number) {
	const root = normalize(join(process.cwd(), 'build'));
	let workerSuffix = '';
	const server: Server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const base = normalize(join(root, path));
		if (!base.startsWith(root)) return void response.writeHead(403).end();
		const candidates = [base, `${base.replace(/\/$/, '')}.html`, join(base, 'index.html')];
		for (const file of candidates) {
			if (!(await isFile(file))) continue;
			let body: Buffer | string = await readFile(file);
			if (path === '/service-worker.js') body = `${body.toString()}${workerSuffix}`;
			response.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			return void response.end(body);
		}
		response.writeHead(404).end('Not found');
	});
	await new Promise<void>((resolve) => server.listen(port, resolve));
	return {
		origin: `http://localhost:${port}`,
		/** Makes the next fetch of the worker script differ, as a new deployment would. */
		deployNewVersion: (tag: string) => (workerSuffix = `\n// ${tag}\n`),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
