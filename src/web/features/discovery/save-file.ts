/** Offers text as a file to save, through a link the browser follows and forgets (nothing is sent). */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the report's input ("decision log: Home care" → "discovery-decision-log-Home-care"). */
export function reportFileName(input: string, extension: string): string {
  const base = input
    .replace(/\.[a-z0-9]{1,8}$/i, "")
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `discovery${base ? `-${base}` : ""}.${extension}`;
}
