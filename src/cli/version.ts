/** The package's version, for --version and the SARIF log. */
import pkg from '../../package.json';

export const VERSION: string = pkg.version;
