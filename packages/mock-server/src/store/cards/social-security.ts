// Links from a health card to the holder's social-security card (社保卡) number: one per card, replaced
// by a later link. Kept with the card, so they survive unbinding like the rest of its history.
export class SocialSecurityLinks {
  private readonly byCard = new Map<string, string>();

  link(cardId: string, socialSecurityNumber: string): void {
    this.byCard.set(cardId, socialSecurityNumber);
  }

  get(cardId: string): string | undefined {
    return this.byCard.get(cardId);
  }
}
