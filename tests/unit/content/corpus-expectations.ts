/**
 * What the importer must read from corpus documents of different shapes: every certification,
 * every tool group's name and every project title, in document order.
 */
export interface PinnedDocument {
  /** The chapter number the corpus file name starts with. */
  number: number;
  role: string;
  /** The structure this document exercises. */
  shape: string;
  certifications: string[];
  toolGroups: string[];
  projects: string[];
}

export const PINNED_DOCUMENTS: PinnedDocument[] = [
  {
    number: 4,
    shape: 'bold paragraphs instead of headings, plain "Label: text" bullets, certifications only named inline in the education bullets',
    role: "Full Stack Developer",
    certifications: ["AWS Certified Developer", "Microsoft Certified Azure Developer"],
    toolGroups: ["Frontend", "Backend", "Databases", "Tools"],
    projects: ["Personal Blog", "E-commerce Mini-Site", "Task Management App", "API-Driven Projects", "Open-Source Contributions", "Hackathons"],
  },
  {
    number: 5,
    shape: 'no certifications at all, advice bullets inside the project list',
    role: "Data Scientist",
    certifications: [],
    toolGroups: ["Programming Languages", "Machine Learning Frameworks", "Data Visualization Tools", "Data Processing & Big Data", "Version Control", "Jupyter Notebooks/Lab"],
    projects: ["Real-world datasets", "Personal projects", "Open-source contributions", "Kaggle competitions"],
  },
  {
    number: 7,
    shape: 'certifications nested under an education bullet, several per line with remarks in parentheses',
    role: "Computer Network Architect",
    certifications: ["CCNA", "CCNP", "CCIE", "JNCIA", "JNCIS", "JNCIE", "Network+", "Security+", "AWS Certified Advanced Networking – Specialty", "Google Professional Cloud Network Engineer", "Azure Network Engineer Associate"],
    toolGroups: ["Networking Hardware", "Network Operating Systems", "Cloud Platforms", "Network Monitoring Tools", "Network Security Tools", "Scripting/Automation"],
    projects: ["Design a Network for a Small Business", "Set up a Virtual Network Lab", "Automate Network Configuration Tasks", "Network Security Hardening Project", "Cloud Network Deployment Project"],
  },
  {
    number: 8,
    shape: 'certification families under an education bullet, tools named by category examples',
    role: "Cloud Engineer",
    certifications: ["AWS Certified Cloud Practitioner", "AWS Certified Solutions Architect – Associate", "AWS Certified DevOps Engineer – Professional", "AWS Certified Security – Specialty", "Azure Fundamentals", "Azure Administrator Associate", "Azure Solutions Architect Expert", "Azure DevOps Engineer Expert", "Azure Security Engineer Associate", "Google Cloud Digital Leader", "Professional Cloud Architect", "Professional Cloud DevOps Engineer", "Professional Cloud Security Engineer", "CompTIA Cloud+"],
    toolGroups: ["Cloud Platforms", "IaC", "Containerization", "Orchestration", "Scripting", "Monitoring", "Configuration Management", "Version Control"],
    projects: ["Deploy a Web Application in the Cloud", "Set up a Serverless Application", "Create a Secure Cloud Environment", "Implement a Cloud Monitoring and Logging Solution", "Automate Cloud Infrastructure Provisioning"],
  },
  {
    number: 14,
    shape: 'certifications as bold names nested under an education bullet',
    role: "Machine Learning Engineer",
    certifications: ["AWS Certified Machine Learning – Specialty", "Microsoft Certified: Azure AI Engineer Associate", "Google Professional Machine Learning Engineer"],
    toolGroups: ["Programming Languages", "Machine Learning Frameworks", "Cloud Platforms", "Data Engineering Tools", "Containerization and Orchestration", "API Frameworks", "Monitoring and Logging Tools", "Version Control", "IDEs"],
    projects: ["Deploy a Pre-trained Machine Learning Model as a Web API", "Build an End-to-End ML Pipeline for a Specific Task", "Implement a Model Monitoring Dashboard", "Contribute to Open-Source Machine Learning Projects", "Participate in ML Engineering Challenges/Hackathons"],
  },
  {
    number: 15,
    shape: 'a tools bullet whose nested labels are the real groups',
    role: "Web Developer",
    certifications: [],
    toolGroups: ["Frontend", "Python", "Node.js", "Java", "Databases", "Version Control", "IDEs/Code Editors", "API Testing Tools"],
    projects: ["Personal Website/Portfolio Website", "Frontend Projects", "Backend Projects", "Full-Stack Web Applications", "Clone Popular Websites", "Open-Source Contributions", "Participate in Web Development Hackathons"],
  },
  {
    number: 17,
    shape: 'certifications under level sub-headings, plain bullets without labels',
    role: "IT Security Specialist",
    certifications: ["CompTIA Security+", "CompTIA CySA+", "Certified Ethical Hacker (CEH)", "GIAC Security Essentials Certification (GSEC)", "Certified Information Systems Security Professional (CISSP)", "Certified Information Security Manager (CISM)", "Offensive Security Certified Professional (OSCP)", "AWS Certified Security – Specialty", "Azure Security Engineer Associate", "Google Cloud Professional Cloud Security Engineer", "Certified Cloud Security Professional (CCSP)"],
    toolGroups: ["Operating Systems", "Networking", "Security Information and Event Management", "Vulnerability Scanning", "Firewalls", "Cloud Security Services", "Scripting/Automation", "Virtualization Platforms", "Password Management Tools"],
    projects: ["Set up a Home Security Lab", "Conduct Vulnerability Assessments and Penetration Tests on Lab VMs", "Build a Security Monitoring and SIEM Dashboard in a Lab", "Develop Security Scripts and Automation Tools", "Participate in Capture the Flag Competitions", "Contribute to Open-Source Security Projects", "Write Security Blog Posts or Articles"],
  },
  {
    number: 19,
    shape: 'a certification family listing its members in a sentence',
    role: "Software Tester",
    certifications: ["ISTQB Foundation Level", "ISTQB Agile Tester", "ISTQB Test Analyst", "ISTQB Technical Test Analyst", "ISTQB Test Manager", "Certified Software Quality Analyst (CSQA)", "Certified Tester Foundation Level - Agile Tester (CTFL-AT)"],
    toolGroups: ["Web Automation", "Mobile Automation", "API Testing", "Performance Testing", "Programming Languages", "Test Frameworks and Libraries", "Build Tools and Dependency Management", "Version Control", "Defect Tracking Tools", "Test Management Tools"],
    projects: ["Test a Web Application", "Test a Mobile App", "API Testing Project", "Performance Testing Project", "Security Testing Project", "Contribute to Open-Source Testing Projects", "Create a Test Automation Framework"],
  },
  {
    number: 24,
    shape: 'colons inside bold certification names, products with their parts in parentheses',
    role: "Data Engineer",
    certifications: ["AWS Certified Data Engineer – Associate & Professional", "Microsoft Certified: Azure Data Engineer Associate", "Google Professional Data Engineer", "Cloudera Certified Data Engineer", "Databricks Certified Associate Developer for Apache Spark", "Databricks Certified Professional Data Engineer"],
    toolGroups: ["Programming Languages", "ETL/Data Integration Tools", "Data Warehousing Technologies", "Data Lake Technologies", "Big Data Processing Frameworks", "Data Orchestration and Workflow Management", "Database Systems", "Cloud Platforms", "Data Modeling Tools", "Version Control", "Containerization and Orchestration"],
    projects: ["Build an End-to-End Data Pipeline", "Develop a Data Lake Project", "Data Warehouse Design and Implementation Project", "Real-time Data Streaming Pipeline", "Data Quality Monitoring and Alerting Project", "Cloud Data Engineering Project", "Contribute to Open-Source Data Engineering Projects"],
  },
  {
    number: 28,
    shape: 'certifications named by example, a tools list with remarks after every name',
    role: "Technical Writer",
    certifications: ["Certified Professional Technical Communicator (CPTC)", "Certified Technical Writer Professional (CTWP)", "ISTC", "HubSpot Content Marketing Certification", "MadCap Flare Certified Developer", "Adobe FrameMaker certification"],
    toolGroups: ["Documentation Authoring Tools", "Content Management Systems", "Help Authoring Tools", "Version Control Systems", "Diagramming and Illustration Tools", "Screencasting and Video Editing Tools", "API Documentation Tools and Formats"],
    projects: ["Document an Open-Source Project", "Create a User Manual for a Software Application", "Develop API Documentation for a Public API", "Design and Create an Online Help System", "Write Installation and Configuration Guides", "Create Video Tutorials or Screencasts", "Document Internal Processes or Procedures"],
  },
];
