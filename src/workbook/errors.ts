/** Input the tool cannot use: the command line exits 2 with this message and changes nothing. */
export class InputError extends Error {}
