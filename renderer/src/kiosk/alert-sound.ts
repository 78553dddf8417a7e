/**
 * The idle warning is heard as well as seen (people walk away from the screen, some cannot see it): a short
 * two-note chime, then the warning spoken in the reader's language where a voice for it is installed (by the
 * kiosk's own voice, `say`, when the visitor uses the kiosk audio-first).
 */
export function soundIdleWarning(message: string, lang: string, say: typeof speak = speak): void {
  playChime();
  say(message, lang);
}

function playChime(): void {
  try {
    const context = new AudioContext();
    const notes = [880, 660];
    notes.forEach((frequency, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const start = context.currentTime + index * 0.25;
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.2, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.22);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.22);
    });
    window.setTimeout(() => void context.close(), 1000);
  } catch {
    // No audio output: the dialog and the screen reader announcement remain.
  }
}

function speak(message: string, lang: string): void {
  if (!('speechSynthesis' in window)) return;
  const voice = speechSynthesis.getVoices().find((candidate) => candidate.lang.toLowerCase().startsWith(lang));
  if (!voice) return;
  const utterance = new SpeechSynthesisUtterance(message);
  utterance.lang = voice.lang;
  utterance.voice = voice;
  speechSynthesis.speak(utterance);
}
