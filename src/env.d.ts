declare module 'virtual:crmkit-content' {
  const content: import('./site/site-content.ts').SiteContent;
  export default content;
}

/** Unicode's TR39 confusables as a character map (the package ships no types). */
declare module 'unicode-confusables' {
  export function rectifyConfusion(text: string): string;
  export function isConfusing(text: string): boolean;
}
