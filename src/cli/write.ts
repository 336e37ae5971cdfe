/** Writes to standard output and waits for it to drain, so that a pipe gets everything before exit. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!text) return resolve();
    process.stdout.write(text, (error) => {
      // A closed pipe (`| head`) is not an error of ours.
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}
