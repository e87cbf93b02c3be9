/**
 * The manifest's FunctionFile. Office loads commands.html (without UI) to run
 * ExecuteFunction ribbon commands. The ribbon's only button opens the task pane
 * (ShowTaskpane), so `action` is a harmless placeholder that completes at once.
 */

/** Placeholder command: does nothing and tells Office it has finished. */
function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    // Nothing to initialise: commands run only when Office invokes them.
  });
  Office.actions.associate('action', action);
}
