/**
 * People, posts, wards and ratings in the constructions copy writes them in (issue 13, phrasing4): a surname alone
 * with a post, a post said with a verb, a ward with the kind of seat after it, "now" after a dated sentence.
 * Each wrong claim is flagged whichever construction carries it; each right one is left alone.
 */
import * as assert from 'assert';
import { findDataDir, loadDataset, loadDatasets } from '../../src/core/data/loader';
import { createEngine } from '../../src/core/engine';
import { ARTICLE3_DIR } from './article3-data';

describe('names, posts and wards across phrasings', () => {
  const engine = createEngine(loadDataset(findDataDir()));
  const kinds = (text: string, asOf: string) =>
    engine.check(text, { asOf }).findings.filter((f) => f.severity !== 'hint').map((f) => f.kind);

  it('a common surname alone with a definite post after it is the sourced person', () => {
    assert.deepStrictEqual(kinds("Hart is cabinet member for children's services.", '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('The debate was heated. Hart is the opposition leader, the paper said.', '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('Hart is the leader of the council.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Brazil is the opposition leader on the council.', '2022-12-16'), []);
    // "a director of …" introduces somebody else; a surname with no post is nobody in particular
    assert.deepStrictEqual(kinds('Hart is a director of a housing charity in Exeter.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Hart is the name of a river in Hampshire.', '2022-12-16'), []);
  });

  it('a post said with a verb straight after the name ("chairs the …", "leads the …")', () => {
    assert.deepStrictEqual(kinds('Leadbetter chairs the SEND task group.', '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('Su Aves leads the Labour group on the council.', '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('Su Aves chairs the SEND task group.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Carol Whitton leads the Labour group.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Hart led the debate for the cabinet.', '2022-12-16'), []);
  });

  it('"now" after a dated sentence is the draft\'s own day, unless the whole story is told as a present-tense scene', () => {
    assert.deepStrictEqual(kinds("In December 2022 the opposition said the council had failed. Now Cllr Richard Jefferies holds the children's services brief.", '2025-10-20'), []);
    assert.deepStrictEqual(kinds("In December 2022 the opposition said the council had failed. Cllr Richard Jefferies held the children's services brief.", '2025-10-20'), ['role']);
  });

  it('a ward written with "division", "ward" or "the" is that ward', () => {
    assert.deepStrictEqual(kinds("Su Aves, the Labour member for St Sidwell's & St James division, led the group.", '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Julian Brazil, councillor for the Kingsbridge electoral division, spoke.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Su Aves, the Labour member for Kingsbridge division, led the group.', '2022-12-16'), ['ward']);
  });

  it('a post between dashes after a name, with an initial for the given name', () => {
    assert.deepStrictEqual(kinds('S. Aves – the opposition leader – presented the report.', '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('Su Aves - the opposition leader - presented the report.', '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('Julian Brazil – the opposition leader – presented the report.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('J. Brazil — the opposition leader — presented the report.', '2022-12-16'), []);
  });

  it('a party before a cabinet member\'s whole post and the name', () => {
    assert.deepStrictEqual(kinds("The council's Labour cabinet member for children's services, Richard Jefferies, spoke.", '2025-12-15'), ['party']);
    assert.deepStrictEqual(kinds("The Lib Dem cabinet member for children's services, Richard Jefferies, spoke.", '2025-12-15'), []);
    assert.deepStrictEqual(kinds("The Conservative cabinet member for children's services, Andrew Leadbetter, spoke.", '2022-12-15'), []);
  });

  it('a headline\'s speaker given by a post before a colon, its words in the headline\'s own (issue 13 bug a)', () => {
    // the council leader's own words, shortened: not another person's misquoted
    assert.deepStrictEqual(kinds("TORY LEADER: 'WE TAKE THIS VERY SERIOUSLY'", '2022-12-17'), []);
    assert.deepStrictEqual(kinds("Council leader: 'We are taking this very seriously'", '2022-12-17'), []);
    // a word of the post-holder's own quotation changed is still a misquote
    assert.deepStrictEqual(kinds("TASK GROUP CHAIR: 'WHAT WE FOUND WAS APPALLING'", '2022-12-17'), ['quote']);
    // a post whose holder said nothing like it: the words are someone else's, misquoted
    assert.deepStrictEqual(kinds("OPPOSITION LEADER: 'WE TAKE THIS VERY SERIOUSLY'", '2022-12-17'), ['quote']);
  });

  it('a joint inspection is another occurrence than an inspection one body carried out (issue 13 bug b)', () => {
    // the third article's Ofsted inspection of 2024 is Ofsted's alone
    const withArticle = createEngine(loadDatasets([findDataDir(), ARTICLE3_DIR]));
    const found = (text: string) => withArticle.check(text, { asOf: '2025-06-20' }).findings.filter((f) => f.severity !== 'hint').map((f) => f.kind);
    assert.deepStrictEqual(found('The joint inspection by Ofsted and the Care Quality Commission found significant areas of weakness.'), []);
    assert.deepStrictEqual(found('Ofsted and the CQC carried out a joint inspection of SEND provision, which found gaps in support.'), []);
    assert.deepStrictEqual(found('The area was inspected jointly by Ofsted and the CQC, who found long waits for assessments.'), []);
    // the same bodies said to have carried out the single body's inspection are still compared
    assert.deepStrictEqual(found('An inspection by Ofsted and the CQC in autumn 2024 rated the service inadequate again.'), ['organisation']);
  });

  it('a headline with no tense word tells the news in the present ("Tory-run Devon told to improve")', () => {
    assert.deepStrictEqual(kinds("Tory-run Devon told to improve or lose children's services", '2025-12-03'), ['outdated']);
    assert.deepStrictEqual(kinds("Lib Dem-run Devon told to improve or lose children's services", '2025-12-03'), []);
    // a sentence of the body with no tense word is not read as the present
    assert.deepStrictEqual(kinds('Tory-run Devon told to improve.', '2025-12-03'), []);
  });

  it('a party group\'s leader before the name, with or without a possessive (issue 13 bug d)', () => {
    assert.deepStrictEqual(kinds("Labour's group leader Su Aves spoke.", '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds("The Labour group's leader, Su Aves, spoke.", '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('The Lib Dem group leader, Su Aves, spoke.', '2022-12-16'), ['party']);
    assert.deepStrictEqual(kinds("The Lib Dem group's leader Carol Whitton spoke.", '2022-12-16'), ['party']);
    assert.deepStrictEqual(kinds("Labour's group leader Carol Whitton spoke.", '2022-12-16'), []);
    assert.deepStrictEqual(kinds("The Labour group's leader, Carol Whitton, spoke.", '2022-12-16'), []);
    assert.deepStrictEqual(kinds('The Lib Dem group leader, Julian Brazil, spoke.', '2022-12-16'), []);
  });

  it('a dash between party and ward in the brackets parts them as a comma does', () => {
    assert.deepStrictEqual(kinds('Cllr Andrew Leadbetter (Con – Wearside & Topsham) spoke.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Cllr Julian Brazil (LD - Kingsbridge) spoke.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Cllr Andrew Leadbetter (Lab – Wearside & Topsham) spoke.', '2022-12-16'), ['party']);
    assert.deepStrictEqual(kinds('Cllr Julian Brazil (LD - Exmouth) spoke.', '2022-12-16'), ['ward']);
  });

  it('"the paper\'s …" before a post, and a post that ends where "and" starts another verb', () => {
    assert.deepStrictEqual(kinds("Andrew Kay, the paper's political editor, wrote the story.", '2025-12-10'), ['role']);
    assert.deepStrictEqual(kinds("Andrew Kay is the paper's political editor and wrote the story.", '2025-12-10'), ['role']);
    assert.deepStrictEqual(kinds("Kay is the paper's political editor.", '2025-12-10'), ['role']);
    assert.deepStrictEqual(kinds("Andrew Kay, the paper's chief reporter, wrote the story.", '2025-12-10'), []);
    assert.deepStrictEqual(kinds("Richard Jefferies, the authority's cabinet member for children and families, spoke.", '2025-12-10'), []);
  });

  it('a name alone in brackets after a post holds that post ("The council leader (Cllr X)")', () => {
    assert.deepStrictEqual(kinds('The chair of the task group (Cllr Carol Whitton) said the findings were shocking.', '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('The council leader (Cllr Julian Brazil) spoke.', '2022-12-16'), ['role']);
    assert.deepStrictEqual(kinds('The chair of the task group (Cllr Su Aves) said the findings were shocking.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Cabinet members (including Andrew Leadbetter) spoke.', '2022-12-16'), []);
  });

  it('a party\'s group or administration after a possessive name is that person\'s party', () => {
    assert.deepStrictEqual(kinds("Brazil's Labour group called for a government takeover.", '2022-12-16'), ['party']);
    assert.deepStrictEqual(kinds("Hart's Lib Dem administration put more money in.", '2022-12-16'), ['party']);
    assert.deepStrictEqual(kinds("Hart's Conservative administration put more money in.", '2022-12-16'), []);
    assert.deepStrictEqual(kinds("Carol Whitton's Labour group called for a takeover.", '2022-12-16'), []);
    assert.deepStrictEqual(kinds("Leadbetter's children's services team is stretched.", '2022-12-16'), []);
  });

  it('another council post told in the past with no date may have come before the sourced one', () => {
    assert.deepStrictEqual(kinds('John Hart was cabinet member for highways before becoming leader.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Hart was cabinet member for highways.', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('John Hart is cabinet member for highways.', '2022-12-16'), ['role']);
  });

  it('"who sits for X" gives a councillor\'s ward, as "who represents X" does', () => {
    assert.deepStrictEqual(kinds('Carol Whitton, who sits for Alphington, spoke.', '2022-12-16'), ['ward']);
    assert.deepStrictEqual(kinds("Carol Whitton, who sits for St David's & Haven Banks, spoke.", '2022-12-16'), []);
    assert.deepStrictEqual(kinds('Julian Brazil, who sits for the Lib Dems on the cabinet, spoke.', '2022-12-16'), []);
  });

  it('the possessive of the body a post is held in is not its portfolio ("the DfE\'s minister"); another body\'s is', () => {
    assert.deepStrictEqual(kinds("A letter from the DfE's minister, Josh MacAlister, warned the council.", '2025-12-10'), []);
    assert.deepStrictEqual(kinds("The DfE's schools minister, Josh MacAlister, wrote.", '2025-12-10'), ['role']);
    assert.deepStrictEqual(kinds("Somerset's former director Julian Wooster joined Devon in 2022.", '2025-12-10'), []);
  });

  it('a post at another body the person held a post in is that body\'s ("Somerset\'s former director")', () => {
    assert.deepStrictEqual(kinds("Somerset's former director Julian Wooster joined Devon.", '2022-12-16'), []);
    assert.deepStrictEqual(kinds("Cornwall's former director Julian Wooster joined Devon.", '2022-12-16'), ['organisation', 'role']);
  });

  it('in a line of capitals only a near miss of the given name is a wrong given name', () => {
    assert.deepStrictEqual(kinds('SOMERSET UNDER WOOSTER: RATED GOOD IN JULY', '2022-12-16'), []);
    assert.deepStrictEqual(kinds('JULIEN WOOSTER WAS PUT IN INTERIM CHARGE', '2022-12-16'), ['name']);
    assert.deepStrictEqual(kinds('Jane Wooster was put in interim charge.', '2022-12-16'), ['name']);
  });

  it('a post in brackets after a name ("Andrew Kay (political editor)")', () => {
    assert.deepStrictEqual(kinds('Q from Andrew Kay (political editor): which children are most at risk?', '2025-12-08'), ['role']);
    assert.deepStrictEqual(kinds("Cllr Richard Jefferies (the council's new cabinet member for education, in post since May) spoke.", '2025-12-08'), ['role']);
    assert.deepStrictEqual(kinds("Cllr Richard Jefferies (the council's new cabinet member for children's services, in post since May) spoke.", '2025-12-08'), []);
    assert.deepStrictEqual(kinds('Andrew Kay (chief reporter) asked.', '2025-12-08'), []);
    assert.deepStrictEqual(kinds('John Hart (Conservative, Bickleigh & Wembury) spoke.', '2022-12-16'), []);
  });
});
