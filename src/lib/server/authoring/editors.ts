/**
 * Who may edit. Editing exists only when it is configured: `EDITORS_FILE` (one editor per line,
 * `name scrypt$…`, written by `npm run editor:add -- NAME`) or `EDITOR_PASSWORD` (one shared
 * password for the user "editor"). Without either, every editing route answers 404.
 */
import { readFile } from 'node:fs/promises';
import { hashPassword, verifyPassword } from './passwords';

/** The user name that goes with `EDITOR_PASSWORD`. */
export const SHARED_EDITOR = 'editor';

/** User names: short, printable, no spaces (they are the first word of a line of the file). */
export const USER_NAME_PATTERN = /^[\p{L}\p{N}._@-]{1,64}$/u;

interface EditorsEnv {
	EDITOR_PASSWORD?: string;
	EDITORS_FILE?: string;
}

export function editingEnabled(env: EditorsEnv = process.env): boolean {
	return Boolean(env.EDITOR_PASSWORD) || Boolean(env.EDITORS_FILE);
}

/** Parses an editors file: `name hash` per line; blank lines and `#` comments are skipped. */
export function parseEditorsFile(text: string): Map<string, string> {
	const editors = new Map<string, string>();
	for (const line of text.split(/\r?\n/)) {
		const trimmed = line.trim();
		if (!trimmed || trimmed.startsWith('#')) continue;
		const fields = trimmed.split(/\s+/);
		const [name, hash] = fields;
		if (fields.length === 2 && name && hash && USER_NAME_PATTERN.test(name))
			editors.set(name, hash);
	}
	return editors;
}

/** Hash of the shared password, made once per process (scrypt is slow on purpose). */
let sharedHash: { password: string; hash: Promise<string> } | undefined;

/**
 * Whether `user` may sign in with `password`. The editors file is read on every attempt, so an
 * editor added by the script can sign in without a restart.
 */
export async function checkEditor(
	user: string,
	password: string,
	env: EditorsEnv = process.env
): Promise<boolean> {
	if (env.EDITORS_FILE) {
		let text = '';
		try {
			text = await readFile(env.EDITORS_FILE, 'utf8');
		} catch (error) {
			console.error(`editors file ${env.EDITORS_FILE}: ${(error as NodeJS.ErrnoException).code}`);
		}
		const hash = parseEditorsFile(text).get(user);
		if (hash) return verifyPassword(password, hash);
	}
	if (env.EDITOR_PASSWORD && user === SHARED_EDITOR) {
		if (sharedHash?.password !== env.EDITOR_PASSWORD) {
			sharedHash = { password: env.EDITOR_PASSWORD, hash: hashPassword(env.EDITOR_PASSWORD) };
		}
		return verifyPassword(password, await sharedHash.hash);
	}
	return false;
}
