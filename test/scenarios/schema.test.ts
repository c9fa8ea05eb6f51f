import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS, paramsSchema, scenarioSchema, type SchemaNode } from '../../scenarios/schema.ts';
import { DEFAULTS } from './fixtures/defaults.ts';

/** Every schema node under `properties`, with its JSON-pointer-like location. */
function propertyNodes(node: SchemaNode, at = ''): { at: string; key: string; node: SchemaNode }[] {
  const found: { at: string; key: string; node: SchemaNode }[] = [];
  const visit = (n: unknown, path: string): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x, i) => visit(x, `${path}/${i}`));
    for (const [k, v] of Object.entries(n)) {
      if (k === 'properties' && v && typeof v === 'object') {
        for (const [key, child] of Object.entries(v as Record<string, SchemaNode>)) {
          found.push({ at: `${path}/properties/${key}`, key, node: child });
        }
      }
      if (k !== 'default' && k !== 'enum') visit(v, `${path}/${k}`);
    }
  };
  visit(node, at);
  return found;
}

/** Every object-typed schema node. */
function objectNodes(node: unknown, path = ''): { path: string; node: SchemaNode }[] {
  if (node === null || typeof node !== 'object') return [];
  const own = !Array.isArray(node) && (node as SchemaNode).type === 'object' && (node as SchemaNode).properties ? [{ path, node: node as SchemaNode }] : [];
  return own.concat(Object.entries(node).filter(([k]) => k !== 'default').flatMap(([k, v]) => objectNodes(v, `${path}/${k}`)));
}

/** Properties that are optional without a default, by design. */
const NO_DEFAULT = /^\/properties\/(name|\$schema|description|labels(\/properties\/(zh|en))?)$|\/intervention\/properties\/(kind|end|target|label)$|\/properties\/(zones|townships|places|ageGroups|zh|en)$|\/metric\/properties\/(name|expression|label)$|\/budget\/properties\/perYear$|\/intervention\/properties\/cost$/;

describe('scenario.schema.json', () => {
  it('is a draft 2020-12 schema with an $id that ajv compiles in strict mode', () => {
    expect(scenarioSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(scenarioSchema.$id).toBe('https://ronghe.dev/schema/scenario.schema.json');
    const ajv = new Ajv2020Module.default({ strict: true, strictTypes: true, allowUnionTypes: false });
    ajv.addKeyword({ keyword: 'x-unit', schemaType: 'string' });
    ajv.addKeyword({ keyword: 'x-source', schemaType: 'string' });
    expect(() => ajv.compile(scenarioSchema)).not.toThrow();
  });

  it('closes every object with additionalProperties: false', () => {
    const nodes = objectNodes(scenarioSchema);
    expect(nodes.length).toBeGreaterThan(50);
    for (const { path, node } of nodes) {
      if (!path.endsWith('/if')) expect(node.additionalProperties, path).toBe(false);
    }
  });

  it('documents every property with description, x-unit and x-source', () => {
    for (const { at, node } of propertyNodes(scenarioSchema)) {
      if (node.const !== undefined) continue; // inside `if` conditions
      expect(typeof node.description === 'string' && node.description.length > 5, `${at} description`).toBe(true);
      if (node.type === 'object') continue; // groups: described; their leaves carry unit and source
      expect(typeof node['x-unit'] === 'string' && node['x-unit'].length > 0, `${at} x-unit`).toBe(true);
      expect(typeof node['x-source'] === 'string' && node['x-source'].length > 0, `${at} x-source`).toBe(true);
    }
  });

  it('gives a default to every optional property (objects: {})', () => {
    for (const { at, node } of propertyNodes(scenarioSchema)) {
      if (node.const !== undefined || NO_DEFAULT.test(at)) continue;
      expect(node.default, `${at} default`).toBeDefined();
      if (node.type === 'object') expect(node.default, at).toEqual({});
    }
  });

  it('keeps every default inside its own range', () => {
    for (const { at, node } of propertyNodes(scenarioSchema)) {
      const d = node.default;
      if (typeof d !== 'number') continue;
      if (node.minimum !== undefined) expect(d, at).toBeGreaterThanOrEqual(node.minimum);
      if (node.maximum !== undefined) expect(d, at).toBeLessThanOrEqual(node.maximum);
      if (node.exclusiveMinimum !== undefined) expect(d, at).toBeGreaterThan(node.exclusiveMinimum);
      if (node.type === 'integer') expect(Number.isInteger(d), at).toBe(true);
    }
  });

  it('marks modelling assumptions honestly and cites the reference figures', () => {
    const sources = propertyNodes(scenarioSchema).map(({ node }) => node['x-source']).filter((s): s is string => typeof s === 'string');
    const text = sources.join('\n');
    for (const cited of ['CNNIC 47th', 'CNNIC 49th', 'CNNIC 53rd', 'CASS informatization centre 2021', '7th census 2020', 'NBS 2024', 'MCA 2022',
      '3rd agricultural census', 'provincial grid standards', 'Ministry of Civil Affairs guidance', 'shared/seeds/004_32c1ffca1322b8d2.txt']) {
      expect(text, cited).toContain(cited);
    }
    expect(sources.filter((s) => s.includes('assumption; calibrate')).length).toBeGreaterThan(100);
  });

  it('top-level properties are exactly the Scenario fields plus $schema and description', () => {
    const keys = Object.keys(scenarioSchema.properties!).filter((k) => k !== '$schema' && k !== 'description');
    expect(keys.sort()).toEqual(Object.keys(DEFAULTS).sort());
  });

  it('lists the 13 intervention kinds with their params', () => {
    const expected: Record<string, string[]> = {
      cadreExchange: ['sharePerYear', 'yuanPerExchangedCadreYear', 'handoverDays', 'learningMonths', 'newcomerProductivity'],
      partnerMechanism: ['partnersPerGrid', 'detectionPerPartner', 'capacityPerPartner', 'firmWillingnessBoost', 'yuanPerPartnerYear'],
      digitalRollout: ['coverage', 'trainingReachPerYear', 'trainingSkillGain', 'elderlyFriendly', 'thresholdReduction', 'sharedPlatform', 'offlineShift', 'walkInLoss', 'yuanPerHouseholdConnected', 'yuanPerPlatformTownshipYear', 'yuanPerTrainee', 'yuanPerRedesignedTownship'],
      gridManagement: ['workersPerGrid', 'visitsPerWorkerPerDay', 'reportingShare'],
      whistleCoordination: ['whistlesPerTownshipPerMonth', 'eligibleAfterDays', 'dailyDepartments', 'dailyStaffDays', 'toughDepartments', 'toughStaffDays', 'emergencyDepartments', 'emergencyStaffDays', 'townshipStaffDays'],
      dataSharing: ['level', 'yuanPerTownshipSetup', 'yuanPerTownshipYear'],
      fengqiaoMediation: ['mediatorsPerPlace', 'mediationAcceptance', 'mediationSuccess', 'escalationReduction'],
      collectiveEconomy: ['investmentPerVillage', 'returnBoost', 'guidanceDaysPerVillage'],
      jointCreation: ['organisationsPerPlace', 'mobilisationBoost', 'efficacyGainPerYear', 'yuanPerOrganisationYear'],
      participationTraining: ['reachPerYear', 'efficacyGain', 'skillGain', 'yuanPerTrainee'],
      socialMobilisation: ['organisationCapacityFactor', 'contractedShare', 'firmWillingnessBoost', 'yuanPerContractedCase', 'yuanPerFirmYear'],
      branchStrengthening: ['targetStrength', 'competenceGain', 'staffDaysPerTenth'],
      evaluationReform: ['speedWeight', 'innovationRate', 'yuanPerInnovation'],
    };
    expect([...INTERVENTION_KINDS]).toEqual(Object.keys(expected));
    for (const kind of INTERVENTION_KINDS) {
      const params = paramsSchema(kind)!;
      expect(Object.keys(params.properties!), kind).toEqual(expected[kind]);
      expect(params.additionalProperties, kind).toBe(false);
      for (const [name, p] of Object.entries(params.properties!)) {
        expect(p.default, `${kind}.${name}`).toBeDefined();
        if (p.type === 'number') expect([p.minimum, p.maximum].every((b) => typeof b === 'number'), `${kind}.${name} range`).toBe(true);
      }
    }
    expect(paramsSchema('nope')).toBeUndefined();
  });
});
