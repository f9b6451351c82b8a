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
  socialSecurityNumberForDisplay,
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

describe('the linked social-security number', () => {
  it('is absent until one is linked', () => {
    expect(socialSecurityNumberForDisplay(own)).toBeNull();
  });

  it('shows the platform masked form as it is', () => {
    const linked = cardFixture({
      id: 'c-linked',
      socialSecurityLinked: true,
      maskedSocialSecurityNumber: 'H*******8',
    });
    expect(socialSecurityNumberForDisplay(linked)).toBe('H*******8');
  });

  it('masks a number that arrives in full, so a saved number never shows whole', () => {
    const short = cardFixture({
      id: 'c-a',
      socialSecurityLinked: true,
      maskedSocialSecurityNumber: 'H12345678',
    });
    const long = cardFixture({
      id: 'c-b',
      socialSecurityLinked: true,
      maskedSocialSecurityNumber: '110105198506151236',
    });
    expect(socialSecurityNumberForDisplay(short)).toBe('H*******8');
    expect(socialSecurityNumberForDisplay(long)).toBe('110105********1236');
  });
});
