/**
 * A component (or any module's default export) whose code loads the first time it is wanted:
 * for what only some readers open (a place's full details, the distance tool), so the page's
 * first view does not carry it.
 */
export class OnDemand<T> {
	/** The loaded export; undefined until then. */
	current: T | undefined = $state.raw();
	#loading: Promise<void> | undefined;
	readonly #load: () => Promise<{ default: T }>;

	constructor(load: () => Promise<{ default: T }>) {
		this.#load = load;
	}

	/** Starts loading, once; resolves when `current` is set. */
	want(): Promise<void> {
		this.#loading ??= this.#load().then((module) => {
			this.current = module.default;
		});
		return this.#loading;
	}
}
