import { describe, expect, it } from 'vitest';
import { defaultPlatforms } from './default-platforms';

import type { Platform, RangeFigure } from './types';

const range: RangeFigure = { kind: 'one-way-range', lowKm: 1, highKm: 2, sources: [] };
type Candidate = Pick<Platform, 'id' | 'status' | 'ranges'>;

describe('defaultPlatforms', () => {
	it('draws the platforms shown in the story that have a range, in briefing order', () => {
		const platforms: Candidate[] = [
			{ id: 'context-with-range', status: 'context', ranges: [range] },
			{ id: 'shown-with-range', status: 'shown', ranges: [range] },
			{ id: 'shown-without-range', status: 'shown', ranges: [] }
		];
		expect(defaultPlatforms(platforms).map((p) => p.id)).toEqual(['shown-with-range']);
	});
});
