/** The media desk and the contact cards on mission pages. */
export const contacts = {
  'contacts.description': 'Spokespeople and press contacts of election observation missions: phone, email and vCard, with the statement that published them.',
  'contacts.lede':
    'Every spokesperson and press contact published by an observation mission or organization, newest first, with the statement that published it. Contacts of missions that are over are marked as past.',
  'contacts.listLabel': 'media contacts',
  'contacts.none': 'No contacts have been published yet.',
  'contacts.pastTag': 'past mission',
  'contacts.missionVcard': 'All contacts of this mission (vCard)',
  'contacts.missionNone': "No media contact was published for this mission in the archive's sources.",
  'contacts.missionVcardDownload': 'Download all contacts of this mission (vCard)',
  'contact.past': 'Past mission:',
  'contact.pastText': ' this contact was published for a mission that is over and may no longer answer.',
  'contact.phone': 'Phone',
  'contact.email': 'Email',
  'contact.vcard': 'Download vCard',
  'contact.vcardFor': ' for {name}',
} as const;
