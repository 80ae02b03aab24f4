/** What the kiosk shows when nobody is there: the "still there?" prompt and the attract-loop invitation. */
import { useEffect, useState } from 'react';
import type { Lang } from '../time/format.ts';
import { t, UI_TEXT } from './i18n.ts';
import type { KioskPhase } from '../kiosk/kiosk.ts';

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
      <h2 id="kiosk-prompt-title">{t('stillThere', lang)}</h2>
      <p id="kiosk-prompt-text">
        {t('continueHint', lang)} {left} {t('secondsShort', lang)}
      </p>
      <button type="button">{t('carryOn', lang)}</button>
    </div>
  );
}

export function KioskOverlay({ phase, lang, promptSeconds }: { phase: KioskPhase; lang: Lang; promptSeconds: number }) {
  if (phase === 'prompt') return <StillTherePrompt lang={lang} promptSeconds={promptSeconds} />;
  if (phase === 'attract') {
    // Both languages at once: the next visitor may read either.
    return (
      <div className="kiosk-invite" data-testid="kiosk-invite">
        <p lang="ru">{UI_TEXT.invite.ru}</p>
        <p lang="en">{UI_TEXT.invite.en}</p>
      </div>
    );
  }
  return null;
}
