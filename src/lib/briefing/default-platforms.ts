/**
 * Which platforms' range bands are drawn before anyone chooses: one rule for the explore map and
 * the API's range-rings collection, so a GIS tool sees the bands the page opens with.
 */
import type { Platform } from './types';

/**
 * The platforms shown at Kashan in the story that have a published range. Context platforms
 * (supplied later, not the story's) are drawn only when the analyst or a scene asks for them;
 * a platform without a range has nothing to draw.
 */
export function defaultPlatforms<P extends Pick<Platform, 'status' | 'ranges'>>(
	platforms: readonly P[]
): P[] {
	return platforms.filter((platform) => platform.status === 'shown' && platform.ranges.length > 0);
}
