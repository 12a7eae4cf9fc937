// The article's actions, by role and status: save, submit, publish, schedule, update, unpublish,
// trash and restore, plus preview, the live page and the revision history.
'use client';
import Link from 'next/link';
import type { WorkflowStep } from '@/lib/articles/editorial-types';
import { articleRevisionsPath, liveComposerPath, previewPath, publicPathFor } from '@/lib/core/routes';
import { LocalTime } from '@/components/dashboard/local-time.client';
import { StatusBadge } from '@/components/dashboard/status-badge';
import type { ArticleMeta } from './article-meta';

type Props = {
  meta: ArticleMeta;
  dirty: boolean;
  saving: boolean;
  busyStep: WorkflowStep | null;
  onSave: () => void;
  onStep: (step: WorkflowStep) => void;
  onSchedule: () => void;
};

export function WorkflowBar({ meta, dirty, saving, busyStep, onSave, onStep, onSchedule }: Props) {
  const { abilities: can, status } = meta;
  const busy = busyStep !== null;
  const editableStage = status === 'draft' || status === 'review' || status === 'scheduled';
  const step = (name: WorkflowStep, label: string, busyLabel: string, primary = false) => (
    <button type="button" className={`button${primary ? ' button-primary' : ''}`} disabled={busy} onClick={() => onStep(name)}>
      {busyStep === name ? busyLabel : label}
    </button>
  );

  return (
    <div className="workflow-bar">
      <div className="workflow-state">
        <StatusBadge status={status} changed={meta.hasUnpublishedChanges} />
        {status === 'scheduled' && meta.scheduledAt ? (
          <span className="field-hint">
            Goes live <LocalTime iso={meta.scheduledAt} />
          </span>
        ) : null}
      </div>
      <div className="workflow-actions">
        {can.edit && status !== 'trash' ? (
          <button type="button" className="button" disabled={busy || saving} onClick={onSave}>
            {saving ? 'Saving…' : status === 'published' ? 'Save changes' : 'Save draft'}
          </button>
        ) : null}
        {status === 'draft' && can.submit && !can.publish ? step('submit', 'Submit for review', 'Submitting…', true) : null}
        {editableStage && can.publish ? step('publish', 'Publish now', 'Publishing…', true) : null}
        {editableStage && can.schedule ? (
          <button type="button" className="button" disabled={busy} onClick={onSchedule}>
            {status === 'scheduled' ? 'Reschedule…' : 'Schedule…'}
          </button>
        ) : null}
        {status === 'scheduled' && can.schedule ? step('unschedule', 'Cancel schedule', 'Cancelling…') : null}
        {status === 'published' && can.publish ? (
          <button type="button" className="button button-primary" disabled={busy || (!dirty && !meta.hasUnpublishedChanges)} onClick={() => onStep('update')}>
            {busyStep === 'update' ? 'Updating…' : 'Update'}
          </button>
        ) : null}
        {status === 'published' && can.unpublish ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              if (window.confirm('Unpublish this article? Readers will no longer see it.')) onStep('unpublish');
            }}
          >
            {busyStep === 'unpublish' ? 'Unpublishing…' : 'Unpublish'}
          </button>
        ) : null}
        {status !== 'trash' && can.trash && meta.id ? step('trash', 'Move to trash', 'Moving…') : null}
        {status === 'trash' && can.restore ? step('restore', 'Restore from trash', 'Restoring…', true) : null}
      </div>
      {meta.id ? (
        <nav className="workflow-links" aria-label="Article pages">
          <a href={previewPath(meta.id)} target="_blank" rel="noopener">
            Preview
          </a>
          {meta.publicSlug && status === 'published' ? (
            <a href={publicPathFor(meta.kind ?? 'article', meta.publicSlug)} target="_blank" rel="noopener">
              View live
            </a>
          ) : null}
          <Link href={articleRevisionsPath(meta.id)}>Revisions</Link>
          <Link href={liveComposerPath(meta.id)}>Live coverage</Link>
        </nav>
      ) : null}
    </div>
  );
}
