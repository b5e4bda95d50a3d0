/**
 * The one rule for ids — of briefings, places, platforms, events and scenes. Ids appear in URLs,
 * in file and folder names and in other files' references, so they are a short URL-safe slug:
 * lower-case letters and digits in words joined by single hyphens (`kashan-airfield`).
 */

/** The longest id: enough for any slug, short enough that a hostile URL cannot bloat a lookup. */
export const ID_MAX_LENGTH = 80;

/** An id: slug words joined by single hyphens, at most {@link ID_MAX_LENGTH} characters. */
export const ID_PATTERN = /^(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rule in words, for messages that tell an author how to fix an id. */
export const ID_RULE = `lower-case letters, digits and single hyphens, at most ${ID_MAX_LENGTH} characters`;

/** Whether `text` can be an id. */
export function isId(text: string): boolean {
	return ID_PATTERN.test(text);
}
