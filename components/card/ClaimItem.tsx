import type { CardClaim } from '../../lib/card/card-data';
import { CHECK_LABELS, claimLabel } from '../../lib/card/wording';
import { SourceLinks } from './SourceLinks';

export interface ClaimItemProps {
  claim: CardClaim;
}

/**
 * One claim the article makes: its words, what kind of claim it is, and how other reporting
 * compares.
 */
export function ClaimItem({ claim }: ClaimItemProps) {
  const check = claim.check;
  return (
    <li class={`claim claim--${claim.kind}`}>
      <p class="claim__label">
        <span class={`badge badge--${claim.kind}`}>
          {claimLabel(claim.kind, claim.attribution)}
        </span>
        <span class="claim__where"> · sentence {claim.sentence}</span>
      </p>
      <blockquote class="claim__text">“{claim.text}”</blockquote>
      {check && (
        <div class={`check check--${check.status}`}>
          <p>
            <strong>{CHECK_LABELS[check.status]}.</strong> {check.note}
          </p>
          <SourceLinks sources={check.sources} />
        </div>
      )}
    </li>
  );
}
