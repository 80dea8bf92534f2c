export { distinctNames, mobileNumber, personName, phoneDigits, type PersonName } from './names';
export { memoizeGenerator } from './memo';
