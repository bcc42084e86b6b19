"""The sample plan: the CBSA "Immigration Removals" Detailed Action Plan as the department filed it.

Transcribed from the filed plan, text and dates verbatim (including its typos), with the page
breaks of the printout joined back into whole cells. New documents start with it so a first-time
user sees a real plan rather than an empty table.
"""

from __future__ import annotations

from planapp.domain.plan import Contact, Milestone, Plan, PlanStatus, Recommendation, WrittenDate


def _m(number: str, description: str, due: str) -> Milestone:
    return Milestone(number=number, description=description, due=WrittenDate.of(due))


def _harris() -> Contact:
    return Contact(
        organization="CBSA",
        name="Scott Harris",
        title="Vice-President Intelligence and Enforcement Branch",
        phone="613-948-4111",
    )


def sample_plan() -> Plan:
    """A fresh copy of the sample plan (callers may change it freely)."""
    rec1 = Recommendation(
        ref="Rec. 1",
        recommendation=(
            "CBSA should continue to refine its strategy to ensure the timely enforcement of new "
            "and accumulated removal orders, particularly for high-priority cases. To support "
            "these efforts, it should regularly track the timeliness of removal against "
            "performance targets."
        ),
        response=(
            "Agreed. The Agency agrees that it should continue to refine its existing strategies "
            "to further ensure the timely removal of those found inadmissible to Canada, "
            "particularly for those persons found inadmissible on the most serious grounds, the "
            "CBSA's established highest priority category for removals. The Agency achieved its "
            "highest number of removals in four years in 2018-19, as a result of focused efforts "
            "to increase removals. This included the implementation of a number of activities "
            "including: a whole of government engagement approach to securing timelier issuance "
            "of travel documents from foreign governments; regulatory amendments to allow the "
            "Agency to confirm the departure status of those believed to have left Canada; the "
            "creation of increased reporting capability to better allow the Agency to monitor how "
            "long cases have been in its inventories and increased national coordination of the "
            "program. Building on this success, the Agency will complete a removals plan to both "
            "increase the number of removals, and better track, the timely removal of individuals "
            "from Canada, focusing on high priority cases by Q2 2020-21. This will include "
            "additional data quality assurance controls."
        ),
        outcome=(
            "A refined removals strategy that further ensures the timely removal of those found "
            "to be inadmissible to Canada, with a particular focus on priority cases."
        ),
        completion=WrittenDate.of("January 30, 2021"),
        milestones=[
            _m(
                "1.1",
                "The CBSA will continue to refine the removal strategy to improve oversight of "
                "the inventories to increase program efficiencies. This will include a robust "
                "national coordination approach to support timely removals and mitigate "
                "unnecessary delays.",
                "September 30, 2020",
            ),
            _m(
                "1.2",
                "The CBSA will develop performance objectives focused on top removal priorities "
                "and timelines for removal to demonstrate continued focus on safety and security "
                "cases. This approach will complement the overall expected funded removal totals. "
                "This will include an enhanced performance measurement dashboard to monitor "
                "progress against expected outcomes.",
                "December 7, 2020",
            ),
            _m(
                "1.3",
                "The CBSA will determine the necessary IT requirements in order to improve better "
                "removal inventories and case management to further support and improve program "
                "management and ensure cases with no impediments are quickly removed.",
                "January 30, 2021",
            ),
            _m(
                "1.4",
                "This improved plan includes the development of customizable engagement strategy "
                "for high priority countries.",
                "March 31, 2020",
            ),
        ],
        contacts=[
            _harris(),
            Contact(
                organization="CBSA",
                name="Minh Doan",
                title="Vice-President Information, Science and Technology Branch",
                phone="613-948-9694",
            ),
            Contact(
                organization="CBSA",
                name="Kathy Thompson",
                title="Vice-President Strategic Policy Branch",
                phone="613-941-4937",
            ),
        ],
    )
    rec2 = Recommendation(
        ref="Rec. 2",
        recommendation=(
            "CBSA should continue to explore options to encourage voluntary returns and assist "
            "the departure of foreign nationals to their country of origin in line with Canada's "
            "international commitments to promote safe and orderly migration."
        ),
        response=(
            "Agreed. While the immigration continuum is predicated on the expectation that "
            "individuals who no longer have status in the country, or who have been found "
            "inadmissible, will abide by our laws and leave Canada voluntarily, the reality is "
            "that a significant number of people fail to do so. The Agency strongly encourages "
            "voluntary compliance and has, accordingly, been working over the past year to "
            "establish initiatives specifically designed to support this outcome. This includes "
            "both a dedicated information line open to the public to allow individuals to seek "
            "information on their removal process and a Departure Incentive Program pilot for "
            "which the Agency has already completed an examination of international voluntary "
            "compliance models in order to design a Canadian version. The Agency is committed to "
            "implementing these initiatives to encourage voluntary compliance with removals. "
            "These initiatives will be implemented by Q4 in the 2020-21 fiscal year."
        ),
        outcome=(
            "A dedicated immigration information help line that provides general and case "
            "specific information to foreign nationals. This increases knowledge of the removals "
            "program and support voluntary compliance. An implemented Departure Incentive Pilot "
            "Program aimed at increasing the cooperation of inadmissible foreign nationals in the "
            "removals program by incentivizing their compliance in departing Canada in a timely "
            "manner."
        ),
        completion=WrittenDate.of("October 31, 2020"),
        milestones=[
            _m(
                "2.1",
                "The CBSA has completed the information help line pilot assessment and the "
                "deployment of a permanent help line is expected to be implemented in Q1 "
                "2020-2021.",
                "September 30, 2020",
            ),
            _m(
                "2.2",
                "The CBSA has completed a review of voluntary compliance models from "
                "international partners. The CBSA will develop options and the approved approach "
                "will be piloted across a two-year window. Reporting measurements will support "
                "oversight of the pilot.",
                "October 31, 2020",
            ),
        ],
        contacts=[_harris()],
    )
    rec3 = Recommendation(
        ref="Rec. 3",
        recommendation=(
            "CBSA should improve the integrity of its data and case management practices so that "
            "it can better manage the removals program. Specifically, it should:\n"
            "• Further check the accuracy of its removal inventory database, with respect to both "
            "the status of individual cases and the make-up of its inventory;\n"
            "• Establish a clear triage process to assign and initiate action on removal cases "
            "according to current status and expected next steps and ensure that cases progress "
            "toward removal as soon as possible;\n"
            "• Improve its data interface with its partners to know when decisions have been made "
            "that affects the status of a removal order;\n"
            "• In conjunction with IRCC, establish a process to ensure that any new information "
            "entering the database is accurate and timely."
        ),
        response=(
            "The Agency agrees with this recommendation and is committed to focusing its Inland "
            "Enforcement resources on removing people in a timely manner, while continuing to "
            "prioritize the most serious cases. In conjunction with increased funding provided "
            "for the program in Federal Budget 2019, the Agency has established a multi-year "
            "removals strategy. This strategy will lead to the implementation of an enhanced "
            "triage method to improve case identification and to ensure cases are processed in a "
            "timely and efficient manner based on removal priorities. In 2019, the CBSA developed "
            "the ability to report more accurately on the length of time cases are in its removal "
            "system and will further refine this capacity to ensure it is reflected in processes "
            "used to assign cases to its officers. The Agency will also conduct reviews of "
            "multiple removal inventories in order to identify and correct data integrity "
            "challenges. The Agency will also work with its partners to ensure the timely and "
            "accurate input of information in support of removals whether through system "
            "upgrades or additional training measures during the 2020-21 fiscal year."
        ),
        outcome=(
            "A formalized quality assurance process that improves data accuracy and support "
            "better program management."
        ),
        completion=WrittenDate.of("March 30, 2021"),
        milestones=[
            _m(
                "3.1",
                "The CBSA will establish a sustainable triaging approach, supported by increased "
                "national coordination, to ensure that priority cases that enter the working "
                "inventory are assigned, processed, and scheduled for removal based on removal "
                "priorities. This includes the development of scheduled reports to facilitate "
                "file management.",
                "March 12, 2021",
            ),
            _m(
                "3.2",
                "The CBSA will develop a quality assurance process, supported by regional "
                "Operations & Data Integrity Analysts, to improve the quality of data across all "
                "regions. This quality assurance initiative will include a data verification "
                "strategy both at an individual case and inventory as well as reviews to address "
                "systematic errors for correction.",
                "March 30, 2021",
            ),
            _m(
                "3.3",
                "The CBSA will review current interface challenges and work closely with IRCC to "
                "ensure that information transmitted and received via interface is correct and "
                "timely.",
                "March 30, 2021",
            ),
            _m(
                "3.4 a)",
                "CBSA and IRCC will continue to work together on the quality assurance reports "
                "which will be run on an ongoing basis for the purpose of maintaining the "
                "monitoring, oversight, and compliance regime in response to the 2019 OAG Audit "
                "of Processing of Asylum Claims and the OAG 2020 Audit of Immigration Removals. A "
                "summary of the findings will be presented to the inter-departmental Deputy-level "
                "Asylum System Management Board.",
                "December 31, 2020",
            ),
            _m(
                "3.4 b)",
                "IRCC, in consultation with CBSA and Department of Justice, will\n"
                "a. develop a reporting and oversight mechanism to ensure litigation data entry "
                "by Department of Justice officials is completed in a timely manner. September "
                "30, 2020\n"
                "b. implement the reporting and oversight mechanism to ensure timely data entry.",
                "September 30, 2021",
            ),
        ],
        contacts=[
            _harris(),
            Contact(
                organization="IRCC",
                name="Dr. Nicole Giles",
                title="Associate Assistant Deputy Minister, Operations",
                phone="613-437-8211",
            ),
        ],
    )
    return Plan(
        department="Canada Border Services Agency",
        department_fr="Agence des services frontaliers du Canada",
        acronym="CBSA",
        title="CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN",
        audit_title="OAG Performance Audit of Immigration Removals",
        audit_title_fr="BVG sur le audit de performance sur les Retraits de l'immigration",
        status=PlanStatus.SUBMITTED,
        recommendations=[rec1, rec2, rec3],
    )
