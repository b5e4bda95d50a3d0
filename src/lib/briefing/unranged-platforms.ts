/**
 * The platforms that draw no range band, each with its sourced note that no range is published.
 * Apart from the band geometry (./range-bands.ts) so the analysis panel can list them before
 * GeographicLib has loaded.
 */
import type { Claim, Platform } from './types';

/** A platform that draws no ring, with the sourced note that says no range is published. */
export interface UnrangedPlatform {
	platformId: string;
	platformName: string;
	note?: Claim;
}

export function unrangedPlatformsOf(platforms: readonly Platform[]): UnrangedPlatform[] {
	return platforms
		.filter((platform) => platform.ranges.length === 0)
		.map((platform) => ({
			platformId: platform.id,
			platformName: platform.name,
			...(platform.noRangeNote ? { note: platform.noRangeNote } : {})
		}));
}
