import { describe, expect, it } from 'vitest';
import { lineAndColumn, readJsonText } from './json-text';

const errorOf = (text: string) => {
	const result = readJsonText(text);
	if (result.ok) throw new Error('expected a syntax error');
	return result.error;
};

describe('readJsonText', () => {
	it('reads what JSON.parse reads', () => {
		const text = '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9\\"", {}], "b": {"c": []}}';
		const result = readJsonText(text);
		expect(result).toEqual({ ok: true, value: JSON.parse(text), duplicateKeys: [] });
	});

	it('reports a missing comma with its line, column and the path reached', () => {
		const error = errorOf('[\n\t{\n\t\t"id": "x"\n\t\t"date": "2022-01-01"\n\t}\n]');
		expect(error).toMatchObject({ line: 4, column: 3, path: '$[0]' });
		expect(error.message).toBe(
			"invalid JSON at line 4, column 3: expected ',' or '}' after a property but found character \"\\\"\""
		);
	});

	it('reports a trailing comma, single quotes and an unterminated string', () => {
		expect(errorOf('{"a": [1, 2,]}').message).toContain("trailing comma before ']'");
		expect(errorOf("{'a': 1}").message).toContain('strings must use double quotes');
		expect(errorOf('{a: 1}').message).toContain('expected a property name in double quotes');
		expect(errorOf('{"a": "b}').message).toContain('unterminated string');
	});

	it('reports an empty file and text after the data', () => {
		expect(errorOf('  \n').message).toContain('the file is empty');
		expect(errorOf('{} {}').message).toBe(
			'invalid JSON at line 1, column 4: unexpected character "{" after the end of the data'
		);
	});

	it('rejects numbers JSON does not allow', () => {
		expect(errorOf('[01]').message).toContain('invalid number');
		expect(errorOf('[NaN]').message).toContain('expected a value');
		expect(errorOf('[.5]').message).toContain('expected a value');
	});

	it('rejects comments, which JSON does not have', () => {
		expect(errorOf('{\n  // note\n  "a": 1\n}')).toMatchObject({ line: 2, column: 3 });
		expect(errorOf('{"a": 1 /* note */}').message).toContain('comments are not allowed');
	});

	it('rejects raw control characters in strings', () => {
		expect(errorOf('["a\tb"]').message).toContain('control character');
	});

	it('reports duplicate keys with the path of the second one', () => {
		const result = readJsonText('{"features": [{"id": "a", "id": "b"}]}');
		expect(result).toMatchObject({
			ok: true,
			duplicateKeys: [
				{
					path: '$.features[0].id',
					message: 'duplicate key "id": only one value per key is allowed'
				}
			]
		});
	});

	it('keeps a "__proto__" key as data instead of changing the prototype', () => {
		const result = readJsonText('{"__proto__": {"polluted": true}}');
		expect(result.ok && Object.keys(result.value as object)).toEqual(['__proto__']);
		expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
	});

	it('skips a byte-order mark', () => {
		expect(readJsonText('\uFEFF[1]')).toMatchObject({ ok: true, value: [1] });
	});

	it('stops at absurd nesting instead of overflowing the stack', () => {
		expect(errorOf('['.repeat(100_000)).message).toContain('nested deeper than');
	});
});

describe('lineAndColumn', () => {
	it('counts lines and columns from 1', () => {
		expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
		expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});
