/**
 * `npm run editor:add -- NAME`: adds an editor (or changes their password) in the editors file
 * (`EDITORS_FILE`, default `./editors.txt`). The password is read from standard input — typed
 * at a prompt that does not echo it, or piped — and only its scrypt hash is stored.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import { USER_NAME_PATTERN, parseEditorsFile } from '../src/lib/server/authoring/editors';
import { hashPassword } from '../src/lib/server/authoring/passwords';
import { writeFileAtomic } from '../src/lib/server/authoring/atomic-write';

const MIN_PASSWORD_LENGTH = 10;

async function readPassword(): Promise<string> {
	if (!process.stdin.isTTY) {
		let text = '';
		for await (const chunk of process.stdin) text += String(chunk);
		return text.replace(/\r?\n$/, '');
	}
	let muted = false;
	const output = new Writable({
		write(chunk, _encoding, done) {
			if (!muted) process.stdout.write(chunk);
			done();
		}
	});
	const prompt = createInterface({ input: process.stdin, output, terminal: true });
	return new Promise((done) => {
		prompt.question('Password: ', (answer) => {
			prompt.close();
			process.stdout.write('\n');
			done(answer);
		});
		muted = true;
	});
}

const name = process.argv[2] ?? '';
const file = resolve(process.env.EDITORS_FILE || 'editors.txt');
if (!USER_NAME_PATTERN.test(name)) {
	console.error('usage: npm run editor:add -- NAME   (letters, digits, . _ @ -; at most 64)');
	process.exit(2);
}
const password = await readPassword();
if (password.length < MIN_PASSWORD_LENGTH) {
	console.error(`editor:add: the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
	process.exit(2);
}
const existing = await readFile(file, 'utf8').catch(() => '');
const editors = parseEditorsFile(existing);
const replaced = editors.has(name);
editors.set(name, await hashPassword(password));
const lines = ['# briefmap editors: name and scrypt hash (npm run editor:add -- NAME)'];
for (const [user, hash] of editors) lines.push(`${user} ${hash}`);
await writeFileAtomic(file, `${lines.join('\n')}\n`);
console.log(`editor:add: ${replaced ? 'changed the password of' : 'added'} ${name} in ${file}`);
