/** Test helpers for core and for family packages: the fake family and the contract suite. */
export { AF_FAKE, fakeFamily, fakeSocket, fakeSocketpair, registerFakeFamily } from './fake-family.js';
export { runFamilyContract, type ContractSamples } from './contract.js';
export { needs, needsFamily, needsRoot, inKernelLab, type Need } from './kernel.js';
export { thrown, rejected } from './errors.js';
export { python, pythonBinary, pythonMissing, type PythonOptions } from './python.js';
