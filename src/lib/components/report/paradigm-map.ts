/**
 * Geometry of the paradigm map: the region of each paradigm on the three axes, from the same
 * thresholds the diagnosis uses (PARADIGM_RULES), so the drawn target and the rule cannot disagree.
 */
import { PARADIGM_RULES, type ParadigmVariant } from '../../domain/paradigm';

export type Range = readonly [low: number, high: number];

export interface MapRegion {
	readonly integration: Range;
	readonly distinctness: Range;
	readonly power: Range;
}

/** Where a group must sit on the map for the rule to give `variant`. */
export function paradigmRegion(variant: ParadigmVariant): MapRegion {
	const r = PARADIGM_RULES;
	const anyScore: Range = [0, 100];
	const anyPower: Range = [-100, 100];
	const integrated: Range = [r.lowIntegrationBelow, 100];
	const distinct: Range = [r.lowDistinctnessBelow, 100];
	switch (variant) {
		case 'siloed':
			return { integration: [0, r.lowIntegrationBelow], distinctness: anyScore, power: anyPower };
		case 'assimilated':
			return {
				integration: integrated,
				distinctness: [0, r.lowDistinctnessBelow],
				power: anyPower
			};
		case 'subordinate_sales_led':
			return {
				integration: integrated,
				distinctness: distinct,
				power: [-100, -r.strongImbalanceFrom]
			};
		case 'subordinate_marketing_led':
			return {
				integration: integrated,
				distinctness: distinct,
				power: [r.strongImbalanceFrom, 100]
			};
		case 'proportional':
			return {
				integration: integrated,
				distinctness: distinct,
				power: [-r.strongImbalanceFrom, r.strongImbalanceFrom]
			};
	}
}

/** The closed outline of a region on the integration × distinctness map, as chart points. */
export function regionOutline(region: MapRegion): { x: number; y: number }[] {
	const [x0, x1] = region.integration;
	const [y0, y1] = region.distinctness;
	return [
		{ x: x0, y: y0 },
		{ x: x1, y: y0 },
		{ x: x1, y: y1 },
		{ x: x0, y: y1 },
		{ x: x0, y: y0 }
	];
}
