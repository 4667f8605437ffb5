import { describe, expect, it } from 'vitest';
import { occupationAskedAbout } from '../../src/answer/occupation-asked.js';

describe('occupationAskedAbout', () => {
  it.each([
    ['is tram driver one of your roles?', 'tram driver'],
    ['Wind turbine technician jobs?', 'wind turbine technician'],
    ['what is the outlook for marine biologists in 2030', 'marine biologists'],
    ['is a veterinary nurse still a good career?', 'veterinary nurse'],
    ['how would I go about becoming a tattoo artist', 'tattoo artist'],
    ['We are hiring a head chef for the canteen', 'head chef'],
    ['how much does a crane operator make up north', 'crane operator'],
    ['how hard is it to get a helicopter pilot licence', 'helicopter pilot'],
    ['what are the duties of an air traffic controller?', 'air traffic controller'],
    ['Wind turbine technician job, is it smart city?', 'wind turbine technician'],
    ['is drone racing pilot a smart city career?', 'drone racing pilot'],
    ['what is the route into becoming a speech therapist?', 'speech therapist'],
    ['whats a radiographer make in a year', 'radiographer'],
    ['How do I prep? Going for head chef jobs next month.', 'head chef'],
    ['what skills does a florist need?', 'florist'],
    ['what qualifications does a paramedic need?', 'paramedic'],
    ['skills needed for a baker?', 'baker'],
    ['What qualifications does one need to become a commercial airline pilot?', 'commercial airline pilot'],
  ])('%s -> %s', (q, occupation) => {
    expect(occupationAskedAbout(q)).toBe(occupation);
  });

  it.each([
    'I was a nurse, where do I fit?',
    'jobs for nurses?',
    'Before qualifying as an accountant I worked in procurement. Where would I fit?',
    'we used to hire consultants for that',
    'is Cisco hiring vets for IoT?',
    'before I got my electrician license I ran CNC machines. what would I fit?',
    'i work as a barista, where would someone like me fit in',
    'what are the duties of the officer who prepares funding bids?',
    'which roles need machine learning?',
    'what skills does a nurse need to get into this?',
    // A job once held, however it is qualified.
    "i've only had a part time job as a barista and i'm doing a levels. is there anything i could do in this?",
  ])('%s -> nothing', (q) => {
    expect(occupationAskedAbout(q)).toBeUndefined();
  });
});
