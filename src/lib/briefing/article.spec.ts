import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, resolveRef, splitSentences } from './article';

const seed = readFileSync(
	new URL('../../../geodata/briefings/iran-drones-2022/article.md', import.meta.url),
	'utf8'
);

const sentencesOf = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('parseArticle on the seed article', () => {
	const article = parseArticle(seed);

	it('finds the 15 paragraphs in order as p1..p15', () => {
		expect(article.paragraphs.map((p) => p.id)).toEqual(
			Array.from({ length: 15 }, (_, i) => `p${i + 1}`)
		);
		expect(article.paragraphs[0]?.text).toMatch(/^The White House has released/);
		expect(article.paragraphs[14]?.text).toMatch(/between Tehran and Washington\.$/);
	});

	it('reads every seed paragraph as a single sentence, "U.S. President" and quotes included', () => {
		expect(article.paragraphs.map((p) => p.sentences.length)).toEqual(Array(15).fill(1));
		expect(article.paragraphs[11]?.sentences[0]?.text).toContain('U.S. President Joe Biden');
	});

	it('gives sentences offsets that slice their text out of the paragraph', () => {
		for (const paragraph of article.paragraphs) {
			for (const sentence of paragraph.sentences) {
				expect(paragraph.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
			}
		}
	});
});

describe('splitSentences', () => {
	it('splits at full stops, question and exclamation marks', () => {
		expect(sentencesOf('One fact. Two facts? Three facts! Four.')).toEqual([
			'One fact.',
			'Two facts?',
			'Three facts!',
			'Four.'
		]);
	});

	it('keeps an initialism inside its sentence', () => {
		expect(sentencesOf('The U.S. Navy said so. D.C. officials agreed.')).toEqual([
			'The U.S. Navy said so.',
			'D.C. officials agreed.'
		]);
	});

	it('ends a sentence at an initialism when the next word starts a new sentence', () => {
		expect(
			sentencesOf('The talks were held in Washington, D.C. The next round is in Vienna.')
		).toEqual(['The talks were held in Washington, D.C.', 'The next round is in Vienna.']);
	});

	it('does not split after a title or a month abbreviation', () => {
		expect(sentencesOf('Gen. Smith arrived on Jan. 5 in Kyiv. He left.')).toEqual([
			'Gen. Smith arrived on Jan. 5 in Kyiv.',
			'He left.'
		]);
	});

	it('keeps closing quotes with the sentence they close', () => {
		expect(sentencesOf('He called them "baseless." Officials disagreed.')).toEqual([
			'He called them "baseless."',
			'Officials disagreed.'
		]);
		expect(sentencesOf('“Why now?” he asked. Nobody answered.')).toEqual([
			'“Why now?” he asked.',
			'Nobody answered.'
		]);
	});

	it('does not split before a lower-case word', () => {
		expect(sentencesOf('The drones (approx. two) flew. Then they landed.')).toEqual([
			'The drones (approx. two) flew.',
			'Then they landed.'
		]);
	});

	it('leaves decimals and dotted numbers alone', () => {
		expect(sentencesOf('It flew 1.5 km in 2.5 minutes. It landed.')).toHaveLength(2);
	});
});

describe('parseArticle', () => {
	it('accepts CRLF line ends, a byte-order mark and hard-wrapped paragraphs', () => {
		const article = parseArticle(
			'\uFEFFFirst line\r\nwraps here.\r\n\r\n\r\nSecond paragraph.\r\n'
		);
		expect(article.paragraphs.map((p) => p.text)).toEqual([
			'First line wraps here.',
			'Second paragraph.'
		]);
	});

	it('treats lines holding only spaces as paragraph breaks', () => {
		expect(parseArticle('One.\n   \nTwo.').paragraphs).toHaveLength(2);
	});

	it('keeps markup, right-to-left and zero-width characters and emoji as literal text', () => {
		const text = '<b>Bold</b> \u202Eevil\u202C za\u200Bp 🚀 تهران.';
		expect(parseArticle(text).paragraphs[0]?.text).toBe(text);
	});

	it('returns no paragraphs for an empty or blank file', () => {
		expect(parseArticle(' \n\n \n').paragraphs).toEqual([]);
	});

	it('handles a very long paragraph', () => {
		const text = 'Word '.repeat(50_000).trim() + '.';
		const article = parseArticle(text);
		expect(article.paragraphs[0]?.sentences).toHaveLength(1);
	});
});

describe('resolveRef', () => {
	const article = parseArticle('First one. First two.\n\nSecond.');

	it('resolves paragraphs and sentences with their offsets', () => {
		expect(resolveRef(article, 'p1')?.text).toBe('First one. First two.');
		expect(resolveRef(article, 'p1.s2')).toMatchObject({ text: 'First two.', start: 11 });
		expect(resolveRef(article, 'p2.s1')?.paragraph.id).toBe('p2');
	});

	it('returns undefined for references the article does not have', () => {
		expect(resolveRef(article, 'p3')).toBeUndefined();
		expect(resolveRef(article, 'p1.s3')).toBeUndefined();
		expect(resolveRef(article, 'p0')).toBeUndefined();
		expect(resolveRef(article, 'paragraph 1')).toBeUndefined();
	});
});
