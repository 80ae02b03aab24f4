import { memo } from 'react';
import type { Control } from '../model/schemas.ts';
import type { Theme } from '../map/theme.ts';
import type { Lang } from '../time/format.ts';
import { CONTROL_NAME, t } from './i18n.ts';
import { ControlShape } from './icons.tsx';

const CONTROLS: readonly Control[] = ['mrc', 'government', 'contested', 'unknown'];

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
        <li>
          <span className="swatch bridge-lowered" aria-hidden="true" />
          {t('legendLowered', lang)}
        </li>
        <li>
          <span className="swatch bridge-raised" aria-hidden="true" />
          {t('legendRaised', lang)}
        </li>
        <li>
          <span className="swatch uncertain" aria-hidden="true" />
          {t('legendUncertain', lang)}
        </li>
        <li>
          <span className="swatch route-streetcar" style={{ borderColor: theme.route.streetcar }} aria-hidden="true" />
          {t('legendStreetcar', lang)}
        </li>
        <li>
          <span className="swatch route-walk" style={{ borderColor: theme.route.walk }} aria-hidden="true" />
          {t('legendWalk', lang)}
        </li>
        <li>
          <span className="swatch route-band" aria-hidden="true" />
          {t('legendBand', lang)}
        </li>
      </ul>
    </details>
  );
});
