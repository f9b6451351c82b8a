import {
  canAddCard,
  cardIdForDisplay,
  cardLabel,
  defaultCardOf,
  hasSelfCard,
  holderNameForDisplay,
  idNumberForDisplay,
  MAX_CARDS_PER_ACCOUNT,
  selectCard,
} from '../src/lib/cardDisplay';
import { cardFixture } from './fixtures/cards';

const own = cardFixture({ id: 'c-own', isDefault: false });
const child = cardFixture({
  id: 'c-child',
  relation: 'child',
  isDefault: true,
  holder: { ...own.holder, name: '王小花', maskedIdNumber: '330203********002X' },
});

describe('what a card shows', () => {
  it('masks the holder name and the card ID, never showing the full 64 hex', () => {
    expect(holderNameForDisplay(own)).toBe('王**');
    expect(cardIdForDisplay(own)).toBe('3F2A****9C01');
    expect(cardLabel(child)).toBe('王** 子女');
  });

  it('keeps a masked ID number and masks one that arrives in full', () => {
    expect(idNumberForDisplay('110105********1236')).toBe('110105********1236');
    expect(idNumberForDisplay('110105198506151236')).toBe('110105********1236');
  });
});

describe('choosing a card', () => {
  it('home shows the default card, else the first', () => {
    expect(defaultCardOf([own, child])).toBe(child);
    expect(defaultCardOf([own])).toBe(own);
    expect(defaultCardOf([])).toBeNull();
  });

  it('the code page opens the card asked for, or the default one when that card is gone', () => {
    expect(selectCard([own, child], 'c-own')).toBe(own);
    expect(selectCard([own, child], 'c-unbound')).toBe(child);
    expect(selectCard([own, child], undefined)).toBe(child);
  });
});

describe('the family limit', () => {
  it('allows adding until the account holds 5 cards', () => {
    const cards = Array.from({ length: MAX_CARDS_PER_ACCOUNT }, (_, i) => cardFixture({ id: `c${i}` }));
    expect(canAddCard(cards.slice(0, 4))).toBe(true);
    expect(canAddCard(cards)).toBe(false);
  });

  it('knows whether the account already holds its own card', () => {
    expect(hasSelfCard([child])).toBe(false);
    expect(hasSelfCard([child, own])).toBe(true);
  });
});
