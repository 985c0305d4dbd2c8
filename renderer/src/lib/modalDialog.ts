/** True while a modal dialog (a `<dialog>` opened with showModal) has the person's attention. */
export function isModalDialogOpen(): boolean {
  return document.querySelector('dialog:modal') !== null;
}
