// The live composer of one article: make it live (or end it), post entries, edit and delete them.
// Staff who may see the article open it; every action decides again what they may change.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/auth/current-user';
import { getLiveForStaff } from '@/lib/live/manage';
import { can } from '@/lib/permissions/can';
import { LiveComposer } from '@/components/dashboard/live-composer.client';
import { listMediaAction } from '../actions';
import { deleteLiveEntryAction, editLiveEntryAction, postLiveEntryAction, setLiveCoverageAction } from './actions';
import '@/components/dashboard/editorial.css';
import '@/components/editor/editor.css';

export const metadata: Metadata = { title: 'Live coverage' };

type Props = { params: Promise<{ id: string }> };

export default async function LiveCoveragePage({ params }: Props) {
  const user = await requireStaffPage();
  const { id } = await params;
  const view = await getLiveForStaff(user, id);
  if (!view) notFound();
  return (
    <LiveComposer
      view={view}
      canUpload={can(user, { kind: 'media:upload' })}
      actions={{ post: postLiveEntryAction, edit: editLiveEntryAction, remove: deleteLiveEntryAction, setCoverage: setLiveCoverageAction, listMedia: listMediaAction }}
    />
  );
}
