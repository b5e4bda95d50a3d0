/** GET /basemap/tiles/{z}/{x}/{y}.pbf: one basemap tile (see $lib/server/basemap-tiles). */
import type { RequestHandler } from '@sveltejs/kit';
import { basemapTileResponse } from '$lib/server/basemap-tiles';

export const prerender = false;

export const GET: RequestHandler = ({ params, request, url }) =>
	basemapTileResponse({ z: params.z ?? '', x: params.x ?? '', y: params.y ?? '' }, request, url);
