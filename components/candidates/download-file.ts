/** Hands a text file to the browser's download flow; nothing leaves the machine. */
export function downloadFile(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function dateStamp(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
