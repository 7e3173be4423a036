/**
 * A headless editor for tests: starts a language server with `--stdio` and
 * talks LSP to it over vscode-jsonrpc, as VS Code does. Opens documents,
 * asks for diagnostics (pulled when the server offers it, else the pushed
 * ones), completion and hover.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { stopProcess } from '../../bench/measure';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** A place in a document, both 0-based (LSP). */
export interface Position { line: number; character: number }
/** A problem a server reports on a range of a document. */
export interface Diagnostic { range: { start: Position; end: Position }; message: string; severity?: number; source?: string }
/** One completion a server offers. */
export interface CompletionItem { label: string; kind?: number; insertText?: string }

/** A running language server and the connection to it. */
export class LspClient {
	private readonly pushed = new Map<string, Diagnostic[]>();
	private readonly waiters = new Set<() => void>();
	private pull = false;

	private constructor(private readonly child: ChildProcess, private readonly connection: MessageConnection) {
		connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
			this.pushed.set(params.uri, params.diagnostics);
			for (const wake of this.waiters) wake();
		});
		// Servers ask the client for settings and to register watchers: answer as a plain editor would.
		connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => this.settings[item.section ?? ''] ?? null));
		connection.onRequest('client/registerCapability', () => null);
		connection.onRequest('workspace/workspaceFolders', () => this.folders);
		connection.onRequest('window/workDoneProgress/create', () => null);
		connection.onNotification(() => {});
	}

	/** The workspace folders, answered to `workspace/workspaceFolders`. */
	private folders: { uri: string; name: string }[] = [];

	/** Settings by section, answered to `workspace/configuration`. */
	settings: Record<string, unknown> = {};

	/** Starts `node <script> --stdio` in `root` and initializes it with `initializationOptions`. */
	static async start(script: string, root: string, initializationOptions: unknown, settings: Record<string, unknown> = {}): Promise<LspClient> {
		const child = spawn(process.execPath, [script, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
		child.stderr?.resume();
		const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const client = new LspClient(child, connection);
		client.settings = settings;
		connection.listen();
		const uri = pathToFileURL(root).href;
		client.folders = [{ uri, name: 'project' }];
		const result = await connection.sendRequest<{ capabilities: { diagnosticProvider?: unknown } }>('initialize', {
			processId: process.pid,
			rootUri: uri,
			workspaceFolders: [{ uri, name: 'project' }],
			initializationOptions,
			capabilities: {
				workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false }, didChangeWatchedFiles: { dynamicRegistration: true } },
				textDocument: {
					publishDiagnostics: {},
					diagnostic: { dynamicRegistration: false },
					completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
					hover: { contentFormat: ['markdown', 'plaintext'] },
				},
			},
		});
		client.pull = result.capabilities.diagnosticProvider !== undefined;
		await connection.sendNotification('initialized', {});
		if (Object.keys(settings).length > 0) await connection.sendNotification('workspace/didChangeConfiguration', { settings });
		return client;
	}

	/** Versions of the open documents. */
	private readonly open_ = new Map<string, number>();

	/**
	 * Opens `path` (its text from disk unless given) with `languageId`, or,
	 * when it is open, replaces its text as an edit does; returns its URI.
	 */
	async open(path: string, languageId: string, text = readFileSync(path, 'utf8')): Promise<string> {
		const uri = pathToFileURL(path).href;
		this.pushed.delete(uri);
		const version = this.open_.get(uri);
		if (version === undefined) await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
		else await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: [{ text }] });
		this.open_.set(uri, (version ?? 0) + 1);
		return uri;
	}

	/** Closes a document opened before. */
	async close(uri: string): Promise<void> {
		this.open_.delete(uri);
		await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	/**
	 * The document's diagnostics: pulled from the server when it offers that;
	 * else the pushed ones, once `until` accepts them (by default the first set
	 * pushed) or `timeout` ms have passed, then the last set pushed.
	 */
	async diagnostics(uri: string, { timeout = 20_000, until = (_list: Diagnostic[]): boolean => true }: { timeout?: number; until?: (list: Diagnostic[]) => boolean } = {}): Promise<Diagnostic[]> {
		if (this.pull) {
			const report = await this.connection.sendRequest<{ items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
			return report.items ?? [];
		}
		const deadline = Date.now() + timeout;
		while (Date.now() < deadline) {
			const pushed = this.pushed.get(uri);
			if (pushed && until(pushed)) return pushed;
			await new Promise<void>((wake) => {
				const done = () => (this.waiters.delete(done), clearTimeout(timer), wake());
				const timer = setTimeout(done, 200);
				this.waiters.add(done);
			});
		}
		const last = this.pushed.get(uri);
		if (!last) throw new Error(`no diagnostics for ${uri} within ${timeout} ms`);
		return last;
	}

	/** Completion items at `position`. */
	async completion(uri: string, position: Position): Promise<CompletionItem[]> {
		const result = await this.connection.sendRequest<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', { textDocument: { uri }, position });
		return Array.isArray(result) ? result : (result?.items ?? []);
	}

	/** Hover text at `position`, as plain text (markdown kept as written). */
	async hover(uri: string, position: Position): Promise<string> {
		const result = await this.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position });
		const text = (c: unknown): string => (typeof c === 'string' ? c : Array.isArray(c) ? c.map(text).join('\n') : c && typeof c === 'object' && 'value' in c ? String(c.value) : '');
		return result ? text(result.contents) : '';
	}

	/** Shuts the server down and ends its process. */
	async stop(): Promise<void> {
		try {
			await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
			await this.connection.sendNotification('exit');
		} catch {
			// Already gone.
		}
		this.connection.dispose();
		await stopProcess(this.child);
	}
}

/** The position of the first `text` in `source`, plus `offset` characters. */
export function positionOf(source: string, text: string, offset = 0): Position {
	const index = source.indexOf(text);
	if (index < 0) throw new Error(`"${text}" not in the document`);
	const before = source.slice(0, index + offset).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}
