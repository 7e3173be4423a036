/**
 * A tiny static file server for the built site (node:http only): serves
 * `dist/` on 127.0.0.1 at a free port, with `index.html` for directories and
 * the site's 404 page otherwise. Enough for the browser tests; not for production.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ics': 'text/calendar; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	close(): Promise<void>;
}

/** Resolves a URL path inside `root`, refusing anything that escapes it. */
export function resolvePath(root: string, urlPath: string): string | undefined {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
	} catch {
		return undefined;
	}
	const full = normalize(join(root, path));
	if (full !== root && !full.startsWith(root + sep)) return undefined;
	if (existsSync(full) && statSync(full).isDirectory()) {
		const index = join(full, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return existsSync(full) ? full : undefined;
}

/** Serves `root` until closed. */
export async function serve(root: string, port = 0): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		// Directory URLs without a trailing slash redirect, like a real static host.
		const bare = url.split('?')[0];
		if (!bare.endsWith('/') && !extname(bare) && existsSync(join(root, bare, 'index.html'))) {
			res.writeHead(301, { location: `${bare}/` });
			res.end();
			return;
		}
		const file = resolvePath(root, url);
		const notFound = join(root, '404.html');
		const target = file ?? (existsSync(notFound) ? notFound : undefined);
		if (!target) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
			return;
		}
		res.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
		createReadStream(target).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actual}`,
		close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
	};
}
