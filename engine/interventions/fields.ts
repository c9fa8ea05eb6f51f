/**
 * The fields every intervention has besides `kind` and `params` (`InterventionSpec` in engine/scenario.ts),
 * declared once. `scenarios/generateSchema.ts` writes them into the scenario JSON Schema; the
 * loader fills their defaults from there.
 */
import type { FieldDef } from './params.ts';
import { AGE_GROUPS, ZONES } from '../scenario.ts';

/** Where the shared fields come from: they describe the scenario, not the county. */
const DESIGN = 'scenario design';

/** Who an intervention reaches; omitted fields mean everyone. */
const target: FieldDef = {
  type: 'object',
  description: {
    en: 'Who the intervention reaches. Omitted fields mean everyone. Places are selected by township, place index and zone (urban and migrant zones select communities, rural selects villages); lever effects reach everyone in a selected place, while training-type effects reach residents who also match zones and ageGroups.',
    zh: '干预覆盖的对象，省略的字段表示全部。按乡镇、地点编号和区域选择地点（城镇与流动人口区域选社区，农村选村）；杠杆类效果作用于所选地点的所有人，培训类效果只作用于同时符合区域和年龄组的居民。',
  },
  fields: {
    zones: {
      type: 'array', items: { type: 'enum', values: [...ZONES] }, minItems: 1, uniqueItems: true, unit: 'list', source: DESIGN,
      description: { en: 'Zones reached.', zh: '覆盖的区域。' },
    },
    townships: {
      type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 1, uniqueItems: true, unit: 'list', source: DESIGN,
      description: { en: 'Township indices reached (0-based, < county.townships).', zh: '覆盖的乡镇编号（从 0 起，小于 county.townships）。' },
    },
    places: {
      type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 1, uniqueItems: true, unit: 'list', source: DESIGN,
      description: {
        en: 'Place indices reached (0-based, villages first then communities, < villages + communities).',
        zh: '覆盖的地点编号（从 0 起，先村后社区，小于村数加社区数）。',
      },
    },
    ageGroups: {
      type: 'array', items: { type: 'enum', values: [...AGE_GROUPS] }, minItems: 1, uniqueItems: true, unit: 'list', source: DESIGN,
      description: { en: 'Age groups reached.', zh: '覆盖的年龄组。' },
    },
  },
};

/** A stated programme cost, overriding the money computed from use. */
const cost: FieldDef = {
  type: 'object',
  description: {
    en: 'Stated programme cost, overriding the money computed from what the intervention uses (its items and their prices; see scenarios/README.md). Omit it to have the cost computed; staff-days are counted either way.',
    zh: '声明的项目成本，替代按实际使用量（各项消耗及其单价，见 scenarios/README.md）计算的金额。省略则自动计算；人日数在任何情况下都会统计。',
  },
  fields: {
    fixed: {
      type: 'number', default: 0, minimum: 0, unit: 'yuan', source: DESIGN,
      description: { en: 'One-off cost at start.', zh: '开始时的一次性成本。' },
    },
    perYear: {
      type: 'number', default: 0, minimum: 0, unit: 'yuan per year', source: DESIGN,
      description: { en: 'Running cost per year while active.', zh: '实施期间每年的运行成本。' },
    },
  },
};

/** A display name of the intervention. */
const label: FieldDef = {
  type: 'object',
  required: ['zh', 'en'],
  description: { en: 'Display name of the intervention in Chinese and English.', zh: '干预的中英文显示名称。' },
  fields: {
    zh: { type: 'string', minLength: 1, unit: 'text', source: 'user-defined', description: { en: 'Chinese name of the intervention.', zh: '干预的中文名称。' } },
    en: { type: 'string', minLength: 1, unit: 'text', source: 'user-defined', description: { en: 'English name of the intervention.', zh: '干预的英文名称。' } },
  },
};

/**
 * The shared fields in the order the schema lists them; `kind` goes first and `params` after
 * `target`, both written by the generator from the registry.
 */
export const INTERVENTION_FIELDS = {
  start: {
    type: 'number', default: 0, minimum: 0, unit: 'years', source: DESIGN,
    description: { en: 'Start, in years from the beginning of the run.', zh: '开始时间，自模拟开始起的年数。' },
  },
  end: {
    type: 'number', exclusiveMinimum: 0, unit: 'years', source: DESIGN,
    description: {
      en: 'End, in years from the beginning of the run; omit to run until the horizon. Must be after start and at most years.',
      zh: '结束时间，自模拟开始起的年数；省略则持续到模拟结束。须晚于开始时间且不超过 years。',
    },
  },
  target,
  cost,
  label,
} as const satisfies Readonly<Record<string, FieldDef>>;
