/** The two colour themes; the UI, the map and the palettes are drawn for each. */
export type Theme = 'light' | 'dark';
