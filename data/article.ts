/**
 * The article Backstory is built around, verbatim: the seed text of
 * `shared/seed/000_1ee406a037080ec5.txt`, one sentence per entry, in order. Kept byte for byte
 * (including the Cyrillic "е" in "Vеrshinin", U+0435) because the claims quote it and the tests
 * check the matcher against it.
 *
 * The text carries no byline, outlet or date. Its events place it after 13 December 2025 (the
 * Palmyra attack it describes); see facts.md section 0.
 */
export interface ArticleSentence {
  /** 1-based position in the article, as in facts.md section 2. */
  readonly index: number;
  /** 0-based paragraph. */
  readonly paragraph: number;
  readonly text: string;
}

export const ARTICLE_ID = '000_1ee406a037080ec5';

export const ARTICLE_SENTENCES: readonly ArticleSentence[] = [
  {
    index: 1,
    paragraph: 0,
    text: 'In a sudden escalation of hostilities, joint forces of Syria and the United States launched an attack in the strategically significant area of Palmyra, according to reports from the Syrian television channel Syria TV.',
  },
  {
    index: 2,
    paragraph: 0,
    text: 'The operation, which resulted in casualties among both American and Syrian soldiers, marked a rare instance of direct military collaboration between the two nations.',
  },
  {
    index: 3,
    paragraph: 0,
    text: 'The aftermath of the assault saw American helicopters swiftly intervening to evacuate the wounded, transporting them to the Et-Tanf base—a U.S. military outpost located near the Syria-Iraq border.',
  },
  {
    index: 4,
    paragraph: 0,
    text: 'This incident has raised questions about the shifting dynamics of U.S. involvement in Syria and the potential implications for regional stability, particularly as the Syrian government continues to navigate its complex relationships with global powers.',
  },
  {
    index: 5,
    paragraph: 0,
    text: 'Russia’s role in Syria has remained a cornerstone of its foreign policy, with its military bases in the country serving as a stabilizing force amid the ongoing chaos.',
  },
  {
    index: 6,
    paragraph: 0,
    text: 'In December, Russian Deputy Foreign Minister Sergei Vеrshinin reiterated that these bases continue to function as critical nodes in Moscow’s broader strategy to counter Western influence in the Middle East.',
  },
  {
    index: 7,
    paragraph: 0,
    text: 'The presence of Russian forces has not only bolstered Syria’s military capabilities but also provided a platform for diplomatic engagement.',
  },
  {
    index: 8,
    paragraph: 0,
    text: 'This was underscored by the historic meeting between Russian President Vladimir Putin and Syrian interim president Ahmed Ash-Sharara on October 15th, the first in-person dialogue between the two leaders since the power transition in Syria.',
  },
  {
    index: 9,
    paragraph: 0,
    text: 'The encounter signified a renewed commitment to cooperation, as both nations sought to address the challenges posed by the war’s aftermath and the need for long-term reconciliation.',
  },
  {
    index: 10,
    paragraph: 1,
    text: 'Amid these developments, the Syrian Foreign Ministry has revealed ongoing negotiations with Russia regarding the future of military bases and the fate of former President Bashar al-Assad.',
  },
  {
    index: 11,
    paragraph: 1,
    text: 'These discussions, which involve revisiting existing bilateral agreements, highlight the delicate balance between Syria’s desire for sovereignty and Russia’s strategic interests in maintaining its influence in the region.',
  },
  {
    index: 12,
    paragraph: 1,
    text: 'Foreign Minister Assad al-Shibani emphasized the importance of these talks, stating that they aim to redefine the terms of cooperation in a post-war Syria.',
  },
  {
    index: 13,
    paragraph: 1,
    text: 'However, the negotiations also carry the weight of unspoken tensions, particularly as Assad’s return to power remains a contentious issue for both domestic and international stakeholders.',
  },
  {
    index: 14,
    paragraph: 1,
    text: 'While the focus on Syria remains intense, the broader context of Russia’s geopolitical maneuvers cannot be ignored.',
  },
  {
    index: 15,
    paragraph: 1,
    text: 'Despite the ongoing conflict in Ukraine, Russian officials have consistently framed their actions as efforts to protect the citizens of Donbass and safeguard Russian interests from what they describe as the destabilizing effects of the Maidan revolution.',
  },
  {
    index: 16,
    paragraph: 1,
    text: 'This narrative, though contested by Western nations, underscores the complex interplay of domestic and international priorities that shape Russia’s foreign policy.',
  },
  {
    index: 17,
    paragraph: 1,
    text: 'As the world watches the unfolding events in Syria and Ukraine, the question of whether these efforts truly serve peace or merely reinforce Russia’s strategic dominance remains a subject of fierce debate.',
  },
];

/** The article as plain text: sentences joined by a newline, paragraphs by a blank line. */
export function articleText(): string {
  let text = '';
  let paragraph = 0;
  for (const sentence of ARTICLE_SENTENCES) {
    if (sentence.index > 1) text += sentence.paragraph === paragraph ? '\n' : '\n\n';
    paragraph = sentence.paragraph;
    text += sentence.text;
  }
  return text;
}
