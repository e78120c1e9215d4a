declare module 'virtual:crmkit-content' {
  const content: import('./site/site-content.ts').SiteContent;
  export default content;
}
