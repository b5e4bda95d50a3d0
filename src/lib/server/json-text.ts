/**
 * A strict JSON reader for hand-edited data files, on Microsoft's `jsonc-parser` (the parser of
 * VS Code's JSON support) in strict mode: no comments, no trailing commas. Unlike `JSON.parse`
 * it says where a syntax error is (line, column and the JSON path reached, in words a person can
 * act on), and it reports duplicate keys, which `JSON.parse` silently resolves by keeping the
 * last one.
 */
import { createScanner, printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { quote, toJsonPath, type Finding } from './problems';

export type JsonReadResult =
	| { ok: true; value: unknown; duplicateKeys: Finding[] }
	| { ok: false; error: Finding & { line: number; column: number } };

/**
 * Deeper nesting than any briefing needs. The parser recurses per level, so deeper input is
 * refused by a scan (which does not recurse) before parsing, instead of exhausting the stack.
 */
const MAX_DEPTH = 256;

type Segment = string | number;

interface Frame {
	value: Record<string, unknown> | unknown[];
	/** Where this container sits in its parent. */
	at?: Segment;
	/** An object's property whose value has not been read yet. */
	pendingKey?: string;
	seen?: Set<string>;
}

interface SyntaxProblem {
	message: string;
	line: number;
	column: number;
	path: Segment[];
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
	const problem = emptyOrTooDeep(text) ?? undefined;
	const read = problem ? { problem } : parse(text);
	if (read.problem) {
		const { message, line, column, path } = read.problem;
		return {
			ok: false,
			error: {
				path: toJsonPath(path),
				message: `invalid JSON at line ${line}, column ${column}: ${message}`,
				line,
				column
			}
		};
	}
	return { ok: true, value: read.value, duplicateKeys: read.duplicateKeys };
}

/**
 * The two problems found without parsing: no data at all, and absurd nesting (found by the
 * parser's scanner, which does not recurse).
 */
function emptyOrTooDeep(text: string): SyntaxProblem | undefined {
	if (/^[ \t\n\r]*$/.test(text)) {
		const { line, column } = lineAndColumn(text, text.length);
		return { message: 'the file is empty', line, column, path: [] };
	}
	const scanner = createScanner(text, true);
	let depth = 0;
	for (;;) {
		scanner.scan();
		const offset = scanner.getTokenOffset();
		if (offset >= text.length) return undefined;
		if (scanner.getTokenLength() !== 1) continue;
		const char = text[offset];
		if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') depth--;
		if (depth > MAX_DEPTH) {
			return {
				message: `nested deeper than ${MAX_DEPTH} levels`,
				line: scanner.getTokenStartLine() + 1,
				column: scanner.getTokenStartCharacter() + 1,
				path: []
			};
		}
	}
}

function parse(
	text: string
): { problem: SyntaxProblem } | { problem?: undefined; value: unknown; duplicateKeys: Finding[] } {
	const frames: Frame[] = [];
	const duplicateKeys: Finding[] = [];
	let root: unknown;
	let problem: SyntaxProblem | undefined;

	const top = () => frames[frames.length - 1];
	const path = (): Segment[] => {
		const segments = frames.slice(1).map((frame) => frame.at as Segment);
		const pending = top()?.pendingKey;
		return pending === undefined ? segments : [...segments, pending];
	};
	const place = (value: unknown) => {
		const frame = top();
		if (!frame) root = value;
		else if (Array.isArray(frame.value)) frame.value.push(value);
		else if (frame.pendingKey !== undefined) {
			// defineProperty, not assignment: a "__proto__" key must stay data, never a prototype.
			Object.defineProperty(frame.value, frame.pendingKey, {
				value,
				enumerable: true,
				writable: true,
				configurable: true
			});
			frame.pendingKey = undefined;
		}
	};
	const open = (value: Frame['value'], seen?: Set<string>) => {
		const parent = top();
		const at = parent && (Array.isArray(parent.value) ? parent.value.length : parent.pendingKey);
		frames.push({ value, at, seen });
	};
	const close = () => {
		const frame = frames.pop();
		if (frame) place(frame.value);
	};

	visit(
		text,
		{
			onObjectBegin: () => open({}, new Set()),
			onObjectEnd: close,
			onArrayBegin: () => open([]),
			onArrayEnd: close,
			onObjectProperty: (name) => {
				const frame = top();
				if (!frame) return;
				frame.pendingKey = name;
				if (frame.seen?.has(name)) {
					duplicateKeys.push({
						path: toJsonPath(path()),
						message: `duplicate key ${quote(name)}: only one value per key is allowed`
					});
				}
				frame.seen?.add(name);
			},
			onLiteralValue: (value) => place(value),
			onError: (code, offset, _length, startLine, startCharacter) => {
				problem ??= {
					message: describeError(code, text, offset, top()),
					line: startLine + 1,
					column: startCharacter + 1,
					path: path()
				};
			}
		},
		{ disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }
	);
	return problem ? { problem } : { value: root, duplicateKeys };
}

/** What was found at `offset`: a character, or the end of the file. */
function found(text: string, offset: number): string {
	if (offset >= text.length) return 'end of file';
	return `character ${quote(String.fromCodePoint(text.codePointAt(offset) ?? 0))}`;
}

/** Whether the last non-space character before `offset` is a comma. */
function afterComma(text: string, offset: number): boolean {
	return /,\s*$/.test(text.slice(Math.max(0, offset - 200), offset));
}

/** The parser's error code in words, with what was found where it stopped. */
function describeError(
	code: ParseErrorCode,
	text: string,
	offset: number,
	frame: Frame | undefined
): string {
	const here = found(text, offset);
	switch (printParseErrorCode(code)) {
		case 'PropertyNameExpected':
			if (text[offset] === '}' && afterComma(text, offset)) return "trailing comma before '}'";
			return `expected a property name in double quotes but found ${here}`;
		case 'ValueExpected':
		case 'InvalidSymbol':
			if (text[offset] === ']' && afterComma(text, offset)) return "trailing comma before ']'";
			if (text[offset] === "'") return 'strings must use double quotes';
			if (frame && !Array.isArray(frame.value) && frame.pendingKey === undefined) {
				return `expected a property name in double quotes but found ${here}`;
			}
			return `expected a value but found ${here}`;
		case 'ColonExpected':
			return `expected ':' after the property name ${quote(frame?.pendingKey ?? '')}`;
		case 'CommaExpected':
			// The parser reads "01" as the number 0 followed by another value.
			if (/[0-9]/.test(text[offset] ?? '') && /(^|[^0-9.eE+-])-?0$/.test(text.slice(0, offset))) {
				return 'invalid number: a number must not start with 0';
			}
			return Array.isArray(frame?.value)
				? `expected ',' or ']' after an item but found ${here}`
				: `expected ',' or '}' after a property but found ${here}`;
		case 'CloseBraceExpected':
			return `expected ',' or '}' after a property but found ${here}`;
		case 'CloseBracketExpected':
			return `expected ',' or ']' after an item but found ${here}`;
		case 'EndOfFileExpected':
			return `unexpected ${here} after the end of the data`;
		case 'InvalidNumberFormat':
		case 'UnexpectedEndOfNumber':
			return `invalid number near ${here}`;
		case 'UnexpectedEndOfString':
			return 'unterminated string';
		case 'InvalidUnicode':
			return '\\u must be followed by four hex digits';
		case 'InvalidEscapeCharacter':
			return 'invalid escape in a string';
		case 'InvalidCharacter':
			return 'control character in a string: write it as an escape such as \\n';
		case 'InvalidCommentToken':
		case 'UnexpectedEndOfComment':
			return 'comments are not allowed in JSON';
		default:
			return `unexpected ${here}`;
	}
}
