export { initPythonParser, parsePython } from './parser.js';
