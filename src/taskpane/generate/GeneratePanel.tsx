import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  ProgressBar,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { OUTPUT_LABELS } from '../shared/outputLabels';
import { usePane } from '../shell/paneContext';
import { OUTPUT_KINDS, type OutputKind } from '../workbookPort';
import { GENERATE_STRINGS } from './generateStrings';
import { useGenerateRun } from './useGenerateRun';
import { usePanelStyles } from '../shared/usePanelStyles.styles';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: tokens.spacingVerticalXS },
  option: { display: 'flex', flexDirection: 'column' },
  describe: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    // Under the checkbox's label: the indicator's width and its gaps.
    paddingLeft: '36px',
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
  },
  kinds: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/**
 * Generate: checkboxes for the five outputs (and All), a Generate button, and while it runs
 * a progress bar with the step and stage, and a Cancel button.
 */
export function GeneratePanel(): ReactElement {
  const { lang, snapshot } = usePane();
  const noSurvey = snapshot !== undefined && snapshot.audit.serviceQuality === undefined;
  const styles = useStyles();
  const panel = usePanelStyles();
  const text = GENERATE_STRINGS[lang];
  const labels = OUTPUT_LABELS[lang];
  const [chosen, setChosen] = useState<ReadonlySet<OutputKind>>(() => new Set(OUTPUT_KINDS));
  const run = useGenerateRun();
  const allState = chosen.size === OUTPUT_KINDS.length ? true : chosen.size === 0 ? false : 'mixed';
  const kinds = OUTPUT_KINDS.filter((k) => chosen.has(k));

  const choose = (kind: OutputKind, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });

  const progress = run.progress;
  return (
    <>
      <h2 className={panel.heading}>{text.heading}</h2>
      <p className={panel.intro}>{text.intro}</p>
      <fieldset className={styles.fieldset} disabled={run.running}>
        <legend className={styles.legend}>{text.outputsLabel}</legend>
        <Checkbox
          label={text.all}
          checked={allState}
          disabled={run.running}
          onChange={(_e, data) => setChosen(new Set(data.checked === true ? OUTPUT_KINDS : []))}
        />
        <div className={styles.kinds}>
          {OUTPUT_KINDS.map((kind) => (
            <div key={kind} className={styles.option}>
              <Checkbox
                label={labels[kind]}
                checked={chosen.has(kind)}
                disabled={run.running}
                onChange={(_e, data) => choose(kind, data.checked === true)}
              />
              <span className={styles.describe}>
                {kind === 'serviceQuality' && noSurvey ? text.noSurvey : text.describe[kind]}
              </span>
            </div>
          ))}
        </div>
      </fieldset>
      {kinds.length === 0 && <p className={styles.hint}>{text.chooseOne}</p>}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={run.running || kinds.length === 0}
          onClick={() => void run.start(kinds)}
        >
          {text.generate}
        </Button>
        {run.running && <Button onClick={run.cancel}>{text.cancel}</Button>}
      </div>
      {run.running && (
        <Field
          label={text.progressLabel}
          validationState="none"
          validationMessage={
            progress
              ? text.step(progress.step, progress.steps, text.stages[progress.stage])
              : text.starting
          }
        >
          <ProgressBar
            value={progress ? progress.step / Math.max(1, progress.steps) : undefined}
            max={1}
          />
        </Field>
      )}
    </>
  );
}
