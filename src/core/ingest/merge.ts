/**
 * The writer's sources merged with what is known: the reference lists (posts, bodies, parties) with or without the
 * bundled articles and their facts, then every source's facts as a folder of its own.
 */
import { Dataset, DataFiles, datasetOfFolders } from '../data/loader';
import { Organisation, PersonAttribute } from '../data/schema';
import { escapeRegExp, normPhrase } from '../text/words';
import { Ingested, filesOf, ingestSource } from './ingest';
import { SourceError } from './source';

/**
 * The reference lists alone: the posts, bodies and parties of a dataset, with no article, person or fact. What a
 * writer's sources are read against when the bundled articles are left out (`--no-bundled`): words for the posts and
 * bodies of the story, not evidence of anything.
 */
export function gazetteer(ds: Dataset): Dataset {
  const organisations: Organisation[] = ds.organisations.map(({ evidence: _e, ...o }) => o);
  const files: DataFiles = {
    'sources.json': { sources: [] },
    'people.json': { people: [], extend: [] },
    'roles.json': { roles: ds.roles },
    'organisations.json': { organisations, parties: ds.parties },
    'facts.json': { events: [], states: [], numbers: [] },
    'quotes.json': { quotes: [] },
  };
  return datasetOfFolders([{ name: '', files, readText: () => '' }]);
}

/** A writer's source file as read from disk or an editor. */
export interface SourceFile {
  file: string;
  text: string;
}

/** A value two sources give differently: neither is used to flag anything. */
export interface Disagreement {
  person: string;
  kind: 'party' | 'ward' | 'constituency';
  values: string[];
  sources: string[];
}

export interface MergedSources {
  dataset: Dataset;
  ingested: Ingested[];
  /** Files that could not be read as sources, each with one message naming it. */
  problems: SourceError[];
  disagreements: Disagreement[];
}

/**
 * The dataset with a writer's sources: `base` (the bundled dataset, or its `gazetteer` for --no-bundled) and then each
 * source as a folder of its own, each read against everything before it (a person an earlier source or the bundled
 * data names is the same person: what a later source says of them is added with `extend`). A file that cannot be a
 * source is left out with a message; the rest keep working. Where two sources give a person different parties, wards
 * or constituencies, neither value is kept (so neither is flagged) and the disagreement is listed.
 */
export function mergeSources(base: Dataset, sources: readonly SourceFile[], today?: string): MergedSources {
  const ingested: Ingested[] = [];
  const problems: SourceError[] = [];
  let current = base;
  const folders: { name: string; files: DataFiles; readText: (f: string) => string }[] = [
    { name: '', files: filesOf(base), readText: textReader(base) },
  ];
  for (const s of sources) {
    let ing: Ingested;
    try {
      ing = ingestSource(s.text, { file: s.file, reference: current, today });
    } catch (e) {
      if (e instanceof SourceError) {
        problems.push(e);
        continue;
      }
      problems.push(new SourceError(s.file, `could not be read (${(e as Error).message})`));
      continue;
    }
    const next = [...folders, { name: s.file, files: ing.files, readText: () => s.text }];
    try {
      current = datasetOfFolders(next);
    } catch (e) {
      problems.push(new SourceError(s.file, `its facts could not be added (${(e as Error).message})`));
      continue;
    }
    folders.push(next[next.length - 1]);
    ingested.push(ing);
  }
  const withOrgs = ingested.length ? organisationsNamed(current, folders) : current;
  const { dataset, disagreements } = withoutDisagreements(withOrgs);
  return { dataset, ingested, problems, disagreements };
}

function textReader(ds: Dataset): (file: string) => string {
  const byFile = new Map(ds.sources.map((s) => [s.file, s.text]));
  return (f) => byFile.get(f) ?? '';
}

const VALUE_OF: Record<Disagreement['kind'], (a: PersonAttribute) => string> = {
  party: (a) => (a.kind === 'party' ? a.party : ''),
  ward: (a) => (a.kind === 'ward' ? normPhrase(a.ward) : ''),
  constituency: (a) => (a.kind === 'constituency' ? normPhrase(a.place) : ''),
};

/** People whose sources give two parties (wards, constituencies) lose both: the sources disagree. */
function withoutDisagreements(ds: Dataset): { dataset: Dataset; disagreements: Disagreement[] } {
  const disagreements: Disagreement[] = [];
  let changed = false;
  const people = ds.people.map((p) => {
    let attrs = p.attributes;
    for (const kind of ['party', 'ward', 'constituency'] as const) {
      const of = attrs.filter((a) => a.kind === kind);
      const values = [...new Set(of.map(VALUE_OF[kind]))];
      if (values.length < 2) continue;
      disagreements.push({ person: p.id, kind, values, sources: [...new Set(of.map((a) => a.evidence.source))] });
      attrs = attrs.filter((a) => a.kind !== kind);
    }
    if (attrs === p.attributes) return p;
    changed = true;
    return { ...p, attributes: attrs };
  });
  if (!changed) return { dataset: ds, disagreements };
  const personById = new Map(people.map((p) => [p.id, p]));
  return { dataset: { ...ds, people, personById }, disagreements };
}

/**
 * The bodies the sources name: an organisation of the reference lists with no evidence (the lists hold none of their
 * own under --no-bundled) gets the first place a writer's source prints its name or one of its names, capitalised as
 * listed, so a draft's misnaming of it can cite the source. Bodies no source names stay as they are.
 */
function organisationsNamed(ds: Dataset, folders: { name: string; files: DataFiles; readText: (f: string) => string }[]): Dataset {
  const texts = ds.sources.filter((s) => folders.some((f) => f.name === s.file));
  if (!texts.length || ds.organisations.every((o) => o.evidence)) return ds;
  let changed = false;
  const organisations = ds.organisations.map((o) => {
    if (o.evidence || o.notInSources) return o;
    for (const name of [o.name, ...o.aliases].filter((n) => n.length >= 3 && /[A-Z]/.test(n))) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
      for (const s of texts) {
        const m = re.exec(s.text);
        if (!m) continue;
        changed = true;
        return { ...o, evidence: { source: s.id, text: m[0] } };
      }
    }
    return o;
  });
  if (!changed) return ds;
  return { ...ds, organisations, orgById: new Map(organisations.map((o) => [o.id, o])) };
}
