import { memo } from 'react';
import type { Control } from '../model/schemas.ts';
import type { Theme } from '../map/theme.ts';
import type { Lang } from '../time/format.ts';
import { CONTROL_NAME, t, type UiTextKey } from './i18n.ts';
import { ControlShape } from './icons.tsx';

const CONTROLS: readonly Control[] = ['mrc', 'government', 'contested', 'unknown'];

/** The legend's lines after the controllers: a swatch drawn by app.css (in the theme's colour where given) and its words. */
const lines = (theme: Theme): { swatch: string; color?: string; text: UiTextKey }[] => [
  { swatch: 'bridge-lowered', text: 'legendLowered' },
  { swatch: 'bridge-raised', text: 'legendRaised' },
  { swatch: 'uncertain', text: 'legendUncertain' },
  { swatch: 'route-streetcar', color: theme.route.streetcar, text: 'legendStreetcar' },
  { swatch: 'route-walk', color: theme.route.walk, text: 'legendWalk' },
  { swatch: 'route-band', text: 'legendBand' },
];

/** What the colours, shapes and lines mean. Shapes repeat the colours for colour-blind readers. */
export const Legend = memo(function Legend({ theme, lang }: { theme: Theme; lang: Lang }) {
  return (
    <details className="legend">
      <summary>{t('legend', lang)}</summary>
      <ul>
        {CONTROLS.map((control) => (
          <li key={control}>
            <span className="swatch" aria-hidden="true">
              <ControlShape control={control} color={theme.control[control]} />
            </span>
            {CONTROL_NAME[control][lang]}
          </li>
        ))}
        {lines(theme).map(({ swatch, color, text }) => (
          <li key={swatch}>
            <span className={`swatch ${swatch}`} style={color ? { borderColor: color } : undefined} aria-hidden="true" />
            {t(text, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
});
