import { describe, expect, it } from 'vitest';
import { OnDemand } from './on-demand.svelte';

describe('OnDemand', () => {
	it('loads nothing until wanted, then once however often it is wanted', async () => {
		let loads = 0;
		const part = new OnDemand(async () => {
			loads += 1;
			return { default: 'the component' };
		});
		expect(part.current).toBeUndefined();
		expect(loads).toBe(0);
		await Promise.all([part.want(), part.want()]);
		await part.want();
		expect(part.current).toBe('the component');
		expect(loads).toBe(1);
	});
});
