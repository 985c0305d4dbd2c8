/** What the importer must read from the seed document; the bundled path carries the same facts. */
export const SEED_CERTIFICATIONS = [
  'CompTIA A+',
  'CompTIA Network+',
  'CompTIA Security+',
  'ITIL Foundation',
  'HDI Customer Service Representative (CSR)',
  'HDI Support Center Analyst (SCA)',
  'Microsoft Certified Azure Administrator Associate',
  'AWS Certified SysOps Administrator',
  'Salesforce Administrator',
  'ServiceNow Certified System Administrator',
  'Gainsight Customer Success Certification',
];

export const SEED_TOOL_GROUPS = [
  {
    name: 'Ticketing Systems',
    tools: [
      'Jira Service Desk',
      'Zendesk',
      'ServiceNow Service Management',
      'Salesforce Service Cloud',
      'Freshdesk',
    ],
  },
  {
    name: 'Remote Support Tools',
    tools: ['Remote Desktop (Windows)', 'TeamViewer', 'AnyDesk', 'LogMeIn Rescue', 'VNC', 'SSH'],
  },
  {
    name: 'Knowledge Base Platforms',
    tools: ['Confluence', 'SharePoint', 'Zendesk Guide', 'Salesforce Knowledge', 'HelpDocs'],
  },
  {
    name: 'Diagnostic and System Monitoring Tools',
    tools: [
      'Windows Event Viewer',
      'Linux system logs',
      'Task Manager',
      'Resource Monitor',
      'top/htop',
      'ping',
      'traceroute',
      'nslookup',
    ],
  },
  {
    name: 'CRM Platforms',
    tools: ['Salesforce Sales Cloud', 'HubSpot CRM', 'Microsoft Dynamics 365 Sales'],
  },
  { name: 'Scripting Languages', tools: ['Python', 'PowerShell', 'Bash scripting'] },
  {
    name: 'Cloud Platforms',
    tools: [
      'AWS Management Console',
      'Azure Portal',
      'Google Cloud Console',
      'AWS CloudWatch',
      'Azure Monitor',
      'Google Cloud Logging',
      'AWS CLI',
      'Azure CLI',
      'gcloud CLI',
    ],
  },
];
