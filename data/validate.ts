/**
 * Validates the dataset: the valibot schema (`data/schema.ts`) and the cross-checks a schema cannot
 * express (ids that must exist, claims that must quote their sentence, aliases two entities must
 * not share without context rules). Run by the unit tests and, through `wxt.config.ts`, before
 * every build, so a malformed entry stops the build with a message naming the entity (or claim) and
 * the field.
 */
import * as v from 'valibot';
import { ARTICLE_SENTENCES, type ArticleSentence } from './article';
import { foldAlias } from './fold-alias';
import { Dataset, type Alias, type Claim, type Entity } from './schema';

export { foldAlias } from './fold-alias';

export type DatasetValidation =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Checks `raw` against the schema and, when its shape is right, against the cross-checks. Every
 * error names what it is about and where: `entity "palmyra" aliases[3].context.requireOnPage[0]:
 * unknown entity id "syrai"`. The cross-checks need a well-formed dataset, so they run only once
 * the schema passes.
 *
 * @param sentences The article the claims quote (defaults to `data/article.ts`).
 */
export function validateDataset(
  raw: unknown,
  sentences: readonly ArticleSentence[] = ARTICLE_SENTENCES,
): DatasetValidation {
  const parsed = v.safeParse(Dataset, raw);
  if (!parsed.success) return { ok: false, errors: parsed.issues.map((i) => schemaError(raw, i)) };
  const errors = crossCheck(parsed.output, sentences);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: parsed.output };
}

/**
 * Like `validateDataset`, but throws one Error listing every problem. Called before each build.
 *
 * @returns The validated dataset.
 */
export function assertValidDataset(
  raw: unknown,
  sentences: readonly ArticleSentence[] = ARTICLE_SENTENCES,
): Dataset {
  const result = validateDataset(raw, sentences);
  if (result.ok) return result.dataset;
  const count = result.errors.length;
  throw new Error(
    `The dataset in data/ is invalid (${count} ${count === 1 ? 'error' : 'errors'}):\n` +
      result.errors.map((e) => `  - ${e}`).join('\n'),
  );
}

// ---------------------------------------------------------------------------------------------
// Schema errors

type Issue = v.InferIssue<typeof Dataset>;

/** `entity "palmyra" aliases[3].text: …`, `claim "s01-a" text: …` or `dataset version: …`. */
function schemaError(raw: unknown, issue: Issue): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  const [top, index, ...rest] = keys;
  if ((top === 'entities' || top === 'claims') && typeof index === 'number') {
    const item = itemAt(raw, top, index);
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
    const who =
      top === 'entities'
        ? id === undefined
          ? `entity at entities[${index}]`
          : `entity "${id}"`
        : id === undefined
          ? `claim at claims[${index}]`
          : `claim "${id}"`;
    return `${who} ${rest.length > 0 ? formatPath(rest) : '(the whole entry)'}: ${issue.message}`;
  }
  return `dataset ${keys.length > 0 ? formatPath(keys) : '(the whole value)'}: ${issue.message}`;
}

function itemAt(raw: unknown, list: string, index: number): unknown {
  if (!isRecord(raw)) return undefined;
  const items = raw[list];
  return Array.isArray(items) ? (items as unknown[])[index] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
// Cross-checks

function crossCheck(dataset: Dataset, sentences: readonly ArticleSentence[]): string[] {
  const errors: string[] = [];
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const claimIds = new Set(dataset.claims.map((c) => c.id));

  checkUnique(
    dataset.entities.map((e) => e.id),
    (id, first) => `entity "${id}" id: duplicate entity id (first at entities[${first}])`,
    errors,
  );
  checkUnique(
    dataset.claims.map((c) => c.id),
    (id, first) => `claim "${id}" id: duplicate claim id (first at claims[${first}])`,
    errors,
  );

  for (const claim of dataset.claims) checkClaim(claim, entityIds, sentences, errors);
  checkCoverage(dataset.claims, sentences, errors);

  // Which claims reference each entity: entity.claims must list exactly these.
  const claimsOf = new Map<string, Set<string>>();
  for (const claim of dataset.claims) {
    for (const id of claim.entities) {
      const set = claimsOf.get(id) ?? new Set<string>();
      set.add(claim.id);
      claimsOf.set(id, set);
    }
  }

  for (const entity of dataset.entities) {
    checkEntityClaims(entity, claimIds, claimsOf.get(entity.id) ?? new Set(), errors);
    checkAliases(entity, entityIds, errors);
    checkNativeNames(entity, errors);
  }
  checkSharedAliases(dataset.entities, errors);
  return errors;
}

function checkUnique(
  ids: readonly string[],
  message: (id: string, first: number) => string,
  errors: string[],
): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else errors.push(message(id, seen));
  });
}

function checkClaim(
  claim: Claim,
  entityIds: ReadonlySet<string>,
  sentences: readonly ArticleSentence[],
  errors: string[],
): void {
  const at = `claim "${claim.id}"`;
  const sentence = sentences.find((s) => s.index === claim.sentence);
  if (sentence === undefined) {
    errors.push(
      `${at} sentence: no article sentence ${claim.sentence} (the article has ${sentences.length})`,
    );
  } else if (!sentence.text.includes(claim.text)) {
    errors.push(
      `${at} text: "${claim.text}" is not an exact substring of sentence ${claim.sentence}`,
    );
  }
  const numbered = Number(claim.id.slice(1, 3));
  if (numbered !== claim.sentence) {
    errors.push(
      `${at} sentence: the id says sentence ${numbered} but the claim says ${claim.sentence}`,
    );
  }
  claim.entities.forEach((id, i) => {
    if (!entityIds.has(id)) errors.push(`${at} entities[${i}]: unknown entity id "${id}"`);
    if (claim.entities.indexOf(id) !== i) errors.push(`${at} entities[${i}]: "${id}" listed twice`);
  });
  if (claim.kind === 'reported' && claim.attribution === undefined) {
    errors.push(
      `${at} attribution: a reported claim needs an attribution (whom the article credits, or null when it names no one)`,
    );
  }
  if (claim.kind === 'framing' && claim.attribution !== undefined) {
    errors.push(`${at} attribution: a framing claim has no attribution`);
  }
}

function checkCoverage(
  claims: readonly Claim[],
  sentences: readonly ArticleSentence[],
  errors: string[],
): void {
  const covered = new Set(claims.map((c) => c.sentence));
  for (const sentence of sentences) {
    if (!covered.has(sentence.index)) {
      errors.push(`article sentence ${sentence.index}: not covered by any claim`);
    }
  }
}

function checkEntityClaims(
  entity: Entity,
  claimIds: ReadonlySet<string>,
  referencing: ReadonlySet<string>,
  errors: string[],
): void {
  const at = `entity "${entity.id}"`;
  entity.claims.forEach((id, i) => {
    if (!claimIds.has(id)) errors.push(`${at} claims[${i}]: unknown claim id "${id}"`);
    else if (!referencing.has(id)) {
      errors.push(`${at} claims[${i}]: claim "${id}" does not list this entity in its entities`);
    }
    if (entity.claims.indexOf(id) !== i) errors.push(`${at} claims[${i}]: "${id}" listed twice`);
  });
  const listed = new Set(entity.claims);
  for (const id of referencing) {
    if (!listed.has(id)) {
      errors.push(`${at} claims: missing "${id}" (that claim lists this entity in its entities)`);
    }
  }
}

/** Context rules that tell one entity's reading of a shared alias from another's. */
function decides(alias: Alias): boolean {
  return alias.context?.requireNear !== undefined || alias.context?.requireOnPage !== undefined;
}

function hasRules(alias: Alias): boolean {
  const context = alias.context;
  return (
    context !== undefined &&
    ((context.notThis?.length ?? 0) > 0 ||
      context.requireNear !== undefined ||
      context.requireOnPage !== undefined)
  );
}

function checkAliases(entity: Entity, entityIds: ReadonlySet<string>, errors: string[]): void {
  const seen = new Map<string, number>();
  entity.aliases.forEach((alias, i) => {
    const at = `entity "${entity.id}" aliases[${i}]`;
    // Duplicates: the same text up to case. Spellings that differ only by a look-alike letter
    // (the article's Cyrillic "Vеrshinin") are kept on purpose, so the card can name them.
    const key = alias.text.normalize('NFC').toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.push(`${at}.text: "${alias.text}" duplicates aliases[${first}]`);

    if (alias.kind === 'native' && alias.lang === undefined) {
      errors.push(`${at}.lang: a native-script alias needs its language`);
    }
    if (alias.ambiguous === true && !hasRules(alias)) {
      errors.push(
        `${at}.context: "${alias.text}" is marked ambiguous and needs context rules (notThis, requireNear or requireOnPage)`,
      );
    }
    const context = alias.context;
    if (context === undefined) return;
    if (alias.ambiguous !== true) {
      errors.push(`${at}.ambiguous: "${alias.text}" has context rules but is not marked ambiguous`);
    }
    if (context.notOnPageWith === true && (context.notThis?.length ?? 0) === 0) {
      errors.push(`${at}.context.notOnPageWith: needs notThis phrases to look for`);
    }
    if (Array.isArray(context.notOnPageWith)) {
      context.notOnPageWith.forEach((phrase, j) => {
        if (!(context.notThis ?? []).includes(phrase)) {
          errors.push(
            `${at}.context.notOnPageWith[${j}]: "${phrase}" is not one of the alias's notThis phrases`,
          );
        }
      });
    }
    const folded = foldAlias(alias.text);
    context.notThis?.forEach((phrase, j) => {
      const foldedPhrase = foldAlias(phrase);
      if (!foldedPhrase.includes(folded)) {
        errors.push(
          `${at}.context.notThis[${j}]: "${phrase}" does not contain the alias "${alias.text}"`,
        );
      } else if (alias.caseSensitive === true && !phrase.includes(alias.text)) {
        errors.push(
          `${at}.context.notThis[${j}]: "${phrase}" does not contain "${alias.text}" with its capitals, so it would never match`,
        );
      } else if (foldedPhrase === folded) {
        errors.push(
          `${at}.context.notThis[${j}]: "${phrase}" is the alias itself and would veto every match`,
        );
      }
    });
    context.requireNear?.entities.forEach((id, j) => {
      if (!entityIds.has(id)) {
        errors.push(`${at}.context.requireNear.entities[${j}]: unknown entity id "${id}"`);
      }
    });
    context.requireOnPage?.forEach((id, j) => {
      if (!entityIds.has(id)) {
        errors.push(`${at}.context.requireOnPage[${j}]: unknown entity id "${id}"`);
      }
    });
  });
}

/** Every native-script name is also an alias, so the matcher finds it on Arabic or Russian pages. */
function checkNativeNames(entity: Entity, errors: string[]): void {
  entity.nativeNames.forEach((name, i) => {
    const found = entity.aliases.some(
      (a) => a.kind === 'native' && a.lang === name.lang && a.text === name.text,
    );
    if (!found) {
      errors.push(
        `entity "${entity.id}" nativeNames[${i}]: "${name.text}" is not also an alias of kind "native" with lang "${name.lang}"`,
      );
    }
  });
}

interface AliasRef {
  readonly entity: string;
  readonly index: number;
  readonly alias: Alias;
}

/**
 * An alias that folds to the same key in two entities is allowed only when every one of them is
 * marked ambiguous with rules that can tell the entities apart (`requireNear` or `requireOnPage`).
 */
function checkSharedAliases(entities: readonly Entity[], errors: string[]): void {
  const byKey = new Map<string, AliasRef[]>();
  for (const entity of entities) {
    entity.aliases.forEach((alias, index) => {
      const key = foldAlias(alias.text);
      const refs = byKey.get(key) ?? [];
      refs.push({ entity: entity.id, index, alias });
      byKey.set(key, refs);
    });
  }
  for (const refs of byKey.values()) {
    const owners = new Set(refs.map((r) => r.entity));
    if (owners.size < 2) continue;
    for (const ref of refs) {
      if (ref.alias.ambiguous === true && decides(ref.alias)) continue;
      const others = refs
        .filter((r) => r.entity !== ref.entity)
        .map((r) => `"${r.entity}" aliases[${r.index}]`)
        .join(', ');
      errors.push(
        `entity "${ref.entity}" aliases[${ref.index}].text: "${ref.alias.text}" is also an alias of ${others}; an alias shared between entities must be marked ambiguous with requireNear or requireOnPage rules`,
      );
    }
  }
}
