/** Shown when someone opens the assistant pane; each is a question the knowledge base answers. */
export const SUGGESTED_PROMPTS = [
  { title: 'What does an urban mechanic do?', message: 'What does an urban mechanic do?' },
  { title: 'Which roles need machine learning?', message: 'Which roles need machine learning?' },
  { title: 'I studied psychology, where do I fit?', message: 'I studied psychology, where do I fit?' },
  { title: 'Which skills are in demand?', message: 'Which skills do smart-city employers look for?' },
];

/** Shown in turn under the status while an answer is being found. */
export const LOADING_MESSAGES = [
  'Reading the knowledge base…',
  'Checking the sources…',
  'Putting the answer together…',
];
