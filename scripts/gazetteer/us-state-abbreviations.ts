/**
 * The abbreviations US newspapers write after a town's name ("Fresno, Calif."): the AP
 * Stylebook's state abbreviations, https://www.apstylebook.com/ ("state names" entry), plus the
 * two-letter postal codes. Keyed by the postal code GeoNames and country-state-city also use.
 * Most are ordinary words or titles on their own ("Miss.", "Ind.", "OR"), so the geoparser
 * reads them only after a comma that follows another place name.
 */
export const US_STATE_ABBREVIATIONS: Record<string, string[]> = {
	AL: ['Ala.'],
	AZ: ['Ariz.'],
	AR: ['Ark.'],
	CA: ['Calif.', 'Cal.'],
	CO: ['Colo.'],
	CT: ['Conn.'],
	DE: ['Del.'],
	DC: ['D.C.', 'DC'],
	FL: ['Fla.'],
	GA: ['Ga.'],
	IL: ['Ill.'],
	IN: ['Ind.'],
	KS: ['Kan.', 'Kans.'],
	KY: ['Ky.'],
	LA: ['La.'],
	MD: ['Md.'],
	MA: ['Mass.'],
	MI: ['Mich.'],
	MN: ['Minn.'],
	MS: ['Miss.'],
	MO: ['Mo.'],
	MT: ['Mont.'],
	NE: ['Neb.', 'Nebr.'],
	NV: ['Nev.'],
	NH: ['N.H.'],
	NJ: ['N.J.'],
	NM: ['N.M.'],
	NY: ['N.Y.'],
	NC: ['N.C.'],
	ND: ['N.D.'],
	OK: ['Okla.'],
	OR: ['Ore.', 'Oreg.'],
	PA: ['Pa.', 'Penn.'],
	RI: ['R.I.'],
	SC: ['S.C.'],
	SD: ['S.D.'],
	TN: ['Tenn.'],
	TX: ['Tex.'],
	VT: ['Vt.'],
	VA: ['Va.'],
	WA: ['Wash.'],
	WV: ['W.Va.', 'W. Va.'],
	WI: ['Wis.', 'Wisc.'],
	WY: ['Wyo.']
};
