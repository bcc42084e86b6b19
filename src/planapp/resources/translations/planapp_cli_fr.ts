<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AssessmentSource</name>
    <message>
        <source>Audit committee</source>
        <translation>Comité de vérification</translation>
    </message>
    <message>
        <source>OAG</source>
        <translation>BVG</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“{text}” is not a date like 2026-05-13</source>
        <translation>« {text} » n&apos;est pas une date comme 2026-05-13</translation>
    </message>
    <message>
        <source>Dashboard as of {day}, period {period}; grouped by {grouping}</source>
        <translation>Tableau de bord au {day}, période {period}; regroupé par {grouping}</translation>
    </message>
    <message>
        <source>Dashboard as of {day}, no current reporting period; grouped by {grouping}</source>
        <translation>Tableau de bord au {day}, aucune période de rapport en cours; regroupé par {grouping}</translation>
    </message>
    <message>
        <source>{ref} / {number}  {what}  · due {due} · {status}</source>
        <translation>{ref} / {number}  {what}  · échéance {due} · {status}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>“{text}” is not a status ({words})</source>
        <translation>« {text} » n&apos;est pas un état ({words})</translation>
    </message>
    <message>
        <source>milestone {number} of plan {plan}: {status} as of {day} ({n} entry)</source>
        <translation>jalon {number} du plan {plan} : {status} au {day} ({n} entrée)</translation>
    </message>
    <message>
        <source>milestone {number} of plan {plan}: {status} as of {day} ({n} entries)</source>
        <translation>jalon {number} du plan {plan} : {status} au {day} ({n} entrées)</translation>
    </message>
    <message>
        <source>period {id}: {name} ({start} to {end})</source>
        <translation>période {id} : {name} (du {start} au {end})</translation>
    </message>
    <message>
        <source>{n} open milestone awaits an update</source>
        <translation>{n} jalon ouvert attend une mise à jour</translation>
    </message>
    <message>
        <source>{n} open milestones await an update</source>
        <translation>{n} jalons ouverts attendent une mise à jour</translation>
    </message>
    <message>
        <source>plan {plan} submitted {day} to {recipient}</source>
        <translation>plan {plan} transmis le {day} à {recipient}</translation>
    </message>
    <message>
        <source>{name} has no plan {plan}.</source>
        <translation>{name} ne contient aucun plan {plan}.</translation>
    </message>
    <message>
        <source>Copied {n} row to {target}</source>
        <translation>{n} ligne copiée vers {target}</translation>
    </message>
    <message>
        <source>Copied {n} rows to {target}</source>
        <translation>{n} lignes copiées vers {target}</translation>
    </message>
    <message>
        <source>{output}: {n} page</source>
        <translation>{output} : {n} page</translation>
    </message>
    <message>
        <source>{output}: {n} pages</source>
        <translation>{output} : {n} pages</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>To do so: {command}</source>
        <translation>Pour ce faire : {command}</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>avertissement : {text}</translation>
    </message>
    <message>
        <source>{name} holds {count} plans; choose one with --plan.</source>
        <translation>{name} contient {count} plans; choisissez-en un avec --plan.</translation>
    </message>
    <message>
        <source>{name} has no plan {plan} (plans: {plans}).</source>
        <translation>{name} ne contient aucun plan {plan} (plans : {plans}).</translation>
    </message>
    <message>
        <source>--map &quot;{item}&quot; should read &quot;Heading=field&quot;.</source>
        <translation>--map « {item} » doit avoir la forme « En-tête=champ ».</translation>
    </message>
    <message>
        <source>--map “{item}”: “{name}” is not a field (fields: {fields}).</source>
        <translation>--map « {item} » : « {name} » n&apos;est pas un champ (champs : {fields}).</translation>
    </message>
    <message>
        <source>--map: no column is headed “{heading}” (headings: {known}).</source>
        <translation>--map : aucune colonne n&apos;a l&apos;en-tête « {heading} » (en-têtes : {known}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>read without asking</source>
        <translation>lue sans rien demander</translation>
    </message>
    <message>
        <source>needs --map to be read</source>
        <translation>--map est nécessaire pour la lire</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, headings in row {row} (language {language}; {state}):</source>
        <translation>Feuille « {sheet} », en-têtes à la ligne {row} (langue {language}; {state}) :</translation>
    </message>
    <message>
        <source>import: say which document to import into with --into DOCUMENT.</source>
        <translation>import : indiquez dans quel document importer avec --into DOCUMENT.</translation>
    </message>
    <message>
        <source>import: --translation makes a new plan from both versions; it cannot --merge.</source>
        <translation>import : --translation crée un nouveau plan à partir des deux versions; il ne peut pas s&apos;utiliser avec --merge.</translation>
    </message>
    <message>
        <source>{name} already holds “{plan}” (plan {id}), which {workbook} is a version of; nothing was imported. Use --merge to merge the workbook into it field by field.</source>
        <translation>{name} contient déjà « {plan} » (plan {id}), dont {workbook} est une version; rien n&apos;a été importé. Utilisez --merge pour y fusionner le classeur champ par champ.</translation>
    </message>
    <message>
        <source>added plan {id}: {name} ({counts})</source>
        <translation>plan {id} ajouté : {name} ({counts})</translation>
    </message>
    <message>
        <source>{n} change</source>
        <translation>{n} modification</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} modifications</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>merged into plan {id}: {name} ({what}; {counts})</source>
        <translation>fusionné dans le plan {id} : {name} ({what}; {counts})</translation>
    </message>
    <message>
        <source>{n} extra column</source>
        <translation>{n} colonne supplémentaire</translation>
    </message>
    <message>
        <source>{n} extra columns</source>
        <translation>{n} colonnes supplémentaires</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>list overdue, due and awaited milestones of all plans</source>
        <translation>énumérer les jalons en retard, à échéance et en attente de tous les plans</translation>
    </message>
    <message>
        <source>the day to look from (today)</source>
        <translation>le jour de référence (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON au lieu du texte</translation>
    </message>
    <message>
        <source>record a progress entry for one milestone</source>
        <translation>consigner une entrée d&apos;avancement pour un jalon</translation>
    </message>
    <message>
        <source>define a reporting period (and start its update round)</source>
        <translation>définir une période de rapport (et lancer sa ronde de mises à jour)</translation>
    </message>
    <message>
        <source>every open milestone awaits an update</source>
        <translation>chaque jalon ouvert attend une mise à jour</translation>
    </message>
    <message>
        <source>record that a plan was sent (when, to whom)</source>
        <translation>consigner qu&apos;un plan a été transmis (quand, à qui)</translation>
    </message>
    <message>
        <source>print the document&apos;s plans as JSON</source>
        <translation>afficher les plans du document en JSON</translation>
    </message>
    <message>
        <source>the planapp document (default: your plans)</source>
        <translation>le document planapp (par défaut : vos plans)</translation>
    </message>
    <message>
        <source>only the plan with this id (see the dump)</source>
        <translation>seulement le plan de cet identifiant (voir dump)</translation>
    </message>
    <message>
        <source>import an Excel workbook into a document</source>
        <translation>importer un classeur Excel dans un document</translation>
    </message>
    <message>
        <source>the Excel workbook (.xlsx) to read; it is not changed</source>
        <translation>le classeur Excel (.xlsx) à lire; il n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>the document to import into (created if missing)</source>
        <translation>le document où importer (créé s&apos;il n&apos;existe pas)</translation>
    </message>
    <message>
        <source>send the column with this heading (or column letter) to a field; repeatable</source>
        <translation>envoyer la colonne de cet en-tête (ou de cette lettre de colonne) vers un champ; peut être répété</translation>
    </message>
    <message>
        <source>print each sheet&apos;s columns and where they go, and import nothing</source>
        <translation>afficher les colonnes de chaque feuille et leur destination, sans rien importer</translation>
    </message>
    <message>
        <source>merge into the plan the workbook is a version of, instead of refusing</source>
        <translation>fusionner dans le plan dont le classeur est une version, au lieu de refuser</translation>
    </message>
    <message>
        <source>write a plan as a PDF</source>
        <translation>écrire un plan en PDF</translation>
    </message>
    <message>
        <source>the planapp document holding the plan</source>
        <translation>le document planapp qui contient le plan</translation>
    </message>
    <message>
        <source>the plan&apos;s id, when the document holds several (see dump)</source>
        <translation>l&apos;identifiant du plan, quand le document en contient plusieurs (voir dump)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>the same plan&apos;s workbook in the other official language: both are added as one plan in WORKBOOK&apos;s language, OTHER&apos;s texts as their translations (paired by ref, then position; what did not pair is printed)</source>
        <translation>le classeur du même plan dans l&apos;autre langue officielle : les deux sont ajoutés comme un seul plan dans la langue de WORKBOOK, les textes d&apos;OTHER devenant leurs traductions (appariés par référence, puis par position; ce qui n&apos;a pas pu être apparié est affiché)</translation>
    </message>
    <message>
        <source>write a plan as an Excel workbook, or a Word document when OUT ends in .docx</source>
        <translation>écrire un plan dans un classeur Excel, ou dans un document Word quand OUT se termine par .docx</translation>
    </message>
    <message>
        <source>language of the content, headings and titles: English, French or both (the plan in its own language, then in its other; default: the plan&apos;s own)</source>
        <translation>langue du contenu, des en-têtes et des titres : anglais, français ou les deux (le plan dans sa langue, puis dans l&apos;autre; par défaut : celle du plan)</translation>
    </message>
    <message>
        <source>paper size of the printed pages (default: legal)</source>
        <translation>format du papier des pages imprimées (par défaut : legal)</translation>
    </message>
    <message>
        <source>a department&apos;s own template workbook to fill (default: the built-in one)</source>
        <translation>le classeur modèle d&apos;un ministère à remplir (par défaut : le modèle intégré)</translation>
    </message>
    <message>
        <source>copy a document between a file and a server (every plan and history)</source>
        <translation>copier un document entre un fichier et un serveur (tous les plans et l&apos;historique)</translation>
    </message>
    <message>
        <source>a document file or postgresql:// URL</source>
        <translation>un fichier de document ou une adresse postgresql://</translation>
    </message>
    <message>
        <source>a new file, or an empty server database</source>
        <translation>un nouveau fichier, ou une base de données vide sur un serveur</translation>
    </message>
    <message>
        <source>save what can be read of a damaged document</source>
        <translation>enregistrer ce qui peut être lu d&apos;un document endommagé</translation>
    </message>
    <message>
        <source>the damaged planapp document; it is not changed</source>
        <translation>le document planapp endommagé; il n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>the new document to write</source>
        <translation>le nouveau document à écrire</translation>
    </message>
    <message>
        <source>Keep a Detailed Action Plan as data. Commands: {commands} (planapp COMMAND --help).</source>
        <translation>Tenir un plan d&apos;action détaillé sous forme de données. Commandes : {commands} (planapp COMMANDE --help).</translation>
    </message>
    <message>
        <source>document to open (default: your plans)</source>
        <translation>document à ouvrir (par défaut : vos plans)</translation>
    </message>
    <message>
        <source>show the version of planapp and exit</source>
        <translation>afficher la version de planapp et quitter</translation>
    </message>
    <message>
        <source>check this installation and exit</source>
        <translation>vérifier cette installation et quitter</translation>
    </message>
</context>
<context>
    <name>CliTranslation</name>
    <message>
        <source>{first} and {second} both read as English; --translation takes the French version.</source>
        <translation>{first} et {second} sont tous deux en anglais ; --translation attend la version française.</translation>
    </message>
    <message>
        <source>{first} and {second} both read as French; --translation takes the English version.</source>
        <translation>{first} et {second} sont tous deux en français ; --translation attend la version anglaise.</translation>
    </message>
    <message>
        <source>{first} holds {count} plan(s) and {second} {other}; --translation takes the other language&apos;s version of the same workbook.</source>
        <translation>{first} contient {count} plan(s) et {second} {other} ; --translation attend la version dans l&apos;autre langue du même classeur.</translation>
    </message>
    <message>
        <source>paired {first} with {second}: {plan}</source>
        <translation>{first} apparié avec {second} : {plan}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>À échéance d&apos;ici 30 jours</translation>
    </message>
    <message>
        <source>Due in 31 to 90 days</source>
        <translation>À échéance dans 31 à 90 jours</translation>
    </message>
    <message>
        <source>At risk or delayed</source>
        <translation>À risque ou retardé</translation>
    </message>
    <message>
        <source>Awaiting an update for the current period</source>
        <translation>En attente d&apos;une mise à jour pour la période en cours</translation>
    </message>
    <message>
        <source>Completed this period</source>
        <translation>Terminé pendant la période</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Aucune organisation</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Rec.</source>
        <translation>Rec.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Responsible organization</source>
        <translation>Organisation responsable</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>Date initiale</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>Date actuelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <source>{path} is a folder, not a planapp document.</source>
        <translation>{path} est un dossier, pas un document planapp.</translation>
    </message>
    <message>
        <source>{name} is not a planapp document.</source>
        <translation>{name} n&apos;est pas un document planapp.</translation>
    </message>
    <message>
        <source>{name} is an SQLite database of another program.</source>
        <translation>{name} est une base de données SQLite d&apos;un autre programme.</translation>
    </message>
    <message>
        <source>{name} was made by another version of planapp (schema {schema}) and cannot be updated where it is, because it is read-only. Copy it to a folder you can write to and open it there.</source>
        <translation>{name} a été créé par une autre version de planapp (schéma {schema}) et ne peut pas être mis à jour là où il se trouve, car il est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire et ouvrez-le à partir de là.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of planapp (schema {schema}); install the newer version to open it.</source>
        <translation>{name} a été créé par une version plus récente de planapp (schéma {schema}); installez cette version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{name} is damaged: its record of which planapp version made it is missing. planapp will not write into it; save a recovered copy of what can still be read.</source>
        <translation>{name} est endommagé : la mention de la version de planapp qui l&apos;a créé est absente. planapp n&apos;y écrira pas; enregistrez une copie récupérée de ce qui peut encore être lu.</translation>
    </message>
    <message>
        <source>{name} was left half-changed by a crash, and its folder cannot be written, so planapp cannot undo the half-done change. Copy the document together with its “{name}-journal” file to a folder you can write to, and open it there.</source>
        <translation>{name} est resté à moitié modifié après un plantage, et son dossier est protégé en écriture : planapp ne peut donc pas annuler la modification inachevée. Copiez le document avec son fichier « {name}-journal » dans un dossier où vous pouvez écrire, et ouvrez-le à partir de là.</translation>
    </message>
    <message>
        <source>{name} cannot be changed: the file, its folder or its disk is read-only. Nothing was changed; use Save As to keep an editable copy.</source>
        <translation>{name} ne peut pas être modifié : le fichier, son dossier ou son disque est en lecture seule. Rien n&apos;a été modifié; utilisez Enregistrer sous pour garder une copie modifiable.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full. Nothing was changed; free some space and try again.</source>
        <translation>Le disque qui contient {name} est plein. Rien n&apos;a été modifié; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk or network share holding {name} failed to read or write it ({detail}). Nothing was changed; check the disk or the connection.</source>
        <translation>Le disque ou le partage réseau qui contient {name} n&apos;a pas pu le lire ou l&apos;écrire ({detail}). Rien n&apos;a été modifié; vérifiez le disque ou la connexion.</translation>
    </message>
    <message>
        <source>{name} is kept busy by another program; nothing was changed. Try again in a moment.</source>
        <translation>{name} est occupé par un autre programme; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: its folder is missing or cannot be read.</source>
        <translation>{name} ne peut pas être ouvert : son dossier est absent ou illisible.</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}). planapp will not write into it; save a recovered copy of what can still be read.</source>
        <translation>{name} est endommagé ({detail}). planapp n&apos;y écrira pas; enregistrez une copie récupérée de ce qui peut encore être lu.</translation>
    </message>
    <message>
        <source>open it</source>
        <translation>l&apos;ouvrir</translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so planapp could not {doing}. Free some space and try again.</source>
        <translation>Le disque qui contient {name} est plein : planapp n&apos;a pas pu {doing}. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk holding {name} failed while planapp tried to {doing}.</source>
        <translation>Le disque qui contient {name} a connu une défaillance pendant que planapp tentait de {doing}.</translation>
    </message>
    <message>
        <source>{name} is in a folder planapp cannot write to, so it is open read-only.</source>
        <translation>{name} se trouve dans un dossier où planapp ne peut pas écrire; il est donc ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>{name} is open in another planapp window.</source>
        <translation>{name} est ouvert dans une autre fenêtre de planapp.</translation>
    </message>
    <message>
        <source>{name} is open in planapp by {user} on {host} (process {pid}, since {since}). Close it there first.</source>
        <translation>{name} est ouvert dans planapp par {user} sur {host} (processus {pid}, depuis le {since}). Fermez-le d&apos;abord à cet endroit.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>{name} is the open planapp document; choose another file name for the output, or the document would be replaced by it.</source>
        <translation>{name} est le document planapp ouvert; choisissez un autre nom de fichier pour la sortie, sinon le document serait remplacé.</translation>
    </message>
    <message>
        <source>{name} is a planapp document; choose another file name for the output, or the document would be replaced by it.</source>
        <translation>{name} est un document planapp; choisissez un autre nom de fichier pour la sortie, sinon le document serait remplacé.</translation>
    </message>
    <message>
        <source>Recovered {saved}.</source>
        <translation>Récupéré : {saved}.</translation>
    </message>
    <message>
        <source>Recovered {saved}; {n} row could not be read and is missing.</source>
        <translation>Récupéré : {saved}; {n} ligne n&apos;a pas pu être lue et manque.</translation>
    </message>
    <message>
        <source>Recovered {saved}; {n} rows could not be read and are missing.</source>
        <translation>Récupéré : {saved}; {n} lignes n&apos;ont pas pu être lues et manquent.</translation>
    </message>
    <message>
        <source>{n} plan</source>
        <translation>{n} plan</translation>
    </message>
    <message>
        <source>{n} plans</source>
        <translation>{n} plans</translation>
    </message>
    <message>
        <source>{n} recommendation</source>
        <translation>{n} recommandation</translation>
    </message>
    <message>
        <source>{n} recommendations</source>
        <translation>{n} recommandations</translation>
    </message>
    <message>
        <source>{n} milestone</source>
        <translation>{n} jalon</translation>
    </message>
    <message>
        <source>{n} milestones</source>
        <translation>{n} jalons</translation>
    </message>
    <message>
        <source>{n} contact</source>
        <translation>{n} personne-ressource</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} personnes-ressources</translation>
    </message>
    <message>
        <source>{name} has a schema this version of planapp cannot recover.</source>
        <translation>{name} a un schéma que cette version de planapp ne peut pas récupérer.</translation>
    </message>
    <message>
        <source>There is no milestone {id} in this document.</source>
        <translation>Ce document ne contient aucun jalon {id}.</translation>
    </message>
    <message>
        <source>Plan {plan} has no milestone numbered “{number}”.</source>
        <translation>Le plan {plan} n&apos;a aucun jalon numéroté « {number} ».</translation>
    </message>
    <message>
        <source>Plan {plan} has {count} milestones numbered “{number}”; renumber them first.</source>
        <translation>Le plan {plan} a {count} jalons numérotés « {number} »; renumérotez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no reporting period {id} in this document.</source>
        <translation>Ce document ne contient aucune période de rapport {id}.</translation>
    </message>
    <message>
        <source>A document cannot be copied onto itself.</source>
        <translation>Un document ne peut pas être copié sur lui-même.</translation>
    </message>
    <message>
        <source>{name} already holds plans; copy into an empty database.</source>
        <translation>{name} contient déjà des plans; copiez dans une base de données vide.</translation>
    </message>
    <message>
        <source>{name} already exists; choose a new file name.</source>
        <translation>{name} existe déjà; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <extracomment>True when the document was opened read-only (a read-only folder or medium, or on request): every write is refused with ReadOnlyDocumentError. The version of each plan and recommendation as last read or written here.</extracomment>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} is empty, not a planapp document.</source>
        <translation>{name} est vide, ce n&apos;est pas un document planapp.</translation>
    </message>
    <message>
        <source>{name} cannot be made: its folder cannot be written to.</source>
        <translation>{name} ne peut pas être créé : son dossier est protégé en écriture.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: {exc}</source>
        <translation>« {url} » n&apos;est pas une adresse de serveur : {exc}</translation>
    </message>
    <message>
        <source>This planapp cannot open server documents (no psycopg).</source>
        <translation>Ce planapp ne peut pas ouvrir de documents sur un serveur (psycopg est absent).</translation>
    </message>
    <message>
        <source>{name}: your database role may not make this change ({reason}).</source>
        <translation>{name} : votre rôle de base de données ne permet pas cette modification ({reason}).</translation>
    </message>
    <message>
        <source>{name} is busy; try again. ({reason})</source>
        <translation>{name} est occupé; réessayez. ({reason})</translation>
    </message>
    <message>
        <source>{name} needs the password of {user}.</source>
        <translation>{name} demande le mot de passe de {user}.</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>votre rôle</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <source>The server of {name} cannot be reached ({reason}). Nothing was changed; try again when it is back.</source>
        <translation>Le serveur de {name} est injoignable ({reason}). Rien n&apos;a été modifié; réessayez quand il sera de retour.</translation>
    </message>
    <message>
        <source>{name} is a database of another program.</source>
        <translation>{name} est une base de données d&apos;un autre programme.</translation>
    </message>
    <message>
        <source>{name} holds no plans yet; create the document there first (planapp import or copy into it).</source>
        <translation>{name} ne contient encore aucun plan; créez-y d&apos;abord le document (planapp import ou copy vers celui-ci).</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>An extra column&apos;s heading holds {count} characters, more than the 32,767 an Excel cell can hold.</source>
        <translation>Le titre d&apos;une colonne supplémentaire compte {count} caractères, plus que les 32 767 qu&apos;une cellule Excel peut contenir.</translation>
    </message>
    <message>
        <source>Recommendation {ref}</source>
        <translation>Recommandation {ref}</translation>
    </message>
    <message>
        <source>{who}: the “{heading}” cell would hold {count} characters, more than the 32,767 an Excel cell can hold; shorten it before exporting.</source>
        <translation>{who} : la cellule « {heading} » compterait {count} caractères, plus que les 32 767 qu&apos;une cellule Excel peut contenir; raccourcissez-la avant d&apos;exporter.</translation>
    </message>
    <message>
        <source>{name} cannot be used as a template: none of its sheets has the plan headings (Report Ref. No., OAG Recommendation, …) in its first {rows} rows.</source>
        <translation>{name} ne peut pas servir de modèle : aucune de ses feuilles n&apos;a les en-têtes du plan (N° de référence du rapport, Recommandation du BVG, …) dans ses {rows} premières lignes.</translation>
    </message>
    <message>
        <source>The template {exc}</source>
        <translation>Le modèle : {exc}</translation>
    </message>
    <message>
        <source>The template {name} was refused: its XML declares entities, which hostile files use to attack the computer.</source>
        <translation>Le modèle {name} a été refusé : son XML déclare des entités, dont les fichiers malveillants se servent pour attaquer l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The template {name} could not be read: parts of it do not follow the Excel workbook format; open it in Excel, save it again and retry.</source>
        <translation>Le modèle {name} n&apos;a pas pu être lu : certaines de ses parties ne respectent pas le format des classeurs Excel; ouvrez-le dans Excel, enregistrez-le de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>{name} cannot be used as a template: it has no “{heading}” column, and the plan has text for it.</source>
        <translation>{name} ne peut pas servir de modèle : il n&apos;a pas de colonne « {heading} », et le plan a du texte pour celle-ci.</translation>
    </message>
    <message>
        <source>The plan&apos;s title holds {count} characters, more than the 32,767 an Excel cell can hold.</source>
        <translation>Le titre du plan compte {count} caractères, plus que les 32 767 qu&apos;une cellule Excel peut contenir.</translation>
    </message>
    <message>
        <source>{name} cannot be written: the folder {parent} does not exist.</source>
        <translation>{name} ne peut pas être écrit : le dossier {parent} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name} n&apos;a pas pu être écrit : {reason}.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Report Ref. No.</source>
        <translation>N° de référence du rapport</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Expected Outcome</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Completion Date</source>
        <translation>Date d&apos;achèvement</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Personnes-ressources</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Revised (no date before)</source>
        <translation>Révisée (aucune date auparavant)</translation>
    </message>
    <message>
        <source>Revised from {date}</source>
        <translation>Révisée; date initiale : {date}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> le {day}</translation>
    </message>
    <message>
        <source> by {who}</source>
        <translation> par {who}</translation>
    </message>
    <message>
        <source> (approved by {who} on {day})</source>
        <translation> (approuvée par {who} le {day})</translation>
    </message>
    <message>
        <source> (approved by {who})</source>
        <translation> (approuvée par {who})</translation>
    </message>
    <message>
        <source> (not approved)</source>
        <translation> (non approuvée)</translation>
    </message>
</context>
<context>
    <name>FollowUpError</name>
    <message>
        <source>The progress entry of {day} belongs to a closed reporting period and can no longer be changed; add a new entry instead.</source>
        <translation>L&apos;entrée d&apos;avancement du {day} appartient à une période de rapport close et ne peut plus être modifiée; ajoutez plutôt une nouvelle entrée.</translation>
    </message>
    <message>
        <source>{day} falls in a closed reporting period; choose a later date.</source>
        <translation>Le {day} tombe dans une période de rapport close; choisissez une date ultérieure.</translation>
    </message>
    <message>
        <source>{day} falls in a closed reporting period; progress is reported as of a date in an open period.</source>
        <translation>Le {day} tombe dans une période de rapport close; l&apos;avancement est déclaré à une date d&apos;une période ouverte.</translation>
    </message>
    <message>
        <source>percent complete must be 0 to 100, not {percent}</source>
        <translation>le pourcentage d&apos;achèvement doit être de 0 à 100, pas {percent}</translation>
    </message>
    <message>
        <source>period “{name}” ends before it starts</source>
        <translation>la période « {name} » se termine avant de commencer</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>MilestoneStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retardé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>PdfError</name>
    <message>
        <source>could not write “{target}”: {reason}</source>
        <translation>impossible d&apos;écrire « {target} » : {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder “{folder}” does not exist</source>
        <translation>le dossier « {folder} » n&apos;existe pas</translation>
    </message>
    <message>
        <source>“{target}” is a folder; choose a file name for the PDF</source>
        <translation>« {target} » est un dossier; choisissez un nom de fichier pour le PDF</translation>
    </message>
    <message>
        <source>could not write “{target}”</source>
        <translation>impossible d&apos;écrire « {target} »</translation>
    </message>
</context>
<context>
    <name>PlanPairing</name>
    <message>
        <source>{item} is only in the English version</source>
        <translation>{item} n&apos;existe que dans la version anglaise</translation>
    </message>
    <message>
        <source>{item} is only in the French version</source>
        <translation>{item} n&apos;existe que dans la version française</translation>
    </message>
    <message>
        <source>{ref}: {item} has no English version</source>
        <translation>{ref} : {item} n&apos;a pas de version anglaise</translation>
    </message>
    <message>
        <source>{ref}: {item} has no French version</source>
        <translation>{ref} : {item} n&apos;a pas de version française</translation>
    </message>
    <message>
        <source>milestone {position}</source>
        <translation>jalon {position}</translation>
    </message>
    <message>
        <source>contact {position}</source>
        <translation>contact {position}</translation>
    </message>
    <message>
        <source>extra column {position}</source>
        <translation>colonne supplémentaire {position}</translation>
    </message>
    <message>
        <source>{item} ({label})</source>
        <translation>{item} ({label})</translation>
    </message>
    <message>
        <source>Row {position}</source>
        <translation>Ligne {position}</translation>
    </message>
    <message>
        <source>A recommendation</source>
        <translation>Une recommandation</translation>
    </message>
    <message>
        <source>(no ref)</source>
        <translation>(sans référence)</translation>
    </message>
    <message>
        <source>{n} recommendation(s) paired: {ref} by ref, {number} by the number in the ref, {position} by position</source>
        <translation>{n} recommandation(s) appariée(s) : {ref} par référence, {number} par le numéro de la référence, {position} par position</translation>
    </message>
    <message>
        <source>{mine} paired with {theirs} by position</source>
        <translation>{mine} apparié avec {theirs} par position</translation>
    </message>
</context>
<context>
    <name>PrintError</name>
    <message>
        <source>the page is too small for the plan&apos;s title and table header</source>
        <translation>la page est trop petite pour le titre du plan et l&apos;en-tête du tableau</translation>
    </message>
</context>
<context>
    <name>RecommendationStatus</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Implemented, awaiting verification</source>
        <translation>Mise en œuvre, en attente de vérification</translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation>Entièrement mise en œuvre</translation>
    </message>
    <message>
        <source>Substantially implemented</source>
        <translation>Mise en œuvre en grande partie</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>Will not be implemented</source>
        <translation>Ne sera pas mise en œuvre</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>no migration scripts found</source>
        <translation>aucun script de migration trouvé</translation>
    </message>
    <message>
        <source>a new document is at revision {current}, not the head {head}</source>
        <translation>un nouveau document est à la révision {current}, et non à la dernière, {head}</translation>
    </message>
    <message>
        <source>a new document holds {count} plans, not the sample plan</source>
        <translation>un nouveau document contient {count} plans, et non le plan d&apos;exemple</translation>
    </message>
    <message>
        <source>the stored sample plan differs at {where}</source>
        <translation>le plan d&apos;exemple enregistré diffère à {where}</translation>
    </message>
    <message>
        <source>the workbook read back holds {count} plans, not 1</source>
        <translation>le classeur relu contient {count} plans, et non 1</translation>
    </message>
    <message>
        <source>the plan read back differs at {where}</source>
        <translation>le plan relu diffère à {where}</translation>
    </message>
    <message>
        <source>the PDF has {count} pages</source>
        <translation>le PDF a {count} pages</translation>
    </message>
    <message>
        <source>no PDF file was written</source>
        <translation>aucun fichier PDF n&apos;a été écrit</translation>
    </message>
    <message>
        <source>openpyxl does not use defusedxml (openpyxl.xml.DEFUSEDXML is False)</source>
        <translation>openpyxl n&apos;utilise pas defusedxml (openpyxl.xml.DEFUSEDXML vaut False)</translation>
    </message>
    <message>
        <source>defusedxml parsed an entity bomb</source>
        <translation>defusedxml a analysé une bombe d&apos;entités</translation>
    </message>
    <message>
        <source>openpyxl&apos;s XML parser expanded an entity bomb</source>
        <translation>l&apos;analyseur XML d&apos;openpyxl a développé une bombe d&apos;entités</translation>
    </message>
    <message>
        <source>missing from planapp/resources: {names}</source>
        <translation>absents de planapp/resources : {names}</translation>
    </message>
    <message>
        <source>migrations found</source>
        <translation>migrations trouvées</translation>
    </message>
    <message>
        <source>sample document</source>
        <translation>document d&apos;exemple</translation>
    </message>
    <message>
        <source>excel round trip</source>
        <translation>aller-retour Excel</translation>
    </message>
    <message>
        <source>pdf</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>defusedxml protection</source>
        <translation>protection defusedxml</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>ok   {check}</source>
        <translation>ok    {check}</translation>
    </message>
    <message>
        <source>FAIL {check}: {reason}</source>
        <translation>ÉCHEC {check} : {reason}</translation>
    </message>
    <message>
        <source>module {name} is missing from this installation</source>
        <translation>le module {name} manque à cette installation</translation>
    </message>
    <message>
        <source>cannot import: {reason}</source>
        <translation>importation impossible : {reason}</translation>
    </message>
</context>
<context>
    <name>WorkbookError</name>
    <message>
        <source>{name} is too large to import: planapp reads at most {rows} rows, {cells} filled cells and {millions} million characters of text per workbook, far more than any plan holds.</source>
        <translation>{name} est trop volumineux pour être importé : planapp lit au plus {rows} lignes, {cells} cellules remplies et {millions} millions de caractères de texte par classeur, bien plus que ce que contient un plan.</translation>
    </message>
    <message>
        <source>{name} was refused: its XML declares entities, which hostile files use to attack the computer.</source>
        <translation>{name} a été refusé : son XML déclare des entités, dont les fichiers malveillants se servent pour attaquer l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>{name} is damaged: its zip archive is corrupt or truncated.</source>
        <translation>{name} est endommagé : son archive zip est corrompue ou tronquée.</translation>
    </message>
    <message>
        <source>{name} is damaged: its sheet “{sheet}” is not readable XML.</source>
        <translation>{name} est endommagé : sa feuille « {sheet} » n&apos;est pas du XML lisible.</translation>
    </message>
    <message>
        <source>it holds no worksheet</source>
        <translation>il ne contient aucune feuille de calcul</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not an Excel workbook ({what}).</source>
        <translation>{name} est une archive zip, mais pas un classeur Excel ({what}).</translation>
    </message>
    <message>
        <source>{name} was refused: its part {part} is implausibly large.</source>
        <translation>{name} a été refusé : sa partie {part} est d&apos;une taille invraisemblable.</translation>
    </message>
    <message>
        <source>{name} was refused: its part {part} declares XML entities, which hostile files use to attack the computer.</source>
        <translation>{name} a été refusé : sa partie {part} déclare des entités XML, dont les fichiers malveillants se servent pour attaquer l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>{name} is damaged: its part {part} is not readable XML.</source>
        <translation>{name} est endommagé : sa partie {part} n&apos;est pas du XML lisible.</translation>
    </message>
    <message>
        <source>it is a Word document</source>
        <translation>c&apos;est un document Word</translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation</source>
        <translation>c&apos;est une présentation PowerPoint</translation>
    </message>
    <message>
        <source>{name} is a binary workbook (.xlsb), which planapp cannot read; save it as .xlsx in Excel.</source>
        <translation>{name} est un classeur binaire (.xlsb), que planapp ne peut pas lire; enregistrez-le en .xlsx dans Excel.</translation>
    </message>
    <message>
        <source>{name} is damaged: its zip archive holds two parts named {part}.</source>
        <translation>{name} est endommagé : son archive zip contient deux parties nommées {part}.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook; open it in LibreOffice or Excel and save it as .xlsx.</source>
        <translation>{name} est un tableur OpenDocument (.ods), pas un classeur Excel; ouvrez-le dans LibreOffice ou Excel et enregistrez-le en .xlsx.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument file, not an Excel workbook.</source>
        <translation>{name} est un fichier OpenDocument, pas un classeur Excel.</translation>
    </message>
    <message>
        <source>{name}: {exc}.</source>
        <translation>{name} : {exc}.</translation>
    </message>
    <message>
        <source>{name} has no plan table in its first {columns} columns: on sheet “{sheet}” the Detailed Action Plan headings start in column {column}; move the table to the left and import it again.</source>
        <translation>{name} n&apos;a aucun tableau de plan dans ses {columns} premières colonnes : sur la feuille « {sheet} », les en-têtes du plan d&apos;action détaillé commencent à la colonne {column}; déplacez le tableau vers la gauche et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{name} has no plan table: no sheet has the Detailed Action Plan headings (Report Ref. No., OAG Recommendation, …) in its first {rows} rows.</source>
        <translation>{name} n&apos;a aucun tableau de plan : aucune feuille n&apos;a les en-têtes du plan d&apos;action détaillé (N° de référence du rapport, Recommandation du BVG, …) dans ses {rows} premières lignes.</translation>
    </message>
    <message>
        <source>{name} was not opened: the protection against hostile XML (defusedxml) is not active in this installation.</source>
        <translation>{name} n&apos;a pas été ouvert : la protection contre le XML malveillant (defusedxml) n&apos;est pas active dans cette installation.</translation>
    </message>
    <message>
        <source>{name} is the small file Excel keeps beside a workbook while it is open (it records who has it open), not a workbook; import the workbook itself.</source>
        <translation>{name} est le petit fichier qu&apos;Excel garde à côté d&apos;un classeur ouvert (il indique qui l&apos;a ouvert), pas un classeur; importez le classeur lui-même.</translation>
    </message>
    <message>
        <source>{name} is password-protected (encrypted); remove the password in Excel and save it again as .xlsx.</source>
        <translation>{name} est protégé par un mot de passe (chiffré); retirez le mot de passe dans Excel et enregistrez-le de nouveau en .xlsx.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (it is a legacy .xls file); open it in Excel and save it as .xlsx.</source>
        <translation>{name} n&apos;est pas un classeur Excel (c&apos;est un ancien fichier .xls); ouvrez-le dans Excel et enregistrez-le en .xlsx.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (it is {what}).</source>
        <translation>{name} n&apos;est pas un classeur Excel (c&apos;est {what}).</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (its content is not recognised).</source>
        <translation>{name} n&apos;est pas un classeur Excel (son contenu n&apos;est pas reconnu).</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes), not an Excel workbook.</source>
        <translation>{name} est vide (0 octet), ce n&apos;est pas un classeur Excel.</translation>
    </message>
    <message>
        <source>{name} was refused: it holds {count} parts.</source>
        <translation>{name} a été refusé : il contient {count} parties.</translation>
    </message>
    <message>
        <source>{name} is password-protected (its parts are encrypted).</source>
        <translation>{name} est protégé par un mot de passe (ses parties sont chiffrées).</translation>
    </message>
    <message>
        <source>{name} was refused: it would expand to {size} (limit {limit}), the sign of a zip bomb.</source>
        <translation>{name} a été refusé : il occuperait {size} une fois décompressé (limite : {limit}), le signe d&apos;une bombe zip.</translation>
    </message>
    <message>
        <source>{name} was refused: its part {part} expands {ratio} times (a zip bomb).</source>
        <translation>{name} a été refusé : sa partie {part} se décompresse {ratio} fois (une bombe zip).</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>un tube</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un connecteur réseau (socket)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a workbook file.</source>
        <translation>{name} est {kind}, pas un fichier de classeur.</translation>
    </message>
    <message>
        <source>{name} was refused: at {size} it is larger than any plan workbook (limit {limit}).</source>
        <translation>{name} a été refusé : avec {size}, il est plus volumineux que tout classeur de plan (limite : {limit}).</translation>
    </message>
    <message>
        <source>{name} was not found.</source>
        <translation>{name} est introuvable.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a workbook.</source>
        <translation>{name} est un dossier, pas un classeur.</translation>
    </message>
    <message>
        <source>{name} could not be read: permission denied.</source>
        <translation>{name} n&apos;a pas pu être lu : permission refusée.</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}.</source>
        <translation>{name} n&apos;a pas pu être lu : {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read: its part {part} is not a workbook&apos;s XML.</source>
        <translation>{name} n&apos;a pas pu être lu : sa partie {part} n&apos;est pas du XML de classeur.</translation>
    </message>
    <message>
        <source>{name} could not be read: a sheet spans {rows} rows by {cols} columns, more than planapp reads from a workbook whose formatting cannot be read.</source>
        <translation>{name} n&apos;a pas pu être lu : une feuille s&apos;étend sur {rows} lignes et {cols} colonnes, plus que ce que planapp lit d&apos;un classeur dont la mise en forme est illisible.</translation>
    </message>
    <message>
        <source>{file} is damaged: its sheet “{title}” is not readable.</source>
        <translation>{file} est endommagé : sa feuille « {title} » est illisible.</translation>
    </message>
    <message>
        <source>{name} is damaged: a part it refers to is missing.</source>
        <translation>{name} est endommagé : une partie à laquelle il renvoie est absente.</translation>
    </message>
    <message>
        <source>{name} is damaged: part of it is not readable XML.</source>
        <translation>{name} est endommagé : une partie n&apos;est pas du XML lisible.</translation>
    </message>
    <message>
        <source>{name} could not be read: parts of it do not follow the Excel workbook format.</source>
        <translation>{name} n&apos;a pas pu être lu : certaines de ses parties ne respectent pas le format des classeurs Excel.</translation>
    </message>
</context>
<context>
    <name>WorkbookWarning</name>
    <message>
        <source>{name}: parts of its formatting do not follow the Excel file format and were not read; the cells&apos; values were imported, without formatting.</source>
        <translation>{name} : certaines parties de sa mise en forme ne respectent pas le format des fichiers Excel et n&apos;ont pas été lues; les valeurs des cellules ont été importées, sans mise en forme.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: its {feature} are not kept.</source>
        <translation>Feuille « {sheet} » : ses éléments suivants ne sont pas conservés : {feature}.</translation>
    </message>
    <message>
        <source>(unnumbered)</source>
        <translation>(non numéroté)</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {dropped} more warnings like these.</source>
        <translation>Feuille « {sheet} » : {dropped} autres avertissements semblables.</translation>
    </message>
    <message>
        <source>Sheet “{title}”: column {column} “{heading}” was left out, as the mapping says.</source>
        <translation>Feuille « {title} » : la colonne {column} « {heading} » a été laissée de côté, comme le veut l&apos;association.</translation>
    </message>
    <message>
        <source>Sheet “{title}” has no “{heading}” column; that field was left empty.</source>
        <translation>La feuille « {title} » n&apos;a pas de colonne « {heading} »; ce champ est resté vide.</translation>
    </message>
    <message>
        <source>Sheet “{title}”, row {row}: “{ref}” below the table was taken for a note, not a recommendation.</source>
        <translation>Feuille « {title} », ligne {row} : « {ref} », sous le tableau, a été pris pour une note et non pour une recommandation.</translation>
    </message>
    <message>
        <source>Sheet “{title}”: column {column} “{heading}” does not read as milestone statuses; it is kept as an extra column.</source>
        <translation>Feuille « {title} » : la colonne {column} « {heading} » ne se lit pas comme des états de jalons; elle est conservée comme colonne supplémentaire.</translation>
    </message>
    <message>
        <source>{ref} (row {row})</source>
        <translation>{ref} (ligne {row})</translation>
    </message>
    <message>
        <source>recommendation {n}</source>
        <translation>recommandation {n}</translation>
    </message>
    <message>
        <source>Sheet “{title}”, {who}: the completion date “{text}” could not be read as a date; it is kept as written.</source>
        <translation>Feuille « {title} », {who} : la date d&apos;achèvement « {text} » n&apos;a pas pu être lue comme une date; elle est conservée telle qu&apos;écrite.</translation>
    </message>
    <message>
        <source>Sheet “{title}”, {who}: milestone {number} has a date “{text}” that could not be read; it is kept as written.</source>
        <translation>Feuille « {title} », {who} : le jalon {number} a une date « {text} » illisible; elle est conservée telle qu&apos;écrite.</translation>
    </message>
    <message>
        <source>Sheet “{title}” has the plan headings but no recommendations.</source>
        <translation>La feuille « {title} » a les en-têtes du plan, mais aucune recommandation.</translation>
    </message>
    <message>
        <source>{name} contains macros; they were not read and are never kept.</source>
        <translation>{name} contient des macros; elles n&apos;ont pas été lues et ne sont jamais conservées.</translation>
    </message>
    <message>
        <source>Sheet “{title}” is hidden and was not read.</source>
        <translation>La feuille « {title} » est masquée et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Sheet “{title}” was skipped: its headings in row {header_row} name too few plan columns; map them to import it.</source>
        <translation>La feuille « {title} » a été ignorée : ses en-têtes de la ligne {header_row} nomment trop peu de colonnes du plan; associez-les pour l&apos;importer.</translation>
    </message>
    <message>
        <source>Sheet “{title}” was skipped: it has no plan headings in its first {rows} rows.</source>
        <translation>La feuille « {title} » a été ignorée : elle n&apos;a aucun en-tête de plan dans ses {rows} premières lignes.</translation>
    </message>
    <message>
        <source>{name}: its pictures and drawings (such as a logo) cannot be carried into the export; add them again in Excel if they are needed.</source>
        <translation>{name} : ses images et dessins (comme un logo) ne peuvent pas être repris dans l&apos;exportation; ajoutez-les de nouveau dans Excel au besoin.</translation>
    </message>
    <message>
        <source>{name}: its macros are not kept; the export is a plain .xlsx.</source>
        <translation>{name} : ses macros ne sont pas conservées; l&apos;exportation est un simple fichier .xlsx.</translation>
    </message>
    <message>
        <source>{name}: its links to other workbooks were removed; the export refers to no other file.</source>
        <translation>{name} : ses liens vers d&apos;autres classeurs ont été retirés; l&apos;exportation ne renvoie à aucun autre fichier.</translation>
    </message>
    <message>
        <source>{name}: its {feature} cannot be carried into the export.</source>
        <translation>{name} : les éléments suivants ne peuvent pas être repris dans l&apos;exportation : {feature}.</translation>
    </message>
    <message>
        <source>{name} has no “{heading}” column; it was left out.</source>
        <translation>{name} n&apos;a pas de colonne « {heading} »; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>{name}: {n} hyperlink on the cells the plan now fills was removed.</source>
        <translation>{name} : {n} hyperlien des cellules que le plan remplit maintenant a été retiré.</translation>
    </message>
    <message>
        <source>{name}: {n} hyperlinks on the cells the plan now fills were removed.</source>
        <translation>{name} : {n} hyperliens des cellules que le plan remplit maintenant ont été retirés.</translation>
    </message>
    <message>
        <source>{name}: the plan&apos;s extra columns could not be placed after its table; export without the template to keep them.</source>
        <translation>{name} : les colonnes supplémentaires du plan n&apos;ont pas pu être placées après son tableau; exportez sans le modèle pour les conserver.</translation>
    </message>
    <message>
        <source>conditional formatting</source>
        <translation>mise en forme conditionnelle</translation>
    </message>
    <message>
        <source>drop-down lists (data validation)</source>
        <translation>listes déroulantes (validation des données)</translation>
    </message>
    <message>
        <source>sparklines</source>
        <translation>graphiques sparkline</translation>
    </message>
    <message>
        <source>slicers</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>page header or footer</source>
        <translation>en-tête ou pied de page</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
</context>
</TS>
