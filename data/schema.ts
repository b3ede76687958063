/**
 * The dataset's schema: the contract between the data in `data/`, the matcher (`lib/matcher`), the
 * hover card and the popup. Validated in the tests and at build time; a malformed entry fails both
 * with a message naming the entity (or claim) and the field.
 */
import * as v from 'valibot';

/** `2025-12-13`, or `2025-12` / `2025` when only that much is known. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const SourceUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//, 'must be an http(s) URL'),
);

export const Sources = v.pipe(v.array(SourceUrl), v.minLength(1, 'needs at least one source'));

export const EntityId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)'),
);

export const EntityType = v.picklist(['person', 'place', 'organization', 'media', 'event']);
export type EntityType = v.InferOutput<typeof EntityType>;
export const ENTITY_TYPES: readonly EntityType[] = EntityType.options;

/**
 * Why a spelling is an alias; the card says it ("matched 'Ash-Sharara', the article's spelling of
 * al-Sharaa").
 *
 * - `name`: the canonical name or an equally common full form
 * - `article`: the article's own spelling, where it differs from usual usage
 * - `variant`: a spelling or transliteration variant English news uses
 * - `short`: a short form (surname alone, "Tanf")
 * - `title`: a form with a title ("President Putin")
 * - `abbreviation`: "U.S.", "ISIS", "MFA"
 * - `former`: a former name or nom de guerre ("Abu Mohammad al-Julani")
 * - `native`: the name in its own script (Arabic, Russian, Ukrainian)
 * - `demonym`: "Syrian", "Russian": matched only when the user turns demonyms on
 */
export const AliasKind = v.picklist([
  'name',
  'article',
  'variant',
  'short',
  'title',
  'abbreviation',
  'former',
  'native',
  'demonym',
]);
export type AliasKind = v.InferOutput<typeof AliasKind>;

/**
 * Context rules for an alias that is ambiguous on its own ("Assad", "Palmyra", "Moscow", "Foreign
 * Ministry", "Sharaa"). The matcher applies them in this order:
 *
 * 1. `notThis`: longer phrases containing the alias that name something else ("Asma al-Assad",
 *    "Palmyra, New York", "Moscow, Idaho", "Palmyra Atoll"). They are matched like aliases and,
 *    being longer, win over the alias, so nothing inside them is highlighted. Spaces in a phrase
 *    match any run of whitespace. A case-sensitive alias's phrases are matched with their capitals
 *    too ("FOLLOW US" is vetoed, "follow US sanctions" is not).
 * 2. `notOnPageWith`: when `true`, a page that contains one of the `notThis` phrases does not get this
 *    alias highlighted anywhere (a page about Moscow, Idaho says "Moscow" alone further down too);
 *    when a list, only those of the `notThis` phrases do ("The Moscow Times" is not the city, but a
 *    page that cites it may well say "Moscow" meaning the city).
 * 3. `requireNear`: the alias stands only when one of these entities is mentioned (by an unambiguous
 *    alias) within `window` characters before or after it. When an alias belongs to several
 *    entities, the one whose evidence is nearest wins.
 * 4. `requireOnPage`: the alias stands only when one of these entities is mentioned (by an unambiguous
 *    alias) somewhere on the page.
 */
export const ContextRule = v.strictObject({
  notThis: v.optional(v.array(v.pipe(v.string(), v.minLength(2)))),
  notOnPageWith: v.optional(v.union([v.boolean(), v.pipe(v.array(v.string()), v.minLength(1))])),
  requireNear: v.optional(
    v.strictObject({
      entities: v.pipe(v.array(EntityId), v.minLength(1)),
      window: v.pipe(v.number(), v.integer(), v.minValue(20), v.maxValue(2000)),
    }),
  ),
  requireOnPage: v.optional(v.pipe(v.array(EntityId), v.minLength(1))),
});
export type ContextRule = v.InferOutput<typeof ContextRule>;

export const Alias = v.strictObject({
  /** The spelling as readers meet it (matching ignores case, diacritics, confusables). */
  text: v.pipe(v.string(), v.trim(), v.minLength(2)),
  kind: AliasKind,
  /** Why it is a spelling of this entity, when `kind` alone does not say ("from Russian аш-Шараа"). */
  note: v.optional(v.string()),
  /** BCP 47 language of a native-script alias (`ar`, `ru`, `uk`). */
  lang: v.optional(v.picklist(['ar', 'ru', 'uk', 'en', 'tr'])),
  /** Match only with this exact capitalisation ("US", not "us"). */
  caseSensitive: v.optional(v.boolean()),
  /** Marks an alias that is ambiguous on its own; it must carry context rules. */
  ambiguous: v.optional(v.boolean()),
  context: v.optional(ContextRule),
});
export type Alias = v.InferOutput<typeof Alias>;

export const NativeName = v.strictObject({
  lang: v.picklist(['ar', 'ru', 'uk']),
  text: v.pipe(v.string(), v.minLength(1)),
  /** Where the spelling was seen; omitted for standard spellings ("(std)" in facts.md). */
  source: v.optional(SourceUrl),
});
export type NativeName = v.InferOutput<typeof NativeName>;

export const Fact = v.strictObject({
  text: v.pipe(v.string(), v.minLength(10)),
  sources: Sources,
  /** For facts that can change: the date they were last known true. */
  asOf: v.optional(IsoDate),
});
export type Fact = v.InferOutput<typeof Fact>;

/**
 * Something that changed after the article (US forces leaving al-Tanf, Vershinin's new post): shown
 * as a dated update, never silently replacing what was true when the article was written.
 */
export const Update = v.strictObject({
  date: IsoDate,
  text: v.pipe(v.string(), v.minLength(10)),
  sources: Sources,
});
export type Update = v.InferOutput<typeof Update>;

export const Entity = v.strictObject({
  id: EntityId,
  /** Canonical name in English. */
  name: v.pipe(v.string(), v.minLength(2)),
  type: EntityType,
  /** A short neutral descriptor under the name ("country in Western Asia"); dated if it can change. */
  description: v.pipe(v.string(), v.minLength(3), v.maxLength(120)),
  aliases: v.pipe(v.array(Alias), v.minLength(1)),
  nativeNames: v.array(NativeName),
  /** 2–4 sentences, neutral, in our own words, true as of `asOf`. */
  note: v.strictObject({
    text: v.pipe(v.string(), v.minLength(40)),
    asOf: IsoDate,
  }),
  facts: v.pipe(
    v.array(Fact),
    v.minLength(3, 'needs 3–6 key facts'),
    v.maxLength(6, 'needs 3–6 key facts'),
  ),
  updates: v.optional(v.array(Update)),
  /** Ids of the claims that involve this entity (must match the claims' `entities`). */
  claims: v.array(v.string()),
});
export type Entity = v.InferOutput<typeof Entity>;

/**
 * How a claim compares with other reporting.
 *
 * - `consistent`: other reporting agrees
 * - `disagrees`: other reporting says otherwise (Palmyra: attacked, not attacking)
 * - `partly`: partly supported, partly not (a paraphrase that adds or drops something)
 * - `unsupported`: no other reporting found for it
 * - `outdated`: true when written, no longer true (a dated update says what changed)
 * - `context`: accurate, but missing context a reader needs
 */
export const CheckStatus = v.picklist([
  'consistent',
  'disagrees',
  'partly',
  'unsupported',
  'outdated',
  'context',
]);
export type CheckStatus = v.InferOutput<typeof CheckStatus>;

export const Claim = v.strictObject({
  /** `s01-a`: sentence number, then a letter per claim in that sentence. */
  id: v.pipe(v.string(), v.regex(/^s\d{2}-[a-z]$/, 'must look like s01-a')),
  /** 1-based index of the article sentence it comes from (data/article.ts). */
  sentence: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The claim in the article's own words: an exact substring of that sentence. */
  text: v.pipe(v.string(), v.minLength(3)),
  entities: v.pipe(v.array(EntityId), v.minLength(1, 'must reference at least one entity')),
  /** `reported`: a factual report; `framing`: interpretation or opinion. */
  kind: v.picklist(['reported', 'framing']),
  /** For `reported` claims: whom the article credits ("Syria TV"), or null when it names no one. */
  attribution: v.optional(v.nullable(v.string())),
  /** How other reporting compares; required where it disagrees or adds needed context. */
  check: v.optional(
    v.strictObject({
      status: CheckStatus,
      /** Neutral, in our own words. */
      note: v.pipe(v.string(), v.minLength(20)),
      sources: Sources,
    }),
  ),
});
export type Claim = v.InferOutput<typeof Claim>;

export const Dataset = v.strictObject({
  /** Bumped whenever the data changes; content scripts cache the matcher by it. */
  version: v.pipe(
    v.string(),
    v.regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, 'must look like 2026.11.25'),
  ),
  /** The newest date the facts were checked against (facts.md: about February 2026). */
  factsAsOf: IsoDate,
  entities: v.pipe(v.array(Entity), v.minLength(1)),
  claims: v.pipe(v.array(Claim), v.minLength(1)),
});
export type Dataset = v.InferOutput<typeof Dataset>;
