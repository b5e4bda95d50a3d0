/**
 * The abbreviations Canadian newspapers write after a town's name ("Nelson, B.C."): the
 * Canadian Press style for provinces and territories, keyed by the ISO 3166-2 code
 * country-state-city uses. Read, like the US states' abbreviations, after a comma or in
 * brackets after another place name; the dotted ones that are no English word ("B.C.",
 * "P.E.I.") name the province anywhere.
 */
export const CANADIAN_PROVINCE_ABBREVIATIONS: Record<string, string[]> = {
	BC: ['B.C.'],
	AB: ['Alta.'],
	SK: ['Sask.'],
	MB: ['Man.'],
	ON: ['Ont.'],
	QC: ['Que.'],
	NB: ['N.B.'],
	NS: ['N.S.'],
	PE: ['P.E.I.'],
	NL: ['N.L.', 'Nfld.'],
	NT: ['N.W.T.'],
	YT: ['Y.T.']
};

/** Abbreviations that are a province's name wherever they stand. */
export const CANADIAN_PROVINCE_ALIASES: Record<string, string[]> = {
	BC: ['B.C.'],
	PE: ['P.E.I.']
};
