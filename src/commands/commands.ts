/**
 * The FunctionFile page of the manifest. The only ribbon button opens the task pane
 * (ShowTaskpane), which needs no code; Office still loads this page, so it must initialise.
 */
import { quietOfficeOutsideOffice } from '../host/office-outside';

Office.onReady((info) => {
  // Nothing to register: no ExecuteFunction commands yet. Opened outside Office: stay quiet.
  if (!info.host) quietOfficeOutsideOffice();
});
