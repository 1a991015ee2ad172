/**
 * The FunctionFile page of the manifest. The only ribbon button opens the task pane
 * (ShowTaskpane), which needs no code; Office still loads this page, so it must initialise.
 */
Office.onReady(() => {
  // Nothing to register: no ExecuteFunction commands yet.
});

export {};
