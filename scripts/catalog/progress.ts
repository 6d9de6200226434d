import { SingleBar } from "cli-progress";

/** Reports images analysed: a bar with counts and time left on a terminal, plain lines otherwise. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (done: number, total: number) => void;
  stop: () => void;
} {
  if (stream.isTTY) {
    let bar: SingleBar | undefined;
    return {
      onProgress(done, total) {
        if (!bar) {
          bar = new SingleBar({
            stream,
            format: "analysing images [{bar}] {value}/{total} | {percentage}% | {eta_formatted} left",
            etaBuffer: 20,
            hideCursor: true,
          });
          bar.start(total, 0);
        }
        bar.update(done);
      },
      stop: () => bar?.stop(),
    };
  }
  const started = Date.now();
  let lastLine = 0;
  return {
    onProgress(done, total) {
      // a line every 5 s or so, and the last one: a log, not a flood
      const now = Date.now();
      if (done !== total && now - lastLine < 5000) return;
      lastLine = now;
      const left = ((now - started) / done) * (total - done);
      stream.write(
        `analysed ${done}/${total} images${done < total ? `, about ${Math.ceil(left / 1000)} s left` : ""}\n`,
      );
    },
    stop: () => undefined,
  };
}
