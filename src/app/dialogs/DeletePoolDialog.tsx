/** Deleting a pool that has members: delete them too, or keep them outside any pool. */
import { runCommand } from '../commands';
import { sessionStore, useSession } from '../stores';
import { buttonClass, dangerButtonClass, Dialog } from './Dialog';

export function DeletePoolDialog() {
  const pending = useSession((s) => s.pendingPoolDelete);
  if (!pending) return null;
  const close = () => sessionStore.getState().setPendingPoolDelete(null);
  const n = pending.memberCount;
  return (
    <Dialog title="Delete pool" onClose={close} testId="delete-pool-dialog">
      <p className="mb-4 text-sm">
        The pool to delete has {n} member server{n === 1 ? '' : 's'}. Delete {n === 1 ? 'it' : 'them'} too, or keep{' '}
        {n === 1 ? 'it' : 'them'} on the canvas outside any pool?
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={buttonClass} onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          data-testid="delete-pool-keep-members"
          className={buttonClass}
          onClick={() => runCommand('delete-pool', { ids: pending.ids, deleteMembers: false })}
        >
          Keep the servers
        </button>
        <button
          type="button"
          data-testid="delete-pool-with-members"
          className={dangerButtonClass}
          onClick={() => runCommand('delete-pool', { ids: pending.ids, deleteMembers: true })}
        >
          Delete pool and {n} server{n === 1 ? '' : 's'}
        </button>
      </div>
    </Dialog>
  );
}
