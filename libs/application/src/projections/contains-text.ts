/** A case-insensitive "contains" condition on a lower-cased field, with the user's text taken literally. */
export function containsText(text: string): { $regex: string } {
  return { $regex: text.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&') };
}
