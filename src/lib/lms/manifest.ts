/**
 * The files that tell an LMS what a package is: imsmanifest.xml for SCORM 1.2 and for SCORM
 * 2004 4th edition, and cmi5.xml for a cmi5 course. One package is one SCO (or one AU): a
 * module, or an assignment of some of its sections, launched at `launch`.
 */
export interface PackageInfo {
	/** A module's id, or a module's id with its assignment's: unique on the LMS. */
	id: string;
	title: string;
	summary: string;
	/** The module's language (BCP 47), for cmi5's language strings. */
	language: string;
	/** The share of the points that passes, 0 to 100; null for none (completion alone). */
	passMark: number | null;
	/** The page the LMS opens, relative to the package's root. */
	launch: string;
	/** Every file of the package, relative to its root, the launch page among them. */
	files: readonly string[];
}

/** Text as XML text or attribute value: module titles are untrusted. */
export const xmlText = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
		// Characters XML 1.0 cannot hold at all.
		// eslint-disable-next-line no-control-regex -- control characters are what it takes out
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** An identifier of the XML schema's ID type: letters, digits, - _ . and a letter first. */
const xmlId = (s: string) => `lectern-${s.replace(/[^A-Za-z0-9_.-]/g, '-')}`;

const fileList = (files: readonly string[]) =>
	files.map((f) => `      <file href="${xmlText(f)}"/>`).join('\n');

export function scorm12Manifest(p: PackageInfo): string {
	const id = xmlId(p.id);
	const mastery =
		p.passMark === null ? '' : `\n        <adlcp:masteryscore>${p.passMark}</adlcp:masteryscore>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlText(p.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xmlText(p.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlText(p.launch)}">
${fileList(p.files)}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(p: PackageInfo): string {
	const id = xmlId(p.id);
	// The pass mark as the primary objective's measure: the LMS then knows what passes, and the
	// content reports success_status against the same mark.
	const sequencing =
		p.passMark === null
			? ''
			: `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${p.passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlText(p.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${xmlText(p.title)}</title>${sequencing}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${xmlText(p.launch)}">
${fileList(p.files)}
    </resource>
  </resources>
</manifest>
`;
}

/** cmi5's course structure: one AU, which moves on once completed (and passed, with a mark). */
export function cmi5Course(p: PackageInfo): string {
	const iri = `urn:lectern:${encodeURIComponent(p.id)}`;
	const lang = xmlText(p.language);
	const text = (s: string) => `<langstring lang="${lang}">${xmlText(s)}</langstring>`;
	const mastery = p.passMark === null ? '' : ` masteryScore="${p.passMark / 100}"`;
	const moveOn = p.passMark === null ? 'Completed' : 'CompletedAndPassed';
	return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${iri}">
    <title>${text(p.title)}</title>
    <description>${text(p.summary)}</description>
  </course>
  <au id="${iri}:au" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow">
    <title>${text(p.title)}</title>
    <description>${text(p.summary)}</description>
    <url>${xmlText(p.launch)}</url>
  </au>
</courseStructure>
`;
}
