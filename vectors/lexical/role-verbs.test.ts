import { describe, expect, it } from 'vitest';
import { roleOf, statesRole } from './role-verbs';

const states = (verb: string, text: string) => {
  const role = roleOf(verb);
  if (!role) throw new Error(`${verb} names no role`);
  return statesRole(role, text);
};

describe('role verbs', () => {
  it('knows the verbs that name a role, in their forms, and no others', () => {
    for (const verb of ['chairs', 'co-chaired', 'heads', 'led', 'funding', 'paid', 'hosts', 'edited', 'won', 'manages', 'runs']) expect(roleOf(verb)).not.toBeNull();
    for (const verb of ['discussed', 'attended', 'launch', 'organized', 'held', 'chairman']) expect(roleOf(verb)).toBeNull();
  });

  it('finds the role stated in the words reports use for it', () => {
    expect(states('chairs', 'The Board is chaired by the Director General.')).toBe(true);
    expect(states('chairs', 'Its Chairperson reported to the Council.')).toBe(true);
    expect(states('paying', 'thanks to the generous contribution of the Government of Switzerland')).toBe(true);
    expect(states('funded', 'a project financed by the European Commission')).toBe(true);
    expect(states('edited', 'Migration and Development: Perspectives from the South (S. Castles and R. Delgado Wise, eds), IOM, Geneva, 2008.')).toBe(true);
    expect(states('hosts', 'IOM hosts the GFMD Support Unit.')).toBe(true);
  });

  it('does not take a sentence that only names the thing and an organisation for the role', () => {
    expect(states('chairs', 'The Director General of IOM has recently created a Business Advisory Board (BAB), comprised of chief executives.')).toBe(false);
    expect(states('funded', 'IOM trained health-care workers in the 2007–2008 Finca Sana project in Costa Rica.')).toBe(false);
    // "funds" is a word of its own ("a lack of funds for interpretation"): it is no funder.
    expect(states('funds', 'Similar training was only available in English due to a lack of funds for interpretation.')).toBe(false);
    expect(states('won', 'IOM and UNAOC are partners in the annual Plural+ Youth Video Festival.')).toBe(false);
    // Word boundaries: the Organization organises nothing, editions are no editing, migration management no managing.
    expect(states('hosts', 'the International Organization for Migration')).toBe(false);
    expect(states('edited', 'numerous editions of the report')).toBe(false);
    expect(states('runs', 'migration management and operational support')).toBe(false);
    expect(states('funds', 'MPRP has contributed to enhancing co-operation with UNHCR')).toBe(false);
    expect(states('heads', 'women as heads of households')).toBe(false);
    // Running is stated by chairing or leading too, funding by support.
    expect(states('running', 'IOM and UNHCR co-chair the Diversity Initiative')).toBe(true);
    expect(states('funded', 'a project supported by the European Commission')).toBe(true);
    // The forms reports state a role in, which the word boundaries must not lose.
    expect(states('heads', 'Ms Smith heads the Migration Policy Division.')).toBe(true);
    expect(states('funded', 'The Government of Japan contributed USD 500,000 to the project.')).toBe(true);
    expect(states('funded', 'with financial support from the European Commission')).toBe(true);
    expect(states('won', 'The film received the Plural+ award.')).toBe(true);
    expect(states('chairs', 'the Presidents of the two committees')).toBe(true);
    expect(states('runs', 'a research and capacity-building project implemented by IOM')).toBe(true);
    // A directory is no director.
    expect(states('heads', 'Details of these studies can be found in a new IOM Research Directory.')).toBe(false);
    expect(states('heads', 'The Division reports to the Director General.')).toBe(true);
  });
});
