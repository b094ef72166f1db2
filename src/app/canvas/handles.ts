/** The id of the one handle every server has at its centre, where links start and end. */
export const CENTER_HANDLE = 'center';
