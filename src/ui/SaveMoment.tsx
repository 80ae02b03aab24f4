/**
 * "Save this moment" and "Print": the map as it is now with the clock, the legend, the caption and
 * its sources, as a PNG to take away (PICTURE_WIDTH px wide) or on an A4 sheet. The print
 * stylesheet shows only that picture, made afresh just before printing (also for Ctrl+P).
 */
import { useContext, useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { MapCapture } from '../map/MapView.tsx';
import { PAPER } from '../map/theme.ts';
import type { Control, Story, TimelineEvent, Work } from '../model/schemas.ts';
import { formatDualDate, type Lang } from '../time/format.ts';
import { formatLocalTime, type LocalMinutes } from '../time/localTime.ts';
import { formatCitation } from './bibliography.ts';
import { CONTROL_NAME, formatEventTime, t } from './i18n.ts';
import { PrintIcon, SavePictureIcon } from './icons.tsx';
import { composeMoment, PICTURE_WIDTH, type LegendEntry, type MomentPicture } from './momentPicture.ts';
import { BibliographyContext } from './Sources.tsx';

const CONTROLS: readonly Control[] = ['mrc', 'government', 'contested', 'unknown'];
/** The map is captured about this wide, so it stays sharp in the picture. */
const MAP_CAPTURE_PX = PICTURE_WIDTH - 128;

interface Props {
  lang: Lang;
  /** The moment the panels show. */
  time: LocalMinutes;
  map: RefObject<MapCapture | null>;
  story: { story: Story; step: number } | null;
  /** The latest event at or before the moment, if any. */
  event: TimelineEvent | undefined;
}

export function SaveMoment({ lang, time, map, story, event }: Props) {
  const works = useContext(BibliographyContext);
  const [saved, setSaved] = useState('');
  const printImage = useRef<HTMLImageElement>(null);
  // The newest props for the beforeprint handler, registered once.
  const latest = useRef({ lang, time, story, event, works });
  useEffect(() => {
    latest.current = { lang, time, story, event, works };
  });

  useEffect(() => {
    const beforePrint = () => {
      const image = printImage.current;
      if (!image) return;
      image.src = draw(map.current, describe(latest.current)).toDataURL('image/png');
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [map]);

  function save() {
    const canvas = draw(map.current, describe(latest.current));
    const name = `petrograd-1917_${formatLocalTime(time).replace(':', '-')}_${lang}.png`;
    canvas.toBlob((blob) => {
      if (!blob) return;
      // a blob: address of our own origin; nothing leaves the page
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = name;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setSaved(`${t('pictureSaved', lang)}: ${name}`);
    }, 'image/png');
  }

  return (
    <div className="moment-actions">
      <button type="button" className="save-moment" onClick={save} data-testid="save-moment">
        <SavePictureIcon />
        <span className="action-label">{t('saveMoment', lang)}</span>
      </button>
      <button type="button" className="print-moment-button" onClick={() => window.print()}>
        <PrintIcon />
        <span className="action-label">{t('printMoment', lang)}</span>
      </button>
      <span className="visually-hidden" role="status">
        {saved}
      </span>
      {createPortal(
        <div className="print-moment">
          <img ref={printImage} alt={`${t('mapLabel', lang)}: ${formatDualDate(time, lang)}`} />
        </div>,
        document.body,
      )}
    </div>
  );
}

function draw(handle: MapCapture | null, picture: MomentPicture): HTMLCanvasElement {
  let canvas: HTMLCanvasElement | null = null;
  // the map's pixels can only be read inside its capture, straight after it has drawn
  handle?.capture((mapCanvas) => {
    canvas = composeMoment(mapCanvas, picture);
  }, MAP_CAPTURE_PX);
  return canvas ?? composeMoment(null, picture);
}

type Moment = Omit<Props, 'map'> & { works: ReadonlyMap<string, Work> };

function describe({ lang, time, story, event, works }: Moment): MomentPicture {
  const legend: LegendEntry[] = [
    ...CONTROLS.map((control): LegendEntry => ({ kind: 'control', control, label: CONTROL_NAME[control][lang] })),
    { kind: 'line', look: 'lowered', label: t('legendLowered', lang) },
    { kind: 'line', look: 'raised', label: t('legendRaised', lang) },
    { kind: 'line', look: 'uncertain', label: t('legendUncertain', lang) },
    { kind: 'line', look: 'streetcar', label: t('legendStreetcar', lang) },
    { kind: 'line', look: 'walk', label: t('legendWalk', lang) },
    { kind: 'line', look: 'band', label: t('legendBand', lang) },
  ];
  const step = story ? story.story.steps[story.step - 1] : undefined;
  const caption =
    story && step
      ? {
          heading: story.story.title[lang],
          detail: `${t('storyStep', lang)} ${story.step} ${t('of', lang)} ${story.story.steps.length}`,
          text: step.caption[lang],
        }
      : event
        ? { heading: event.title[lang], detail: formatEventTime(event.time, lang), text: event.text[lang] }
        : null;
  const citations = step?.sources ?? event?.sources ?? [];
  return {
    title: t('title', lang),
    subtitle: t('subtitle', lang),
    clock: formatDualDate(time, lang),
    clockNote: t('timeNote', lang),
    legendTitle: t('legend', lang),
    legend,
    caption,
    sourcesTitle: t('sources', lang),
    sources: citations.map((citation) => formatCitation(citation, works.get(citation.ref), lang)),
    noMap: t('noMapTitle', lang),
    footer: [t('pictureFooter', lang), `${t('pictureLink', lang)}: ${window.location.href}`],
    theme: PAPER,
  };
}
