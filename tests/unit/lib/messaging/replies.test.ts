import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createMatcher, compileTable } from '../../../../lib/matcher';
import { DATASET } from '../../../../data';
import { articleText } from '../../../../data/article';
import { matchText, surveyText } from '../../../../lib/background/dataset-service';
import {
  MatchReplySchema,
  SurveyReplySchema,
  ToContentMessage,
  parseMatchReply,
  parseSurveyReply,
  parseToContent,
} from '../../../../lib/messaging/protocol';

/** Values close to each rule: offsets and almost-offsets, ids at and past 100 characters. */
const nearNumber = fc.oneof(
  fc.nat(),
  fc.constantFrom(-1, -0, 0.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2),
  fc.double(),
);
const nearString = fc.oneof(fc.string(), fc.string({ minLength: 99, maxLength: 102 }));
const nearValue = fc.oneof(nearNumber, nearString, fc.anything());
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: arb }, nearValue);

const match = fc.record(
  {
    start: maybe(fc.nat()),
    end: maybe(fc.nat()),
    surface: maybe(fc.string()),
    entity: maybe(nearString),
    alias: maybe(fc.nat()),
    needsPage: maybe(fc.oneof(fc.constant(undefined), fc.array(nearString, { maxLength: 3 }))),
  },
  { requiredKeys: ['start', 'end', 'surface', 'entity', 'alias'] },
);
const matchReply = fc.record({
  matches: maybe(fc.array(maybe(match), { maxLength: 4 })),
  evidence: maybe(
    fc.record({
      entities: maybe(fc.array(maybe(nearString), { maxLength: 3 })),
      vetoed: maybe(fc.array(maybe(fc.nat()), { maxLength: 3 })),
    }),
  ),
});
const surveyReply = fc.record({ starts: maybe(fc.array(maybe(nearNumber), { maxLength: 6 })) });

/** Messages to a content script: every type, with fields right, nearly right, extra or missing. */
const toContent = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(
        'toContent/status',
        'toContent/summary',
        'toContent/reveal',
        'toContent/step',
        'toContent/other',
        'toBackground/card',
      ),
      nearValue,
    ),
    entity: maybe(nearString),
    direction: fc.oneof(fc.constantFrom(1, -1, 0, 2, '1', -0), nearValue),
    extra: nearValue,
  },
  { requiredKeys: ['type'] },
);

describe('the content script’s direct check of its messages', () => {
  it('accepts exactly what `ToContentMessage` accepts, and gives what the schema gives', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: toContent }, nearValue), (raw) => {
        const result = v.safeParse(ToContentMessage, raw);
        expect(parseToContent(raw)).toEqual(result.success ? result.output : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads each message type, dropping fields it does not know', () => {
    expect(parseToContent({ type: 'toContent/status', entity: 'x' })).toEqual({
      type: 'toContent/status',
    });
    expect(parseToContent({ type: 'toContent/reveal', entity: 'bashar-al-assad' })).toEqual({
      type: 'toContent/reveal',
      entity: 'bashar-al-assad',
    });
    expect(parseToContent({ type: 'toContent/step', direction: -1 })).toEqual({
      type: 'toContent/step',
      direction: -1,
    });
    expect(parseToContent({ type: 'toContent/step', direction: 0 })).toBeUndefined();
    expect(parseToContent({ type: 'toContent/reveal' })).toBeUndefined();
    expect(parseToContent(null)).toBeUndefined();
  });
});

describe('the matcher replies’ direct checks', () => {
  it('accept exactly what the survey reply’s schema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(surveyReply, nearValue), (raw) => {
        const parsed = parseSurveyReply(raw);
        expect(parsed !== undefined).toBe(v.is(SurveyReplySchema, raw));
        if (parsed) expect(parsed).toEqual(v.parse(SurveyReplySchema, raw).starts);
      }),
      { numRuns: 3000 },
    );
  });

  it('accept exactly what the match reply’s schema accepts', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: matchReply }, nearValue), (raw) => {
        const parsed = parseMatchReply(raw);
        expect(parsed !== undefined).toBe(v.is(MatchReplySchema, raw));
        if (parsed) {
          const output = v.parse(MatchReplySchema, raw);
          expect(parsed.matches).toEqual(output.matches);
          expect([...parsed.evidence.entities]).toEqual([...new Set(output.evidence.entities)]);
          expect([...parsed.evidence.vetoed]).toEqual([...new Set(output.evidence.vetoed)]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('read the background’s real replies on the article as the matcher’s own result', () => {
    const text = articleText();
    const own = createMatcher(compileTable(DATASET)).scan(text);
    const parsed = parseMatchReply(JSON.parse(JSON.stringify(matchText(text, false))));
    expect(parsed?.matches).toEqual(own.matches);
    expect(parsed?.evidence.entities).toEqual(own.evidence.entities);
    const starts = parseSurveyReply(JSON.parse(JSON.stringify(surveyText(text, false))));
    expect(starts?.length).toBeGreaterThan(own.matches.length - 1);
  });
});
