import { describe, expect, it } from 'vitest';
import { apiGuardProblem } from './api-guard.js';

describe('apiGuardProblem', () => {
	it('turns a path that is not valid percent-encoding into a 400 problem naming it', () => {
		const problem = apiGuardProblem('/api/collections/%E0%A4%A/items?limit=1');
		expect(problem?.status).toBe(400);
		expect(problem?.body).toMatchObject({ status: 400, type: 'urn:briefmap:problem:invalid-path' });
		expect(String(problem?.body.detail)).toContain('/api/collections/%E0%A4%A/items');
	});

	it('turns SvelteKit’s __data.json suffix under /api into a 404 problem', () => {
		expect(apiGuardProblem('/api/collections/__data.json')?.status).toBe(404);
	});

	it('leaves valid API paths and every other path alone', () => {
		expect(
			apiGuardProblem('/api/collections/iran-drones-2022.places/items?bbox=1,2,3,4')
		).toBeUndefined();
		expect(apiGuardProblem('/api/collections/%C3%A9')).toBeUndefined();
		expect(apiGuardProblem('/b/%E0%A4%A')).toBeUndefined();
		expect(apiGuardProblem('/b/x/__data.json')).toBeUndefined();
	});

	it('keeps a very long path out of the detail', () => {
		const problem = apiGuardProblem(`/api/${'%'.repeat(5000)}`);
		expect(String(problem?.body.detail).length).toBeLessThan(300);
	});
});
