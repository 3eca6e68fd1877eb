// Who a quote or claim is attributed to, as the page shows it.

// The entity's name when the speaker was resolved to one, else the words naming them in the text
// ("a White House spokesman", or a pronoun whose person the text does not settle). Null when there is
// no speaker at all. A speaker a user named for a quote whose text names nobody has a name and no mention.
export function speakerName(speaker) {
  if (!speaker) {
    return null;
  }
  return speaker.name ?? speaker.mention?.text ?? null;
}
