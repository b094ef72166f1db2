/**
 * The Microsoft pages behind the rules and the deployment report, by their tag in the domain research
 * (sources-r2.md, section 6): one entry per tag, its label the page's title there and its URL the
 * address given there. Each entry's comment gives the source's class: MS-doc, a mirror of Microsoft's
 * help text, a Microsoft blog, or a third-party quote.
 */

/** A page a rule or a report row cites. */
export interface Source {
  label: string;
  url: string;
}

export const R_SOURCES = {
  R1: {
    label: 'OCS 2007 R2 Supported Server Collocation (dd425201)',
    url: 'https://technet.microsoft.com/hi-in/library/dd425201(en-us,office.13).aspx',
  }, // MS-doc
  R2: {
    label: 'R2 Back-End Database Topology (dd425285)',
    url: 'https://learn.microsoft.com/nl-nl/previous-versions/office/communications-server/dd425285(v=office.13)',
  }, // MS-doc
  R3: {
    label: 'R2 Back-End Database (ee323593)',
    url: 'https://docs.microsoft.com/en-us/previous-versions/office/communications-server/ee323593(v=office.13)',
  }, // MS-doc
  R4: {
    label: 'OCS 2007 Database Topologies (bb964073)',
    url: 'https://docs.microsoft.com/en-us/previous-versions/office/communications-server/bb964073(v=office.12)',
  }, // MS-doc
  R5: {
    label: 'R2 Enterprise Edition Consolidated Topology',
    url: 'https://technet.microsoft.com/en-us/library/dd425162(v=office.13).aspx',
  }, // MS-doc
  R6: { label: 'R2 Enterprise Edition Expanded Topology', url: 'https://technet.microsoft.com/en-us/library/dd441235(v=office.13).aspx' }, // MS-doc
  R7: { label: 'OCS 2007 Pool Configurations', url: 'https://technet.microsoft.com/en-us/library/bb663750(v=office.12).aspx' }, // MS-doc
  R8: { label: 'OCS 2007 Pool Components', url: 'https://technet.microsoft.com/en-us/library/bb964044(v=office.12).aspx' }, // MS-doc
  R9: { label: 'OCS 2007 Load Balancers', url: 'https://technet.microsoft.com/en-us/library/bb964010(v=office.12)' }, // MS-doc
  R10: {
    label: 'OCS 2007 Load Balancer Requirements for Office Communications Server 2007 Enterprise Pools',
    url: 'https://technet.microsoft.com/en-us/library/bb870398(office.12).aspx',
  }, // MS-doc
  R11: {
    label: 'R2 Load Balancers for Office Communications Server 2007 R2',
    url: 'https://technet.microsoft.com/en-us/library/dd572362(v=office.13).aspx',
  }, // MS-doc
  R12: {
    label: 'R2 Load Balancing Support',
    url: 'https://docs.microsoft.com/en-us/previous-versions/office/communications-server/dd572360(v=office.13)',
  }, // MS-doc
  R14: { label: 'R2 Deploy Load Balancers (Edge)', url: 'https://technet.microsoft.com/en-us/library/dd441179(v=office.13).aspx' }, // MS-doc
  R15: {
    label: 'NextHop, Hardware Load Balancer Requirements for Lync Server 2010 (OCS 2007/R2 sentence)',
    url: 'https://blogs.technet.com/b/nexthop/archive/2011/11/03/hardware-load-balancer-requirements-for-lync-server-2010.aspx',
  }, // MS-blog
  R16: {
    label: 'Top Things You Need to Know Before You Deploy Communications Server 2007 R2',
    url: 'https://technet.microsoft.com/en-us/library/ff181533(v=ocs.14).aspx',
  }, // MS-doc
  R17: {
    label: 'R2 Mediation Server hardware requirements',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/0a48b830-23ad-4605-9d63-947cf3380429.htm',
  }, // MS-doc (mirror)
  R18: { label: 'Mark G.’s TechNet blog, “Will OCS run on 64-bit Windows Server 2003?”', url: 'https://blogs.technet.com/markga/' }, // MS-blog
  R19: {
    label: 'R2 Active Directory Domain Services Support (domain names)',
    url: 'https://technet.microsoft.com/en-us/library/dd572418(v=office.13).aspx',
  }, // MS-doc
  R20: { label: 'OCS 2007 Perimeter Network', url: 'https://technet.microsoft.com/en-us/library/bb894627.aspx' }, // MS-doc
  R21: {
    label: 'R2 Perimeter Network Topologies for Office Communications Server 2007 R2',
    url: 'https://technet.microsoft.com/en-us/library/dd425171(office.13).aspx',
  }, // MS-doc
  R22: {
    label: 'R2 Managing External Connectivity for Your Organization with Edge Servers',
    url: 'https://technet.microsoft.com/en-us/library/dd572683(v=office.13).aspx',
  }, // MS-doc
  R23: {
    label: 'OCS 2007 Managing External Connectivity for Your Organization with Edge Servers',
    url: 'https://technet.microsoft.com/en-us/library/bb936637(v=office.12).aspx',
  }, // MS-doc
  R24: { label: 'OCS 2007 Edge server requirements overview (Table 1)', url: 'https://technet.microsoft.com/en-us/library/bb803627.aspx' }, // MS-doc
  R25: {
    label: 'R2 Configuring the External Interface of the A/V Edge Service',
    url: 'https://docs.microsoft.com/en-us/previous-versions/office/communications-server/dd572885(v=office.13)',
  }, // MS-doc
  R26: { label: 'OCS 2007 Step 2.3. Configure Firewalls', url: 'https://technet.microsoft.com/en-us/library/bb803617.aspx' }, // MS-doc
  R27: {
    label: 'R2 A/V Edge port range 50,000–59,999',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/50584280-af47-4001-bca7-2c532136010c.htm',
  }, // MS-doc (mirror)
  R28: {
    label: 'R2 trusted Edge / Web Conf / A/V Edge lists',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/8e99c9ea-f1cd-4cb8-8c6e-f59a19c319ea.htm',
  }, // MS-doc (mirror)
  R29: {
    label: 'R2 load-balanced edge: one-armed and two-armed topologies',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/4c47101c-ae92-41b0-8c79-ec4777fff356.htm',
  }, // MS-doc (mirror)
  R31: { label: 'OCS 2007 Director Topologies', url: 'https://technet.microsoft.com/en-us/library/bb964057(v=office.12).aspx' }, // MS-doc
  R32: { label: 'R2 Director Component', url: 'https://technet.microsoft.com/en-us/library/dd425338(office.13).aspx' }, // MS-doc
  R34: { label: 'OCS 2007 Mediation Server', url: 'https://technet.microsoft.com/en-us/library/bb663730(office.12).aspx' }, // MS-doc
  R35: {
    label: 'R2 Configuring the Mediation Server (network adapters)',
    url: 'https://technet.microsoft.com/en-us/library/dd572179(v=office.13).aspx',
  }, // MS-doc
  R36: {
    label: 'R2 Configuring a Mediation Server (TLS/TCP, certificate)',
    url: 'https://technet.microsoft.com/en-us/library/dd441159(v=office.13)',
  }, // MS-doc
  R38: {
    label: 'Lync Server 2010 Multiple Gateway Support (“In previous releases, there was a 1:1 ratio”)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398971(v=ocs.14)',
  }, // MS-doc, later product describing OCS
  R39: { label: 'OCS 2007 Archiving and CDR Scalability', url: 'https://technet.microsoft.com/en-us/library/bb870411(v=office.12).aspx' }, // MS-doc
  R40: {
    label: 'R2 deploying Archiving Server (components, topologies)',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/375521eb-8651-4515-a7ba-52372a3a5baf.htm',
  }, // MS-doc (mirror)
  R42: {
    label: 'Message Queuing Architecture and Configuration for Archiving',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/communications-server/dd572527(v=office.13)',
  }, // MS-doc
  R43: {
    label: 'OCS 2007 QoE Monitoring Server infrastructure requirements',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/communications-server/bb963991(v=office.12)',
  }, // MS-doc
  R44: { label: 'R2 Monitoring Server Architecture', url: 'https://technet.microsoft.com/en-us/library/dd441136(v=office.13).aspx' }, // MS-doc
  R46: {
    label: 'R2 pre-release Step 2. Determine the Components Required for Monitoring Server',
    url: 'https://learn.microsoft.com/en-us/previous-versions/cc751558(v=technet.10)',
  }, // MS-doc, pre-release
  R48: {
    label: 'Supported Topologies in Microsoft Office Communicator Web Access (2007 Release)',
    url: 'https://technet.microsoft.com/en-us/library/bb663570(v=office.12).aspx',
  }, // MS-doc
  R49: {
    label: 'CWA 2007 Publishing a Virtual Server to the Web for Remote User Access',
    url: 'https://technet.microsoft.com/en-us/library/bb663581(v=office.12).aspx',
  }, // MS-doc
  R50: {
    label: 'R2 Communicator Web Access Support',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/communications-server/dd425169(v=office.13)',
  }, // MS-doc
  R51: {
    label: 'R2 CWA Using a Load Balancer to Increase Capacity and Availability',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/communications-server/dd441196(v=office.13)',
  }, // MS-doc
  R53: {
    label: 'R2 Group Chat Architecture',
    url: 'https://learn.microsoft.com/pl-pl/previous-versions/office/communications-server/dd441154(v=office.13)',
  }, // MS-doc
  R54: {
    label: 'R2 Group Chat Server component',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/69dcf02c-b432-488b-9dcb-28bcbbec7b3b.htm',
  }, // MS-doc (mirror)
  R58: {
    label: 'R2 Conferencing Components on the Front End Server (dd441248)',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/63e1a986-4a5d-4410-a477-be2cc61161c1.htm',
  }, // MS-doc (mirror)
  R59: { label: 'R2 Ports and Protocols', url: 'https://technet.microsoft.com/en-us/library/dd425238(office.13).aspx' }, // MS-doc
  R60: {
    label: 'R2 configuring the internal interface port of the Web Conferencing Edge',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/02b3578a-0e27-4987-8dfe-40c334021721.htm',
  }, // MS-doc (mirror)
  R61: { label: 'OCS 2007 Managing A/V Conferencing', url: 'https://technet.microsoft.com/en-us/library/bb967672(v=office.12).aspx' }, // MS-doc
  R62: {
    label: 'R. Gulati, OCS 2007 R2 Edge server configuration (Part III) (Port Requirements)',
    url: 'https://learn.microsoft.com/es-es/archive/blogs/rogulati/ocs-2007-r2-edge-server-configuration-part-iii-port-requirements',
  }, // MS-blog
  R63: { label: 'OCS 2007 DNS (Domain Name Service) Table 24', url: 'https://technet.microsoft.com/en-us/library/bb870331.aspx' }, // MS-doc
  R64: { label: 'OCS 2007 3.2 Configure DNS for Your Pool', url: 'https://technet.microsoft.com/en-us/library/bb663654(TechNet.10).aspx' }, // MS-doc
  R65: {
    label: 'OCS 2007 Required DNS Records for Automatic Client Sign-In',
    url: 'https://technet.microsoft.com/en-us/library/bb663700(v=Office.12)',
  }, // MS-doc
  R66: { label: 'How Client DNS Queries Work (2007 R2 Beta)', url: 'https://technet.microsoft.com/en-us/library/cc816291(v=office.12)' }, // MS-doc, pre-release
  R67: { label: 'R2 Edge DNS configuration', url: 'https://unifiedpeople.ru/ocs2007r2.en/html/e34602d8-20f3-46ae-b164-1a3565d612a9.htm' }, // MS-doc (mirror)
  R68: {
    label: 'OCS 2007 Edge DNS Requirements (Table 43)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/communications-server/bb870404(v=office.12)',
  }, // MS-doc
  R69: {
    label: 'R2 Edge certificate requirements',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/f05bd2a7-2298-431f-bf3e-e64d15f596a7.htm',
  }, // MS-doc (mirror)
  R70: {
    label: 'R2 internal server certificate requirements',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/4d0564c2-c5ce-4e42-b46f-d7f836b90894.htm',
  }, // MS-doc (mirror)
  R71: {
    label: 'R2 command-line certificate assignment',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/63d25573-01ab-4e42-9427-38e31334894f.htm',
  }, // MS-doc (mirror)
  R72: { label: 'OCS 2007 Certificate Infrastructure', url: 'https://technet.microsoft.com/en-us/library/bb870336(office.12).aspx' }, // MS-doc
  R73: {
    label: 'OCS 2007 Step 4 Configure Certificates on the Internal Interface of Your Edge Servers',
    url: 'https://technet.microsoft.com/en-us/library/bb870318(office.12).aspx',
  }, // MS-doc
  R74: {
    label: 'R2 HTTP Reverse Proxy for Office Communications Server 2007 R2',
    url: 'https://technet.microsoft.com/en-us/library/dd572771(v=office.13).aspx',
  }, // MS-doc
  R75: {
    label: 'R2 Configure a Reverse Proxy',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/communications-server/dd441312(v=office.13)',
  }, // MS-doc
  R76: { label: 'OCS 2007 Step 2.1. Configure a Reverse Proxy', url: 'https://technet.microsoft.com/en-us/library/bb663639.aspx' }, // MS-doc
  R77: {
    label: 'R2 Capacity Planning',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/communications-server/dd425159(v=office.13)',
  }, // MS-doc
  R78: {
    label: 'OCS 2007 Planning Guide capacity Tables 32 and 33 (as quoted)',
    url: 'https://blog.martingibney.com/2009/05/capacity-planning-microsoft-office.html',
  }, // 3P quote of a Microsoft table
  R80: {
    label: 'Hosted OCS 2007 guide, A/V conferencing',
    url: 'https://systemscenter.ru/hmc_help.en/html/66956b83-d316-4adf-be28-b62b01d67753.htm',
  }, // MS-doc (mirror)
  R83: {
    label: 'OCS 2007 Internal Network Topologies',
    url: 'https://docs.microsoft.com/en-us/previous-versions/office/communications-server/bb964045(v=office.12)',
  }, // MS-doc
  R84: {
    label: 'Communications Server 2010 pre-release, reverse proxy certificates (describes R2)',
    url: 'https://unifiedpeople.ru/ocs_14_itpro.en/html/ce5ffdb9-1cbd-47a4-b137-e0849d5dbb60.htm',
  }, // MS-doc (mirror), later product
  R85: {
    label: 'Lync Server 2010 DNS Requirements for Standard Edition Servers (ucupdates-r2)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg425900(v=ocs.14)',
  }, // MS-doc, later product
  R86: {
    label: 'R2 help, Mediation Server: General tab (copy)',
    url: 'https://howtomicrosoftofficetutorials.blogspot.com/2017/03/mediation-server-general.html',
  }, // copy of Microsoft help
  R88: {
    label: 'R2 Supported Topologies overview (SE / consolidated)',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/994a8a4d-fa3b-4676-ad3b-736316229818.htm',
  }, // MS-doc (mirror)
  R95: {
    label: 'R2 walkthrough: install and configure the load balancer (one-/two-armed)',
    url: 'https://unifiedpeople.ru/ocs2007r2.en/html/8a207fbe-e1e3-4106-9b2d-788d3d776962.htm',
  }, // MS-doc (mirror)
  R96: {
    label: 'CWA 2007 Appendix B: Planning for Capacity Requirements',
    url: 'https://technet.microsoft.com/en-us/library/bb663587(v=office.12).aspx',
  }, // MS-doc
} as const satisfies Record<`R${number}`, Source>;

/** A tag of sources-r2.md that the table holds, e.g. 'R21'. */
export type SourceTag = keyof typeof R_SOURCES;
