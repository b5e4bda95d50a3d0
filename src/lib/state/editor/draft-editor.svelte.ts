/**
 * The review screen's state: the draft being edited, saved to the server as it changes
 * (debounced, one save in flight, each carrying the version it edits), the last check's
 * problems by field, and what the editor has selected. Provided through context.
 */
import { getContext, setContext } from 'svelte';
import type { DraftDocument } from '$lib/authoring/draft';
import { problemsByField } from '$lib/authoring/problem-fields';
import type { BriefingProblem } from '$lib/briefing/types';
import { postJson, requestJson, type Problem } from './http';

export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'failed';

/** Wait for a pause in typing before saving. */
const SAVE_DELAY_MS = 400;

export class DraftEditor {
	draft: DraftDocument = $state() as DraftDocument;
	saveState: SaveState = $state('saved');
	/** The last refusal of a save, publish or check (412 conflict included). */
	problem: Problem | undefined = $state();
	/** Problems of the last check; `undefined` before any. */
	problems: BriefingProblem[] | undefined = $state();
	/** True after a successful publish, until the next change. */
	published = $state(false);
	selectedPlaceId: string | undefined = $state();
	selectedMentionId: string | undefined = $state();

	readonly fieldProblems = $derived(problemsByField(this.problems ?? [], this.draft));

	#etag: string;
	#savedText: string;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#inFlight: Promise<void> | undefined;

	constructor(draft: DraftDocument, etag: string) {
		this.draft = draft;
		this.#etag = etag;
		this.#savedText = JSON.stringify(draft);
	}

	get id(): string {
		return this.draft.id;
	}

	/** Called by the page's effect whenever the draft's content may have changed. */
	noticeChange(): void {
		if (this.saveState === 'conflict') return;
		if (JSON.stringify(this.draft) === this.#savedText) return;
		this.published = false;
		this.saveState = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
	}

	/** Saves now (waiting for a save in flight first); resolves when the server has it. */
	async save(): Promise<boolean> {
		clearTimeout(this.#timer);
		while (this.#inFlight) await this.#inFlight;
		const text = JSON.stringify(this.draft);
		if (text === this.#savedText) {
			if (this.saveState !== 'conflict') this.saveState = 'saved';
			return this.saveState === 'saved';
		}
		if (this.saveState === 'conflict') return false;
		this.saveState = 'saving';
		let ok = false;
		this.#inFlight = (async () => {
			const result = await requestJson<{ saved: true }>(
				'PUT',
				`/authoring/drafts/${this.id}`,
				JSON.parse(text),
				{
					'if-match': this.#etag
				}
			);
			if (result.ok && result.etag) {
				this.#etag = result.etag;
				this.#savedText = text;
				ok = true;
				this.problem = undefined;
				this.saveState = JSON.stringify(this.draft) === text ? 'saved' : 'pending';
				if (this.saveState === 'pending')
					this.#timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
			} else if (!result.ok) {
				this.problem = result.problem;
				this.saveState = result.problem.status === 412 ? 'conflict' : 'failed';
			}
		})();
		await this.#inFlight;
		this.#inFlight = undefined;
		return ok;
	}

	/** Replaces the draft with the server's version (after a conflict, or to discard). */
	async reload(): Promise<void> {
		const result = await requestJson<DraftDocument>('GET', `/authoring/drafts/${this.id}`);
		if (!result.ok || !result.etag) {
			if (!result.ok) this.problem = result.problem;
			return;
		}
		this.draft = result.body;
		this.#etag = result.etag;
		this.#savedText = JSON.stringify(result.body);
		this.saveState = 'saved';
		this.problem = undefined;
		this.problems = undefined;
	}

	/** Runs the briefing checks on the saved draft. */
	async check(): Promise<boolean> {
		if (!(await this.save())) return false;
		const result = await postJson<{ problems: BriefingProblem[] }>(
			`/authoring/drafts/${this.id}/check`
		);
		if (!result.ok) {
			this.problem = result.problem;
			return false;
		}
		this.problems = result.body.problems;
		return result.body.problems.length === 0;
	}

	/** Publishes when the checks pass; otherwise shows the problems. */
	async publish(): Promise<boolean> {
		if (!(await this.save())) return false;
		const result = await postJson<{ published: true }>(
			`/authoring/drafts/${this.id}/publish`,
			{},
			{
				'if-match': this.#etag
			}
		);
		if (!result.ok) {
			this.problem = result.problem;
			if (result.problem.problems) this.problems = result.problem.problems;
			if (result.problem.status === 412) this.saveState = 'conflict';
			return false;
		}
		this.problems = [];
		this.problem = undefined;
		this.published = true;
		return true;
	}

	problemsFor(key: string): BriefingProblem[] {
		return this.fieldProblems.get(key) ?? [];
	}
}

const KEY = Symbol('briefmap.draft-editor');

export function setDraftEditor(editor: DraftEditor): DraftEditor {
	return setContext(KEY, editor);
}

export function getDraftEditor(): DraftEditor {
	const editor = getContext<DraftEditor | undefined>(KEY);
	if (!editor) throw new Error('getDraftEditor() needs a review page above it');
	return editor;
}
