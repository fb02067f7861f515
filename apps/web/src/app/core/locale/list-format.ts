const LIST_SEPARATOR = $localize`:@@list.separator:、`;

/** Joins names into one localized list ("青森県、岩手県" / "Aomori, Iwate"). */
export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}
