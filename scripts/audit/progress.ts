/** "cases done / total" while the audit runs: one line rewritten in a terminal, a line per case in a log. */
export function progress(total: number, stream: NodeJS.WriteStream = process.stdout) {
  let done = 0;
  const width = String(total).length;
  return (label: string, problems: number) => {
    done += 1;
    const line = `[${String(done).padStart(width)}/${total}] ${label}${problems > 0 ? `: ${problems} failing` : ''}`;
    if (stream.isTTY) stream.write(`\r\x1b[2K${line}${done === total ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
}
