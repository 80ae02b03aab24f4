/** The guided stories: choose one, then step through its captions; each step sets time and camera. */
import { memo } from 'react';
import type { Story } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import { t } from './i18n.ts';
import { ArrowLeftIcon, ArrowRightIcon } from './icons.tsx';
import { Sources } from './Sources.tsx';

interface Props {
  stories: readonly Story[];
  active: { story: Story; step: number } | null;
  lang: Lang;
  onStart: (storyId: string) => void;
  onStep: (step: number) => void;
  onEnd: () => void;
}

export const GuidedStories = memo(function GuidedStories({ stories, active, lang, onStart, onStep, onEnd }: Props) {
  if (!active) {
    return (
      <section className="stories" aria-labelledby="stories-title">
        <h2 id="stories-title">{t('storiesTitle', lang)}</h2>
        <ul>
          {stories.map((story) => (
            <li key={story.id}>
              <button type="button" className="story-start" onClick={() => onStart(story.id)} data-story={story.id}>
                <strong>{story.title[lang]}</strong>
                <span>{story.summary[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const { story, step } = active;
  const current = story.steps[step - 1] ?? story.steps[0];
  if (!current) return null;
  const count = story.steps.length;
  return (
    <section className="stories active-story" aria-labelledby="story-title" data-testid="story">
      <h2 id="story-title">{story.title[lang]}</h2>
      <p className="story-progress">
        {t('storyStep', lang)} {step} {t('of', lang)} {count}
      </p>
      <p className="story-caption" aria-live="polite" data-testid="story-caption">
        {current.caption[lang]}
      </p>
      <Sources sources={current.sources} lang={lang} />
      <div className="story-nav">
        <button type="button" onClick={() => onStep(step - 1)} disabled={step <= 1}>
          <ArrowLeftIcon /> {t('previousStep', lang)}
        </button>
        <button type="button" onClick={() => onStep(step + 1)} disabled={step >= count} data-testid="story-next">
          {t('nextStep', lang)} <ArrowRightIcon />
        </button>
        <button type="button" onClick={onEnd}>
          {t('endStory', lang)}
        </button>
      </div>
    </section>
  );
});
