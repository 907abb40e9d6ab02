import type { LocalizedText } from '../../i18n/locales';
import { deepFreeze, t } from './base';
import type { CoreItem, Dimension, DimensionId, ItemNumber } from './types';

/*
 * The 28 core items. Everyone answers them, in sales as in marketing, executives as frontline,
 * so each one speaks of "sales and marketing", "the two teams" or "each team", never of "the
 * other team" alone. One idea per item, no double negative: reverse-worded items state the
 * problem plainly, without any negation, so that disagreeing with them is never "not not".
 *
 * Sources: the seeds (Forrester 2024 via seed 004 on trust, silos and credit theft; seed 002 on
 * MQL/SQL, SLA, SMART objectives, weekly meeting and closed-loop reporting; seeds 000 and 001 on
 * field immersion, joint projects, shared rewards and leaders' example; seed 003 on CRM and the
 * executive's role) and the literature: Kotler, Rackham & Krishnaswamy (2006) on the symptoms of
 * the sales–marketing war; Homburg, Jensen & Krohmer (2008) on information sharing, structural
 * linkages and power; Le Meunier-FitzHugh & Piercy (2007–2011) on collaboration, conflict,
 * senior management attitudes and aligned rewards.
 *
 * English is British (the project writes "organisation"); French uses vouvoiement or the
 * impersonal style, the typographic apostrophe and a no-break space (U+00A0) before « : ; ! ? ».
 */

type ItemText = readonly [reverse: boolean, en: string, fr: string];

function dimension(
	id: DimensionId,
	label: LocalizedText,
	description: LocalizedText,
	texts: readonly [ItemText, ItemText, ItemText, ItemText]
): Dimension {
	const items = texts.map(([reverse, en, fr], index): CoreItem => {
		const n = (index + 1) as ItemNumber;
		return {
			kind: 'rating',
			id: `${id}.${n}`,
			dimension: id,
			scale: 'agreement',
			reverse,
			text: t(en, fr)
		};
	});
	return { id, label, description, items };
}

const R = true;
const F = false;

/** The seven dimensions, in order, each with its four items. Frozen. */
export const DIMENSIONS: readonly Dimension[] = deepFreeze([
	dimension(
		'trust',
		t('Trust', 'Confiance'),
		t(
			'Whether sales and marketing can rely on each other’s word, intentions and expertise.',
			'La mesure dans laquelle les équipes commerciales et marketing peuvent se fier à la parole, aux intentions et à l’expertise de l’autre.'
		),
		[
			[
				F,
				'Sales and marketing keep the commitments they make to each other.',
				'Les équipes commerciales et marketing tiennent les engagements qu’elles prennent l’une envers l’autre.'
			],
			[
				F,
				'Sales and marketing act in good faith towards each other.',
				'Les équipes commerciales et marketing agissent de bonne foi l’une envers l’autre.'
			],
			[
				R,
				'One of the two teams often overpromises to customers.',
				'L’une des deux équipes fait souvent des promesses excessives aux clients.'
			],
			[
				F,
				'Each team respects the other team’s expertise.',
				'Chaque équipe respecte l’expertise de l’autre.'
			]
		]
	),
	dimension(
		'communication',
		t('Communication', 'Communication'),
		t(
			'How regularly, openly and quickly information flows between the two teams.',
			'La régularité, l’ouverture et la rapidité des échanges d’information entre les deux équipes.'
		),
		[
			[
				F,
				'Sales and marketing exchange information regularly, in both directions.',
				'Les équipes commerciales et marketing échangent régulièrement des informations, dans les deux sens.'
			],
			[
				R,
				'Useful information often stays siloed within one team.',
				'Des informations utiles restent souvent cloisonnées au sein d’une seule équipe.'
			],
			[
				F,
				'Each team shares in good time what the other needs to know, such as field feedback or campaign plans.',
				'Chaque équipe transmet à temps ce que l’autre doit savoir, comme les retours du terrain ou les plans de campagne.'
			],
			[
				F,
				'Both teams see the same customer and lead information, for example in a shared CRM.',
				'Les deux équipes voient les mêmes informations sur les clients et les leads, par exemple dans un CRM partagé.'
			]
		]
	),
	dimension(
		'credit_sharing',
		t('Credit sharing', 'Partage du mérite'),
		t(
			'Whether each team’s contribution is recognised fairly, in success as in failure.',
			'La reconnaissance équitable de la contribution de chaque équipe, dans les succès comme dans les échecs.'
		),
		[
			[
				F,
				'When a deal is won, the contributions of both teams are credited fairly.',
				'Quand une affaire est gagnée, la contribution de chaque équipe est reconnue équitablement.'
			],
			[
				R,
				'One team often takes credit for results the other team helped achieve.',
				'Une équipe s’attribue souvent des résultats auxquels l’autre a contribué.'
			],
			[
				F,
				'Each team openly recognises what the other brings to the results.',
				'Chaque équipe reconnaît ouvertement ce que l’autre apporte aux résultats.'
			],
			[
				R,
				'When results disappoint, each team tends to blame the other.',
				'Quand les résultats déçoivent, chaque équipe a tendance à rejeter la faute sur l’autre.'
			]
		]
	),
	dimension(
		'shared_goals',
		t('Shared goals', 'Objectifs communs'),
		t(
			'Whether the two teams pursue common, measurable objectives, with rewards that pull the same way.',
			'La mesure dans laquelle les deux équipes poursuivent des objectifs communs et mesurables, avec des récompenses qui vont dans le même sens.'
		),
		[
			[
				F,
				'Sales and marketing work towards the same objectives.',
				'Les équipes commerciales et marketing poursuivent les mêmes objectifs.'
			],
			[
				F,
				'Both teams are measured on shared indicators such as opportunities, meeting rate, win rate, revenue or margin.',
				'Les deux équipes sont évaluées sur des indicateurs communs\u00a0: opportunités, taux de rendez-vous, taux de signature, chiffre d’affaires ou marge.'
			],
			[
				R,
				'The two teams’ targets often pull them in opposite directions.',
				'Les objectifs des deux équipes les tirent souvent dans des directions opposées.'
			],
			[
				F,
				'Bonuses and incentives encourage the two teams to work together.',
				'Les primes et les incitations encouragent les deux équipes à travailler ensemble.'
			]
		]
	),
	dimension(
		'lead_process',
		t('Lead management', 'Gestion des leads'),
		t(
			'How leads are defined, handed over, followed up and reported back on between marketing and sales.',
			'La façon dont les leads sont définis, transmis, suivis et commentés entre le marketing et les ventes.'
		),
		[
			[
				F,
				'Sales and marketing have agreed on what makes a lead qualified (MQL, SQL).',
				'Les équipes commerciales et marketing ont défini ensemble ce qu’est un lead qualifié (MQL, SQL).'
			],
			[
				F,
				'The agreed rules for handing over leads (SLA) are respected by both teams.',
				'Les règles convenues pour la transmission des leads (SLA) sont respectées par les deux équipes.'
			],
			[
				R,
				'Leads passed to sales often wait too long before follow-up.',
				'Les leads transmis aux commerciaux attendent souvent trop longtemps avant d’être traités.'
			],
			[
				F,
				'Sales reports back to marketing on what became of the leads it received.',
				'Les commerciaux indiquent au marketing ce que sont devenus les leads reçus.'
			]
		]
	),
	dimension(
		'leadership',
		t('Leadership', 'Rôle des dirigeants'),
		t(
			'Whether the heads of sales and marketing lead collaboration by example and speak with one voice.',
			'La mesure dans laquelle les directions commerciale et marketing montrent l’exemple de la collaboration et parlent d’une seule voix.'
		),
		[
			[
				F,
				'The heads of sales and marketing visibly work together.',
				'Les directions commerciale et marketing travaillent ensemble de façon visible.'
			],
			[
				R,
				'Disagreements between the heads of sales and marketing spill over onto their teams.',
				'Les désaccords entre les directions commerciale et marketing se répercutent sur les équipes.'
			],
			[
				F,
				'The heads of sales and marketing send their teams consistent messages.',
				'Les directions commerciale et marketing tiennent un discours cohérent à leurs équipes.'
			],
			[
				F,
				'Top management actively encourages cooperation between sales and marketing.',
				'La direction générale encourage activement la coopération entre les ventes et le marketing.'
			]
		]
	),
	dimension(
		'collaboration',
		t('Collaboration', 'Travail en commun'),
		t(
			'The routines through which the two teams actually work together: meetings, joint projects, field time and planning.',
			'Les routines par lesquelles les deux équipes travaillent réellement ensemble\u00a0: réunions, projets communs, terrain et planification.'
		),
		[
			[
				F,
				'Sales and marketing meet every week to review leads and upcoming actions together.',
				'Les équipes commerciales et marketing font chaque semaine un point commun sur les leads et les actions à venir.'
			],
			[
				F,
				'The two teams run joint projects, such as designing offers or sales tools.',
				'Les deux équipes mènent des projets communs, par exemple sur les offres ou les outils d’aide à la vente.'
			],
			[
				F,
				'Marketers regularly spend time in the field alongside salespeople.',
				'Les équipes marketing passent régulièrement du temps sur le terrain aux côtés des commerciaux.'
			],
			[
				R,
				'Each team plans its actions on its own.',
				'Chaque équipe planifie ses actions de son côté.'
			]
		]
	)
]);

/** The 28 core items, dimension by dimension, in screen order. Frozen. */
export const CORE_ITEMS: readonly CoreItem[] = deepFreeze(DIMENSIONS.flatMap((d) => d.items));

export function dimensionById(id: string): Dimension | undefined {
	return DIMENSIONS.find((d) => d.id === id);
}
