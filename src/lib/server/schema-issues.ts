/**
 * Turns valibot issues into findings with a JSON path and a message written for the person
 * editing the file, not for the schema library.
 */
import type * as v from 'valibot';
import { REQUIRED_PROPERTY_REASONS } from '../briefing/schemas';
import { quote, toJsonPath, type Finding } from './problems';

/** One finding per issue, located by the JSON path of the offending value. */
export function issuesToFindings(issues: readonly v.BaseIssue<unknown>[]): Finding[] {
	return issues.map((issue) => {
		const items = issue.path ?? [];
		const keys = items.map((item) =>
			typeof item.key === 'number' || typeof item.key === 'string' ? item.key : String(item.key)
		);
		const last = items[items.length - 1];
		let message = issue.message.replace(/^Invalid (type|key|value|length): E/, 'e');
		if (last?.origin === 'key' && issue.expected === 'never') {
			message = `unknown property ${quote(last.key)}`;
		} else if (last?.origin === 'key' && issue.received === 'undefined') {
			const key = String(last.key);
			const reason = Object.hasOwn(REQUIRED_PROPERTY_REASONS, key)
				? REQUIRED_PROPERTY_REASONS[key]
				: undefined;
			message = `missing required property ${quote(last.key)}${reason ? `: ${reason}` : ''}`;
		}
		return { path: toJsonPath(keys), message };
	});
}
