/**
 * Entry of the portable build: one briefing's explore, present and presenter views, read from
 * the file itself. The basemap archive is registered in memory before any map asks for it.
 */
import '../../static/theme-init.js';
import { mount } from 'svelte';
import { PMTiles } from 'pmtiles';
import { readBasemapFromArchive } from '$lib/map/pmtiles-archive';
import { BASEMAP_ARCHIVE_PATH } from '$lib/map/basemap-schema';
import PortableApp from './PortableApp.svelte';
import { MemorySource } from './memory-source';
import { readBasemapArchive, readBriefing } from './embedded-data';
import { startRouter } from './portable-router.svelte';

const briefing = readBriefing();
readBasemapFromArchive(new PMTiles(new MemorySource(readBasemapArchive(), BASEMAP_ARCHIVE_PATH)));
startRouter(briefing.id);

mount(PortableApp, { target: document.getElementById('app')!, props: { briefing } });
