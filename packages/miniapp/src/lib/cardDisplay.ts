// How a card and its holder appear on screen: masked, always. The platform already returns the ID number
// and phone masked; the name arrives in full and is masked here (王建国 -> 王**). Anything that looks
// unmasked is masked again, so a platform mistake cannot put a full ID number on a screen.
import type { Card, CardAttribute, CardState, Relation } from '@yika/sdk';
import { maskCardId, maskIdNumber, maskName, RELATIONS } from '@yika/sdk/domain';

/** An account holds at most this many cards: its own and its family's. */
export const MAX_CARDS_PER_ACCOUNT = 5;

const CARD_STATE_NAMES: Record<CardState, string> = { normal: '正常', suspended: '已冻结' };
const CARD_ATTRIBUTE_NAMES: Record<CardAttribute, string> = { temporary: '临时卡', formal: '正式卡' };

export function holderNameForDisplay(card: Card): string {
  return maskName(card.holder.name);
}

export function idNumberForDisplay(maskedIdNumber: string): string {
  return maskedIdNumber.includes('*') ? maskedIdNumber : maskIdNumber(maskedIdNumber);
}

/** The card ID, first 4 and last 4 only (the full 64 hex never reach the screen). */
export function cardIdForDisplay(card: Card): string {
  return maskCardId(card.cardId);
}

export function relationName(relation: Relation): string {
  return RELATIONS[relation];
}

export function cardStateName(state: CardState): string {
  return CARD_STATE_NAMES[state];
}

export function cardAttributeName(attribute: CardAttribute): string {
  return CARD_ATTRIBUTE_NAMES[attribute];
}

/** The card home shows: the default one (the platform lists it first), else the first. */
export function defaultCardOf(cards: readonly Card[]): Card | null {
  return cards.find((card) => card.isDefault) ?? cards[0] ?? null;
}

/** The card a code page opens on: the one asked for, when the account still holds it, else the default. */
export function selectCard(cards: readonly Card[], cardRef: string | undefined): Card | null {
  return cards.find((card) => card.id === cardRef) ?? defaultCardOf(cards);
}

export function canAddCard(cards: readonly Card[]): boolean {
  return cards.length < MAX_CARDS_PER_ACCOUNT;
}

/** Whether the account already holds its own card: a new application is then for a relative. */
export function hasSelfCard(cards: readonly Card[]): boolean {
  return cards.some((card) => card.relation === 'self');
}

/** One line for a screen reader or a chip: "王** 本人". */
export function cardLabel(card: Card): string {
  return `${holderNameForDisplay(card)} ${relationName(card.relation)}`;
}

/**
 * The linked social-security card number (社保卡号) as the screen shows it, or null when none is linked.
 * Only the platform's masked form is shown; one that arrives unmasked is masked here (first and last
 * characters, or 6 + 4 for an 18-character number), so a saved number never reaches a screen in full.
 */
export function socialSecurityNumberForDisplay(card: Card): string | null {
  if (!card.socialSecurityLinked) return null;
  const masked = card.maskedSocialSecurityNumber ?? '';
  return masked.includes('*') ? masked : maskIdNumber(masked);
}
