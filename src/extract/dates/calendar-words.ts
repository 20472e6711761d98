// English month and weekday names as regular-expression sources, for the date readers' cheap tests before chrono-node
// reads a text: one spelling of them for every pattern that needs it.

/** A month's name, in full or abbreviated ("Sept", "September"), without a trailing dot. */
export const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** A weekday's name in full ("Wednesday"). */
export const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
