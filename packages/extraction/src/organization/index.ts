import type { OrganizationEntity } from '@untk/core';
import type { ExtractContext } from '../context.js';
import { analyzeBodies } from './analyze.js';
import { straightApostrophes } from './mention.js';

/**
 * Mentions of bodies (organisations, UN organs, missions, groups), each with its canonical full name. A name is
 * counted with straight apostrophes, as the gazetteers write them: a Word document types `’` (`United Nations
 * Children’s Fund` is `United Nations Children's Fund`).
 */
export function findOrganizations(ctx: ExtractContext): OrganizationEntity[] {
  return analyzeBodies(ctx).orgs.map((o) =>
    ctx.entity<OrganizationEntity>(o.start, o.end, { kind: 'organization', name: straightApostrophes(o.name) }),
  );
}

export { analyzeBodies } from './analyze.js';
export { allGazetteers, gazetteerFor, parseGazetteer, GazetteerRowSchema, type Gazetteer } from './gazetteer.js';
