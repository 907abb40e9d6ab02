import { describe, expect, it } from 'vitest';
import { paradigmRegion, regionOutline } from '$lib/components/report/paradigm-map';
import { reportForms } from '$lib/components/report/toolbar';
import { classifyAxes, PARADIGM_VARIANTS } from '$lib/domain/paradigm';
import { roles } from '$lib/domain/roles';

const base = '/orgs/o1/diagnostics/d1';

describe('report toolbar', () => {
	it('links every form of the report, in the reader’s language', () => {
		expect(reportForms(base, 'fr', 'owner')).toEqual([
			{ id: 'present', href: `${base}/present`, download: false },
			{ id: 'live', href: `${base}/live`, download: false },
			{ id: 'print', href: `${base}/report/print`, download: false },
			{ id: 'pptx', href: `${base}/export.pptx?lang=fr`, download: true },
			{ id: 'csv', href: `${base}/export.csv?lang=fr`, download: true }
		]);
	});

	it('offers the live in-room survey to consultants and above only', () => {
		const withLive = roles.filter((role) =>
			reportForms(base, 'en', role).some((form) => form.id === 'live')
		);
		expect(withLive).toEqual(['owner', 'admin', 'consultant']);
		expect(reportForms(base, 'en', 'viewer').map((form) => form.id)).toEqual([
			'present',
			'print',
			'pptx',
			'csv'
		]);
	});
});

describe('paradigm regions on the map', () => {
	it('uses the thresholds of the rule (40, 40, ±35)', () => {
		expect(paradigmRegion('siloed')).toEqual({
			integration: [0, 40],
			distinctness: [0, 100],
			power: [-100, 100]
		});
		expect(paradigmRegion('assimilated').distinctness).toEqual([0, 40]);
		expect(paradigmRegion('subordinate_sales_led').power).toEqual([-100, -35]);
		expect(paradigmRegion('subordinate_marketing_led').power).toEqual([35, 100]);
		expect(paradigmRegion('proportional')).toEqual({
			integration: [40, 100],
			distinctness: [40, 100],
			power: [-35, 35]
		});
	});

	it('puts the centre of each region where the rule classifies that variant', () => {
		for (const variant of PARADIGM_VARIANTS) {
			const r = paradigmRegion(variant);
			const mid = (range: readonly [number, number]) => (range[0] + range[1]) / 2;
			const axes = {
				integration: mid(r.integration),
				distinctness: mid(r.distinctness),
				power: mid(r.power)
			};
			expect(classifyAxes(axes).variant).toBe(variant);
		}
	});

	it('outlines a region as a closed rectangle', () => {
		expect(regionOutline(paradigmRegion('assimilated'))).toEqual([
			{ x: 40, y: 0 },
			{ x: 100, y: 0 },
			{ x: 100, y: 40 },
			{ x: 40, y: 40 },
			{ x: 40, y: 0 }
		]);
	});
});
