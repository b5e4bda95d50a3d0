/**
 * A strict JSON reader for hand-edited data files. Unlike `JSON.parse` it says where a syntax
 * error is (line, column and the JSON path reached), and it reports duplicate keys, which
 * `JSON.parse` silently resolves by keeping the last one.
 */
import { quote, toJsonPath, type Finding } from './problems';

export type JsonReadResult =
	| { ok: true; value: unknown; duplicateKeys: Finding[] }
	| { ok: false; error: Finding & { line: number; column: number } };

/** Deeper nesting than any briefing needs; a guard against input that would exhaust the stack. */
const MAX_DEPTH = 256;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
	'"': '"',
	'\\': '\\',
	'/': '/',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t'
};

class JsonSyntaxError extends Error {
	constructor(
		readonly offset: number,
		readonly path: (string | number)[],
		message: string
	) {
		super(message);
	}
}

/** Line and column (both from 1) of an offset, for messages a person can act on. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text[i] === '\n') {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/**
 * Reads JSON text (a leading byte-order mark is allowed). On a syntax error the result names
 * the line, the column and the JSON path where reading stopped.
 */
export function readJsonText(source: string): JsonReadResult {
	const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
	const reader = new Reader(text);
	try {
		const value = reader.document();
		return { ok: true, value, duplicateKeys: reader.duplicateKeys };
	} catch (error) {
		if (!(error instanceof JsonSyntaxError)) throw error;
		const { line, column } = lineAndColumn(text, error.offset);
		return {
			ok: false,
			error: {
				path: toJsonPath(error.path),
				message: `invalid JSON at line ${line}, column ${column}: ${error.message}`,
				line,
				column
			}
		};
	}
}

class Reader {
	private pos = 0;
	private readonly path: (string | number)[] = [];
	readonly duplicateKeys: Finding[] = [];

	constructor(private readonly text: string) {}

	document(): unknown {
		this.space();
		if (this.pos >= this.text.length) this.fail('the file is empty');
		const value = this.value();
		this.space();
		if (this.pos < this.text.length)
			this.fail(`unexpected ${this.describe()} after the end of the data`);
		return value;
	}

	private fail(message: string): never {
		throw new JsonSyntaxError(this.pos, [...this.path], message);
	}

	private describe(): string {
		if (this.pos >= this.text.length) return 'end of file';
		const char = String.fromCodePoint(this.text.codePointAt(this.pos) ?? 0);
		return `character ${quote(char)}`;
	}

	private space(): void {
		while (this.pos < this.text.length) {
			const char = this.text[this.pos];
			if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') break;
			this.pos++;
		}
	}

	private value(): unknown {
		if (this.path.length > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
		const char = this.text[this.pos];
		if (char === '{') return this.object();
		if (char === '[') return this.array();
		if (char === '"') return this.string();
		if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
		for (const [word, value] of [
			['true', true],
			['false', false],
			['null', null]
		] as const) {
			if (this.text.startsWith(word, this.pos)) {
				this.pos += word.length;
				return value;
			}
		}
		if (char === "'") this.fail('strings must use double quotes');
		return this.fail(`expected a value but found ${this.describe()}`);
	}

	private object(): Record<string, unknown> {
		const result: Record<string, unknown> = {};
		const seen = new Set<string>();
		this.pos++;
		this.space();
		if (this.text[this.pos] === '}') {
			this.pos++;
			return result;
		}
		for (;;) {
			if (this.text[this.pos] !== '"') {
				this.fail(`expected a property name in double quotes but found ${this.describe()}`);
			}
			const key = this.string();
			this.space();
			if (this.text[this.pos] !== ':')
				this.fail(`expected ':' after the property name ${quote(key)}`);
			this.pos++;
			this.space();
			this.path.push(key);
			if (seen.has(key)) {
				this.duplicateKeys.push({
					path: toJsonPath(this.path),
					message: `duplicate key ${quote(key)}: only one value per key is allowed`
				});
			}
			seen.add(key);
			// defineProperty, not assignment: a "__proto__" key must stay data, never a prototype.
			Object.defineProperty(result, key, {
				value: this.value(),
				enumerable: true,
				writable: true,
				configurable: true
			});
			this.path.pop();
			this.space();
			const next = this.text[this.pos];
			if (next === '}') {
				this.pos++;
				return result;
			}
			if (next !== ',')
				this.fail(`expected ',' or '}' after a property but found ${this.describe()}`);
			this.pos++;
			this.space();
			if (this.text[this.pos] === '}') this.fail("trailing comma before '}'");
		}
	}

	private array(): unknown[] {
		const result: unknown[] = [];
		this.pos++;
		this.space();
		if (this.text[this.pos] === ']') {
			this.pos++;
			return result;
		}
		for (;;) {
			this.path.push(result.length);
			result.push(this.value());
			this.path.pop();
			this.space();
			const next = this.text[this.pos];
			if (next === ']') {
				this.pos++;
				return result;
			}
			if (next !== ',') this.fail(`expected ',' or ']' after an item but found ${this.describe()}`);
			this.pos++;
			this.space();
			if (this.text[this.pos] === ']') this.fail("trailing comma before ']'");
		}
	}

	private string(): string {
		let result = '';
		this.pos++;
		for (;;) {
			const char = this.text[this.pos];
			if (char === undefined) this.fail('unterminated string');
			if (char === '"') {
				this.pos++;
				return result;
			}
			if (char === '\\') {
				const escape = this.text[this.pos + 1] ?? '';
				if (escape === 'u') {
					const hex = this.text.slice(this.pos + 2, this.pos + 6);
					if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('\\u must be followed by four hex digits');
					result += String.fromCharCode(parseInt(hex, 16));
					this.pos += 6;
					continue;
				}
				const replacement = ESCAPES[escape];
				if (replacement === undefined)
					this.fail(`invalid escape ${quote(`\\${escape}`)} in a string`);
				result += replacement;
				this.pos += 2;
				continue;
			}
			if (char < ' ') this.fail('control character in a string: write it as an escape such as \\n');
			result += char;
			this.pos++;
		}
	}

	private number(): number {
		NUMBER.lastIndex = this.pos;
		const match = NUMBER.exec(this.text);
		if (!match) this.fail(`invalid number starting with ${this.describe()}`);
		this.pos += match[0].length;
		const next = this.text[this.pos];
		if (next !== undefined && /[0-9.eE+-]/.test(next))
			this.fail(`invalid number near ${this.describe()}`);
		return Number(match[0]);
	}
}
