/** What the kiosk shows when nobody is there: the "still there?" prompt and the attract-loop invitation. */
import { useEffect, useState } from 'react';
import type { Lang } from '../time/format.ts';
import type { KioskPhase } from './kiosk.ts';

const TEXT = {
  stillThere: { en: 'Are you still there?', ru: 'Вы ещё здесь?' },
  continueHint: {
    en: 'Touch the screen to carry on. Otherwise the map starts again in',
    ru: 'Коснитесь экрана, чтобы продолжить. Иначе показ начнётся сначала через',
  },
  seconds: { en: 's', ru: 'с' },
  carryOn: { en: 'Carry on', ru: 'Продолжить' },
  invite: { en: 'Touch the map to explore Petrograd in October 1917', ru: 'Коснитесь карты, чтобы исследовать Петроград в октябре 1917 года' },
} as const;

/** Mounted afresh at each prompt, so its countdown starts from the full time. */
function StillTherePrompt({ lang, promptSeconds }: { lang: Lang; promptSeconds: number }) {
  const [left, setLeft] = useState(promptSeconds);
  useEffect(() => {
    const timer = window.setInterval(() => setLeft((value) => Math.max(0, value - 1)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div
      className="kiosk-prompt"
      role="alertdialog"
      aria-labelledby="kiosk-prompt-title"
      aria-describedby="kiosk-prompt-text"
      data-testid="kiosk-prompt"
    >
      <h2 id="kiosk-prompt-title">{TEXT.stillThere[lang]}</h2>
      <p id="kiosk-prompt-text">
        {TEXT.continueHint[lang]} {left} {TEXT.seconds[lang]}
      </p>
      <button type="button">{TEXT.carryOn[lang]}</button>
    </div>
  );
}

export function KioskOverlay({ phase, lang, promptSeconds }: { phase: KioskPhase; lang: Lang; promptSeconds: number }) {
  if (phase === 'prompt') return <StillTherePrompt lang={lang} promptSeconds={promptSeconds} />;
  if (phase === 'attract') {
    // Both languages at once: the next visitor may read either.
    return (
      <div className="kiosk-invite" data-testid="kiosk-invite">
        <p lang="ru">{TEXT.invite.ru}</p>
        <p lang="en">{TEXT.invite.en}</p>
      </div>
    );
  }
  return null;
}
