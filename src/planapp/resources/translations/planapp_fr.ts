<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>Accessibility</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation>Colonnes : {columns}.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation>Ligne {n}</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
</context>
<context>
    <name>AddPeriod</name>
    <message>
        <source>Add Reporting Period {name}</source>
        <translation>Ajouter la période de rapport {name}</translation>
    </message>
</context>
<context>
    <name>AddPlan</name>
    <message>
        <source>Add Plan</source>
        <translation>Ajouter un plan</translation>
    </message>
</context>
<context>
    <name>AddRecommendation</name>
    <message>
        <source>Add Recommendation</source>
        <translation>Ajouter une recommandation</translation>
    </message>
</context>
<context>
    <name>AddSubmission</name>
    <message>
        <source>Record Submission to {recipient}</source>
        <translation>Consigner la transmission à {recipient}</translation>
    </message>
</context>
<context>
    <name>CellStates</name>
    <message>
        <source>Not a date planapp can read; kept as written.</source>
        <translation>Date illisible pour planapp; conservée telle qu&apos;elle est écrite.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue milestones.</source>
        <translation>
            <numerusform>%n jalon en retard.</numerusform>
            <numerusform>%n jalons en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>En retard.</translation>
    </message>
    <message>
        <source>Translation missing.</source>
        <translation>Traduction manquante.</translation>
    </message>
    <message>
        <source>Changed by someone else since you opened it.</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>You removed {words}.</source>
        <translation>Vous avez retiré {words}.</translation>
    </message>
    <message>
        <source>You added {words}.</source>
        <translation>Vous avez ajouté {words}.</translation>
    </message>
    <message>
        <source>The two texts are the same.</source>
        <translation>Les deux textes sont identiques.</translation>
    </message>
    <message>
        <source>Someone Else Changed {field}</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié {field}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{field}&lt;/b&gt; was changed by someone else after you last saw it. Nothing has been overwritten. Choose the text to keep, or edit a merge.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{field}&lt;/b&gt; a été modifié par quelqu&apos;un d&apos;autre depuis votre dernière consultation. Rien n&apos;a été écrasé. Choisissez le texte à conserver ou modifiez une fusion.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Differences from their text to yours</source>
        <translation>Différences entre leur texte et le vôtre</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <source>Their text (saved now)</source>
        <translation>Leur texte (enregistré)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you changed in their text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que vous avez changé dans leur texte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge&lt;/b&gt; (edit, then choose Use Merge)</source>
        <translation>&lt;b&gt;Fusion&lt;/b&gt; (modifiez-la, puis choisissez Utiliser la fusion)</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder le &amp;leur</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder le &amp;mien</translation>
    </message>
    <message>
        <source>Use Mer&amp;ge</source>
        <translation>Utiliser la &amp;fusion</translation>
    </message>
    <message>
        <source>Decide &amp;Later (keep theirs)</source>
        <translation>Décider &amp;plus tard (garder le leur)</translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>Co&amp;ntent Language</source>
        <translation>Langue du co&amp;ntenu</translation>
    </message>
    <message>
        <source>&amp;Plan&apos;s Language</source>
        <translation>Langue du &amp;plan</translation>
    </message>
    <message>
        <source>Show the texts in the language the plan is written in</source>
        <translation>Afficher les textes dans la langue de rédaction du plan</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>Show and edit the English texts</source>
        <translation>Afficher et modifier les textes en anglais</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>Show and edit the French texts</source>
        <translation>Afficher et modifier les textes en français</translation>
    </message>
    <message>
        <source>&amp;Both Side by Side</source>
        <translation>Les &amp;deux côte à côte</translation>
    </message>
    <message>
        <source>Show each text in English and French, side by side</source>
        <translation>Afficher chaque texte en anglais et en français, côte à côte</translation>
    </message>
    <message>
        <source>Texts with no version in that language: View ▸ Filter Rows finds them</source>
        <translation>Textes sans version dans cette langue : Affichage ▸ Filtrer les lignes permet de les trouver</translation>
    </message>
    <message numerus="yes">
        <source>%n texts missing French</source>
        <translation>
            <numerusform>%n texte sans français</numerusform>
            <numerusform>%n textes sans français</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts missing English</source>
        <translation>
            <numerusform>%n texte sans anglais</numerusform>
            <numerusform>%n textes sans anglais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Responsible organization</source>
        <translation>Organisation responsable</translation>
    </message>
    <message>
        <source>Month due</source>
        <translation>Mois d&apos;échéance</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Bilingue</translation>
    </message>
    <message>
        <source>Language of the exported or printed report</source>
        <translation>Langue du rapport exporté ou imprimé</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>Follow-up Dashboard</source>
        <translation>Tableau de bord du suivi</translation>
    </message>
    <message>
        <source>Follow-up dashboard</source>
        <translation>Tableau de bord du suivi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Peri&amp;ods…</source>
        <translation>Pério&amp;des…</translation>
    </message>
    <message>
        <source>Every open milestone of every plan awaits an update for the current period</source>
        <translation>Chaque jalon ouvert de chaque plan attend une mise à jour pour la période en cours</translation>
    </message>
    <message>
        <source>Milestones needing attention</source>
        <translation>Jalons qui demandent de l&apos;attention</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;En date du :</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par :</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>Tous ({count})</translation>
    </message>
    <message>
        <source>As of {date}, period {period}</source>
        <translation>En date du {date}, période {period}</translation>
    </message>
    <message>
        <source>As of {date}, no current reporting period</source>
        <translation>En date du {date}, aucune période de rapport en cours</translation>
    </message>
    <message>
        <source>Start &amp;Update Round for {period}</source>
        <translation>Lancer la &amp;mise à jour pour {period}</translation>
    </message>
    <message>
        <source>Start &amp;Update Round</source>
        <translation>Lancer la &amp;mise à jour</translation>
    </message>
    <message>
        <source>Dashboard {date}</source>
        <translation>Tableau de bord {date}</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} n&apos;a pas pu être écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>e.g. March 31, 2021 · Q2 2020-21 · FY 2024-25</source>
        <translation>p. ex. 31 mars 2021 · T2 2020-2021 · EF 2024-2025</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Date telle qu&apos;elle est écrite</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Not a date planapp can read; kept as written</source>
        <translation>Date illisible pour planapp; conservée telle qu&apos;elle est écrite</translation>
    </message>
</context>
<context>
    <name>DeletePeriod</name>
    <message>
        <source>Delete Reporting Period {name}</source>
        <translation>Supprimer la période de rapport {name}</translation>
    </message>
</context>
<context>
    <name>DeletePlan</name>
    <message>
        <source>Delete Plan “{name}”</source>
        <translation>Supprimer le plan « {name} »</translation>
    </message>
</context>
<context>
    <name>DeleteRecommendations</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Delete {ref}</source>
        <translation>Supprimer {ref}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Recommendations</source>
        <translation>
            <numerusform>Supprimer %n recommandation</numerusform>
            <numerusform>Supprimer %n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Record Progress</source>
        <translation>Consigner l&apos;avancement</translation>
    </message>
    <message>
        <source>Revise Due Date</source>
        <translation>Réviser la date d&apos;échéance</translation>
    </message>
    <message>
        <source>Renumber Milestones</source>
        <translation>Renuméroter les jalons</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Changes in this text</source>
        <translation>Modifications de ce texte</translation>
    </message>
    <message>
        <source>Show &amp;side by side</source>
        <translation>Afficher &amp;côte à côte</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>planapp documents (*{suffix});;All files (*)</source>
        <translation>Documents planapp (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>It looks like an Excel workbook: use File ▸ Import Excel Workbook (Ctrl+I) to bring its plan into a document.</source>
        <translation>Il semble s&apos;agir d&apos;un classeur Excel : utilisez Fichier ▸ Importer un classeur Excel (Ctrl+I) pour en verser le plan dans un document.</translation>
    </message>
    <message>
        <source>Cannot Open Document</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>{name} already exists; choose another name.</source>
        <translation>{name} existe déjà; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>Save Document As</source>
        <translation>Enregistrer le document sous</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Could not save a copy: {reason}</source>
        <translation>Impossible d&apos;enregistrer une copie : {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This document cannot be changed here: its folder or disk is read-only.</source>
        <translation>Ce document ne peut pas être modifié ici : son dossier ou son disque est en lecture seule.</translation>
    </message>
    <message>
        <source>your database role may only read it</source>
        <translation>votre rôle dans la base de données ne permet que la lecture</translation>
    </message>
    <message>
        <source>its folder or disk cannot be written</source>
        <translation>son dossier ou son disque n&apos;accepte pas l&apos;écriture</translation>
    </message>
    <message>
        <source>{name} is open read-only: {why}.</source>
        <translation>{name} est ouvert en lecture seule : {why}.</translation>
    </message>
</context>
<context>
    <name>EditPane</name>
    <message>
        <source>Current cell text</source>
        <translation>Texte de la cellule courante</translation>
    </message>
    <message>
        <source>Select a cell to see and edit its whole text here.</source>
        <translation>Sélectionnez une cellule pour en voir et en modifier ici tout le texte.</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leaving the pane: save · Esc: put the text back</source>
        <translation>Ctrl+Entrée ou sortie du volet : enregistrer · Échap : rétablir le texte</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Aucune cellule sélectionnée</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>{what} row {row} · {heading}</source>
        <translation>{what}, ligne {row} · {heading}</translation>
    </message>
    <message>
        <source>{cell} (edit it in its panel)</source>
        <translation>{cell} (à modifier dans son volet)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne-ressource</translation>
    </message>
</context>
<context>
    <name>EditRecommendation</name>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>Edit {field} of {ref}</source>
        <translation>Modifier {field} de {ref}</translation>
    </message>
</context>
<context>
    <name>EditTranslation</name>
    <message>
        <source>Edit French {field} of {ref}</source>
        <translation>Modifier {field} en français de {ref}</translation>
    </message>
    <message>
        <source>Edit English {field} of {ref}</source>
        <translation>Modifier {field} en anglais de {ref}</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Duplicate Plan</source>
        <translation>Dupliquer le plan</translation>
    </message>
    <message>
        <source>Rename Plan</source>
        <translation>Renommer le plan</translation>
    </message>
    <message>
        <source>Audit title:</source>
        <translation>Titre de l&apos;audit :</translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan “{name}” and its %n recommendations?
You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Supprimer le plan « {name} » et sa recommandation (%n)?
Vous pouvez annuler cette suppression avec Édition ▸ Annuler.</numerusform>
            <numerusform>Supprimer le plan « {name} » et ses %n recommandations?
Vous pouvez annuler cette suppression avec Édition ▸ Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Export Excel Workbook</source>
        <translation>Exporter un classeur Excel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Department Template</source>
        <translation>Modèle du ministère</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any translation</source>
        <translation>Toute traduction</translation>
    </message>
    <message>
        <source>Missing French</source>
        <translation>Français manquant</translation>
    </message>
    <message>
        <source>Missing English</source>
        <translation>Anglais manquant</translation>
    </message>
    <message>
        <source>Milestone status filter</source>
        <translation>Filtre sur l&apos;état des jalons</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Filtre sur l&apos;organisation</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Toute organisation</translation>
    </message>
    <message>
        <source>D&amp;ue before</source>
        <translation>Échéance a&amp;vant le</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fi&amp;ltrer :</translation>
    </message>
    <message>
        <source>Due before date</source>
        <translation>Date d&apos;échéance limite</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Translation filter</source>
        <translation>Filtre de traduction</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in plan…</source>
        <translation>Rechercher dans le plan…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Show only matching &amp;rows</source>
        <translation>N&apos;afficher que les lignes &amp;correspondantes</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n matching rows</source>
        <translation>
            <numerusform>%n ligne correspondante</numerusform>
            <numerusform>%n lignes correspondantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{position} of %n matching rows</source>
        <translation>
            <numerusform>{position} sur %n ligne correspondante</numerusform>
            <numerusform>{position} sur %n lignes correspondantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpItems</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of planapp, read from its menus and panels</source>
        <translation>Tous les raccourcis de planapp, tirés de ses menus et de ses volets</translation>
    </message>
    <message>
        <source>About planapp</source>
        <translation>À propos de planapp</translation>
    </message>
    <message>
        <source>&lt;b&gt;planapp {version}&lt;/b&gt;&lt;p&gt;Keeps a Detailed Action Plan for the Office of the Auditor General and the Public Accounts Committee as data: edit it, exchange workbooks in the departmental template, print it.&lt;/p&gt;&lt;p&gt;Document: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;planapp {version}&lt;/b&gt;&lt;p&gt;Tient sous forme de données un plan d&apos;action détaillé destiné au Bureau du vérificateur général et au Comité des comptes publics : modifiez-le, échangez des classeurs dans le modèle ministériel, imprimez-le.&lt;/p&gt;&lt;p&gt;Document : {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HighlightingDelegate</name>
    <message>
        <source>Enter: save · Tab: save and go to the next cell · Esc: cancel</source>
        <translation>Entrée : enregistrer · Tab : enregistrer et passer à la cellule suivante · Échap : annuler</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Selected &amp;milestone only</source>
        <translation>&amp;Jalon sélectionné seulement</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Select a recommendation to see its history.</source>
        <translation>Sélectionnez une recommandation pour en voir l&apos;historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes, newest first.</source>
        <translation>
            <numerusform>%n modification, la plus récente d&apos;abord.</numerusform>
            <numerusform>%n modifications, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>No plan can be read with these columns.</source>
        <translation>Aucun plan ne peut être lu avec ces colonnes.</translation>
    </message>
    <message>
        <source>Why nothing can be imported</source>
        <translation>Pourquoi rien ne peut être importé</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{name}&lt;/b&gt; holds %n plans:</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; contient %n plan :</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; contient %n plans :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestones</source>
        <translation>
            <numerusform>%n jalon</numerusform>
            <numerusform>%n jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n personne-ressource</numerusform>
            <numerusform>%n personnes-ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra column cells</source>
        <translation>
            <numerusform>%n cellule de colonne supplémentaire</numerusform>
            <numerusform>%n cellules de colonnes supplémentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do with {plan}</source>
        <translation>Que faire de {plan}</translation>
    </message>
    <message>
        <source>Add as a new plan</source>
        <translation>Ajouter comme nouveau plan</translation>
    </message>
    <message>
        <source>Merge into “{plan}”</source>
        <translation>Fusionner avec « {plan} »</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings:</source>
        <translation>
            <numerusform>%n avertissement :</numerusform>
            <numerusform>%n avertissements :</numerusform>
        </translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avertissements de l&apos;importation</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>La lecture a été annulée.</translation>
    </message>
</context>
<context>
    <name>ImportTranslation</name>
    <message>
        <source>Import Translation</source>
        <translation>Importer la traduction</translation>
    </message>
    <message>
        <source>Import the {lang} Version</source>
        <translation>Importer la version en {lang}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} holds no Detailed Action Plan table.</source>
        <translation>{name} ne contient aucun tableau de plan d&apos;action détaillé.</translation>
    </message>
    <message>
        <source>Import Translation {name}</source>
        <translation>Importer la traduction {name}</translation>
    </message>
    <message>
        <source>Paired {name} with the plan</source>
        <translation>{name} a été jumelé au plan</translation>
    </message>
    <message>
        <source>Import Trans&amp;lation…</source>
        <translation>Importer la &amp;traduction…</translation>
    </message>
    <message>
        <source>Pair the shown plan with the workbook of its other-language version</source>
        <translation>Jumeler le plan affiché au classeur de sa version dans l&apos;autre langue officielle</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Plan&apos;s Language</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Bilingue</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language your computer&apos;s settings ask for</source>
        <translation>La langue que demandent les paramètres de votre ordinateur</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Key Interim Milestones</source>
        <translation>Principaux jalons intermédiaires</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Renuméroter</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Avancement…</translation>
    </message>
    <message>
        <source>Revise Date…</source>
        <translation>Réviser la date…</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>État…</translation>
    </message>
    <message>
        <source>Responsible Organization / Point of Contact</source>
        <translation>Organisation responsable / Personne-ressource</translation>
    </message>
    <message>
        <source>Extra Columns</source>
        <translation>Colonnes supplémentaires</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>{title} — {ref}</source>
        <translation>{title} — {ref}</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Delete Milestone</source>
        <translation>Supprimer le jalon</translation>
    </message>
    <message>
        <source>Move Milestone</source>
        <translation>Déplacer le jalon</translation>
    </message>
    <message>
        <source>Edit Milestone {field}</source>
        <translation>Modifier le jalon : {field}</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter une personne-ressource</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Supprimer la personne-ressource</translation>
    </message>
    <message>
        <source>Move Contact</source>
        <translation>Déplacer la personne-ressource</translation>
    </message>
    <message>
        <source>Edit Contact {field}</source>
        <translation>Modifier la personne-ressource : {field}</translation>
    </message>
    <message>
        <source>Add Extra Column</source>
        <translation>Ajouter une colonne supplémentaire</translation>
    </message>
    <message>
        <source>Delete Extra Column</source>
        <translation>Supprimer la colonne supplémentaire</translation>
    </message>
    <message>
        <source>Move Extra Column</source>
        <translation>Déplacer la colonne supplémentaire</translation>
    </message>
    <message>
        <source>Edit Extra Column {field}</source>
        <translation>Modifier la colonne supplémentaire : {field}</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Révisée</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Tel #</source>
        <translation>N° de tél.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <source>Cell text</source>
        <translation>Texte de la cellule</translation>
    </message>
    <message>
        <source>Enter: new paragraph · Ctrl+Enter: save · Esc: cancel</source>
        <translation>Entrée : nouveau paragraphe · Ctrl+Entrée : enregistrer · Échap : annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>Deleted {what}. Edit ▸ Undo ({keys}) brings it back.</source>
        <translation>Supprimé : {what}. Édition ▸ Annuler ({keys}) le rétablit.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>{name} (read-only) — planapp</source>
        <translation>{name} (lecture seule) — planapp</translation>
    </message>
    <message>
        <source>{name} — planapp</source>
        <translation>{name} — planapp</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Added {item}</source>
        <translation>Ajout : {item}</translation>
    </message>
    <message>
        <source>Removed {item}</source>
        <translation>Suppression : {item}</translation>
    </message>
    <message>
        <source>Changed {item}</source>
        <translation>Modification : {item}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance {date}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>terminé le {date}</translation>
    </message>
    <message>
        <source>Merge {source} into “{plan}”</source>
        <translation>Fusionner {source} avec « {plan} »</translation>
    </message>
    <message numerus="yes">
        <source>{source} differs from the plan in %n plan fields;</source>
        <translation>
            <numerusform>{source} diffère du plan par %n champ du plan;</numerusform>
            <numerusform>{source} diffère du plan par %n champs du plan;</numerusform>
        </translation>
    </message>
    <message>
        <source>recommendations: {added} added, {removed} removed, {changed} changed. Tick the changes to take.</source>
        <translation>recommandations : {added} ajoutées, {removed} supprimées, {changed} modifiées. Cochez les modifications à retenir.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>In {source}</source>
        <translation>Dans {source}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>In planapp now</source>
        <translation>Dans planapp actuellement</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Ne &amp;rien sélectionner</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>&amp;Fusionner la sélection</translation>
    </message>
    <message>
        <source>plan {field}</source>
        <translation>plan : {field}</translation>
    </message>
</context>
<context>
    <name>MoveRecommendations</name>
    <message numerus="yes">
        <source>Move %n Recommendations</source>
        <translation>
            <numerusform>Déplacer %n recommandation</numerusform>
            <numerusform>Déplacer %n recommandations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingPreview</name>
    <message>
        <source>Import Translation {name}</source>
        <translation>Importer la traduction {name}</translation>
    </message>
    <message>
        <source>{paired} of {total} recommendations pair with the {lang} version: {ref} by ref, {number} by the number in the ref, {position} by position.</source>
        <translation>{paired} recommandations sur {total} sont jumelées à la version en {lang} : {ref} par référence, {number} par le numéro de la référence, {position} par position.</translation>
    </message>
    <message>
        <source>This workbook&apos;s headings are in {lang}, like the plan: is it the {other} version?</source>
        <translation>Les en-têtes de ce classeur sont en {lang}, comme ceux du plan : s&apos;agit-il bien de la version en {other}?</translation>
    </message>
    <message>
        <source>&amp;Not paired (kept, with the other language missing):</source>
        <translation>&amp;Non jumelées (conservées, sans l&apos;autre langue) :</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Non jumelées</translation>
    </message>
    <message>
        <source>Everything pairs.</source>
        <translation>Tout est jumelé.</translation>
    </message>
    <message>
        <source>Apply Translation</source>
        <translation>Appliquer la traduction</translation>
    </message>
    <message>
        <source>Recommendations paired</source>
        <translation>Recommandations jumelées</translation>
    </message>
    <message>
        <source>{lang} ref</source>
        <translation>Réf. ({lang})</translation>
    </message>
    <message>
        <source>Paired by</source>
        <translation>Jumelée par</translation>
    </message>
    <message>
        <source>{lang} recommendation</source>
        <translation>Recommandation ({lang})</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Number in the ref</source>
        <translation>Numéro de la référence</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Move to the next part of the window</source>
        <translation>Passer à la partie suivante de la fenêtre</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet précé&amp;dent</translation>
    </message>
    <message>
        <source>Move to the previous part of the window</source>
        <translation>Passer à la partie précédente de la fenêtre</translation>
    </message>
</context>
<context>
    <name>PaperSize</name>
    <message>
        <source>Legal</source>
        <translation>Légal</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Reporting Periods</source>
        <translation>Périodes de rapport</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Périodes de rapport</translation>
    </message>
    <message>
        <source>e.g. Q3 2026-27 or PACP progress report</source>
        <translation>p. ex. T3 2026-2027 ou rapport d&apos;étape au PACP</translation>
    </message>
    <message>
        <source>Period name</source>
        <translation>Nom de la période</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>&amp;Add Period</source>
        <translation>&amp;Ajouter la période</translation>
    </message>
    <message>
        <source>&amp;Delete Period</source>
        <translation>&amp;Supprimer la période</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>{name} — {start} to {end}</source>
        <translation>{name} — du {start} au {end}</translation>
    </message>
    <message>
        <source>Give the period a name.</source>
        <translation>Donnez un nom à la période.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ajoutée.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English and French</source>
        <translation>Anglais et français</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Ministère :</translation>
    </message>
    <message>
        <source>Department (French)</source>
        <translation>Ministère (français)</translation>
    </message>
    <message>
        <source>D&amp;epartment (French):</source>
        <translation>Ministère (fr&amp;ançais) :</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>S&amp;igle :</translation>
    </message>
    <message>
        <source>Title row</source>
        <translation>Ligne de titre</translation>
    </message>
    <message>
        <source>&amp;Title row:</source>
        <translation>&amp;Ligne de titre :</translation>
    </message>
    <message>
        <source>Title row (French)</source>
        <translation>Ligne de titre (français)</translation>
    </message>
    <message>
        <source>T&amp;itle row (French):</source>
        <translation>Lig&amp;ne de titre (français) :</translation>
    </message>
    <message>
        <source>Audit title</source>
        <translation>Titre de l&apos;audit</translation>
    </message>
    <message>
        <source>A&amp;udit title:</source>
        <translation>Titre de l&apos;a&amp;udit :</translation>
    </message>
    <message>
        <source>Audit title (French)</source>
        <translation>Titre de l&apos;audit (français)</translation>
    </message>
    <message>
        <source>Audit title (F&amp;rench):</source>
        <translation>Titre de l&apos;audit (&amp;français) :</translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation>Référence du rapport</translation>
    </message>
    <message>
        <source>Report re&amp;ference:</source>
        <translation>&amp;Référence du rapport :</translation>
    </message>
    <message>
        <source>Plan Properties</source>
        <translation>Propriétés du plan</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Row {n}</source>
        <translation>Ligne {n}</translation>
    </message>
    <message>
        <source>Overdue: </source>
        <translation>En retard : </translation>
    </message>
    <message>
        <source>Means {date}</source>
        <translation>Signifie le {date}</translation>
    </message>
    <message>
        <source>planapp cannot read this as a date; it is kept as written.</source>
        <translation>planapp ne peut pas lire ce texte comme une date; il est conservé tel qu&apos;il est écrit.</translation>
    </message>
    <message>
        <source>Edit milestones in the panel below the table.</source>
        <translation>Modifiez les jalons dans le volet sous le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue milestones.</source>
        <translation>
            <numerusform>%n jalon en retard.</numerusform>
            <numerusform>%n jalons en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit contacts in the panel below the table.</source>
        <translation>Modifiez les personnes-ressources dans le volet sous le tableau.</translation>
    </message>
</context>
<context>
    <name>PlanTableView</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>The plan: one row per recommendation, in the template&apos;s eight columns</source>
        <translation>Le plan : une ligne par recommandation, dans les huit colonnes du modèle</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>&amp;Details</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Aucun plan</translation>
    </message>
    <message numerus="yes">
        <source>%n of {count} shown</source>
        <translation>
            <numerusform>%n sur {count} affichée</numerusform>
            <numerusform>%n sur {count} affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestones</source>
        <translation>
            <numerusform>%n jalon</numerusform>
            <numerusform>%n jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Selected Recommendations Only</source>
        <translation>Recommandations &amp;sélectionnées seulement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Include &amp;Extra Columns</source>
        <translation>&amp;Inclure les colonnes supplémentaires</translation>
    </message>
    <message>
        <source>Print the columns an imported workbook had besides the template&apos;s eight</source>
        <translation>Imprimer les colonnes qu&apos;un classeur importé avait en plus des huit du modèle</translation>
    </message>
    <message>
        <source>Print Preview — {plan}</source>
        <translation>Aperçu avant impression — {plan}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>L&apos;impression a échoué : {reason}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}</source>
        <translation>Impossible d&apos;écrire {name} : {reason}</translation>
    </message>
    <message>
        <source>PDF export cancelled</source>
        <translation>Exportation en PDF annulée</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n pages)</source>
        <translation>
            <numerusform>{path} écrit (%n page)</numerusform>
            <numerusform>{path} écrit (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>closed period</source>
        <translation>période close</translation>
    </message>
    <message>
        <source>Progress of Milestone {number}</source>
        <translation>Avancement du jalon {number}</translation>
    </message>
    <message>
        <source>Progress entries, newest first</source>
        <translation>Entrées d&apos;avancement, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>One reference per line: GCdocs number, file or URL</source>
        <translation>Une référence par ligne : numéro GCdocs, fichier ou adresse URL</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress since the last report</source>
        <translation>Avancement depuis le dernier rapport</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage d&apos;achèvement</translation>
    </message>
    <message>
        <source>Reason for delay</source>
        <translation>Raison du retard</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Plan de redressement</translation>
    </message>
    <message>
        <source>Evidence references</source>
        <translation>Références des pièces justificatives</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;En date du :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>A&amp;vancement :</translation>
    </message>
    <message>
        <source>Percent &amp;complete:</source>
        <translation>&amp;Pourcentage d&apos;achèvement :</translation>
    </message>
    <message>
        <source>Reason for &amp;delay:</source>
        <translation>&amp;Raison du retard :</translation>
    </message>
    <message>
        <source>&amp;Recovery plan:</source>
        <translation>Plan de re&amp;dressement :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Pièces &amp;justificatives :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Consigner</translation>
    </message>
    <message>
        <source>Entries (select an open one to correct it):</source>
        <translation>Entrées (sélectionnez une entrée ouverte pour la corriger) :</translation>
    </message>
    <message>
        <source>That entry&apos;s period has closed; add a new entry.</source>
        <translation>La période de cette entrée est close; ajoutez une nouvelle entrée.</translation>
    </message>
    <message>
        <source>Correcting the entry of {date}.</source>
        <translation>Correction de l&apos;entrée du {date}.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reconnect</name>
    <message>
        <source>{error} Your edit is kept and will be saved when it is back.</source>
        <extracomment>Edits made while the server could not be reached, saved when it is back.</extracomment>
        <translation>{error} Votre modification est conservée et sera enregistrée au retour du serveur.</translation>
    </message>
    <message>
        <source>Server Not Reachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message numerus="yes">
        <source>Server not reachable: %n edits not saved yet; reconnecting…</source>
        <translation>
            <numerusform>Serveur injoignable : %n modification pas encore enregistrée; reconnexion…</numerusform>
            <numerusform>Serveur injoignable : %n modifications pas encore enregistrées; reconnexion…</numerusform>
        </translation>
    </message>
    <message>
        <source>Server not reachable: reconnecting…</source>
        <translation>Serveur injoignable : reconnexion…</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise Due Date</source>
        <translation>Réviser la date d&apos;échéance</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The due date is “{old}”.</source>
        <translation>La date d&apos;échéance est « {old} ».</translation>
    </message>
    <message>
        <source>The due date changes from “{old}” to “{new}”.</source>
        <translation>La date d&apos;échéance passe de « {old} » à « {new} ».</translation>
    </message>
    <message>
        <source>The first date and this change are kept in the plan&apos;s history.</source>
        <translation>La première date et ce changement sont conservés dans l&apos;historique du plan.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Raison du changement</translation>
    </message>
    <message>
        <source>The change was &amp;approved</source>
        <translation>Le changement a été &amp;approuvé</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle date d&apos;échéance</translation>
    </message>
    <message>
        <source>e.g. March 31, 2027 or Q4 2026-27</source>
        <translation>p. ex. 31 mars 2027 ou T4 2026-2027</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nouvelle date :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approuvé &amp;par :</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Approuvé &amp;le :</translation>
    </message>
</context>
<context>
    <name>RowTexts</name>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>[French missing]</source>
        <translation>[français manquant]</translation>
    </message>
    <message>
        <source>[English missing]</source>
        <translation>[anglais manquant]</translation>
    </message>
    <message>
        <source>French missing: the English text is shown in grey.</source>
        <translation>Français manquant : le texte anglais est affiché en gris.</translation>
    </message>
    <message>
        <source>English missing: the French text is shown in grey.</source>
        <translation>Anglais manquant : le texte français est affiché en gris.</translation>
    </message>
</context>
<context>
    <name>RowView</name>
    <message>
        <source>Plan order</source>
        <translation>Ordre du plan</translation>
    </message>
    <message>
        <source>Sorted by {column}, descending</source>
        <translation>Trié par {column}, ordre décroissant</translation>
    </message>
    <message>
        <source>Sorted by {column}, ascending</source>
        <translation>Trié par {column}, ordre croissant</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Obligatoire, avec vérification du certificat du serveur</translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation>Désactivé (seulement sur un réseau de confiance)</translation>
    </message>
    <message>
        <source>Open Server Document</source>
        <translation>Ouvrir un document sur un serveur</translation>
    </message>
    <message>
        <source>A plan shared by a team, on a PostgreSQL server. The password is taken from your PostgreSQL password file if it is there, or asked for; planapp never saves it.</source>
        <translation>Un plan partagé par une équipe, sur un serveur PostgreSQL. Le mot de passe est pris dans votre fichier de mots de passe PostgreSQL s&apos;il y figure, sinon il vous est demandé; planapp ne l&apos;enregistre jamais.</translation>
    </message>
    <message>
        <source>db.example.gc.ca, or a socket folder such as /run/postgresql</source>
        <translation>db.exemple.gc.ca, ou un dossier de socket comme /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>Live refresh stopped: {why}</source>
        <translation>Actualisation en direct arrêtée : {why}</translation>
    </message>
</context>
<context>
    <name>SetRecommendationFollowUp</name>
    <message>
        <source>Set Recommendation Status</source>
        <translation>Définir l&apos;état de la recommandation</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>Report Ref. No.</source>
        <translation>N° de référence du rapport</translation>
    </message>
    <message>
        <source>OAG Recommendation</source>
        <translation>Recommandation du BVG</translation>
    </message>
    <message>
        <source>Departmental Response</source>
        <translation>Réponse du ministère</translation>
    </message>
    <message>
        <source>Final Expected Outcome/Result</source>
        <translation>Résultat final attendu</translation>
    </message>
    <message>
        <source>Expected Final Completion Date</source>
        <translation>Date d&apos;achèvement finale prévue</translation>
    </message>
    <message>
        <source>Key Interim Milestones</source>
        <translation>Principaux jalons intermédiaires</translation>
    </message>
    <message>
        <source>Responsible Organization / Point of Contact</source>
        <translation>Organisation responsable / Personne-ressource</translation>
    </message>
    <message>
        <source>Indicator of Achievement</source>
        <translation>Indicateur de réalisation</translation>
    </message>
    <message>
        <source>Milestones, one per paragraph or row (actions, deliverables)</source>
        <translation>Jalons, un par paragraphe ou par ligne (mesures, livrables)</translation>
    </message>
    <message>
        <source>Dates (of milestones, or the completion date)</source>
        <translation>Dates (des jalons, ou date d&apos;achèvement)</translation>
    </message>
    <message>
        <source>Milestone status</source>
        <translation>État du jalon</translation>
    </message>
    <message>
        <source>Extra column (kept under its heading)</source>
        <translation>Colonne supplémentaire (conservée sous son titre)</translation>
    </message>
    <message>
        <source>Ignore (left out of the plan)</source>
        <translation>Ignorer (exclue du plan)</translation>
    </message>
    <message>
        <source>Columns of “{sheet}” (header on row {row})</source>
        <translation>Colonnes de « {sheet} » (titres à la ligne {row})</translation>
    </message>
    <message>
        <source>Too few headings of this sheet were recognized to import it as it is. Choose where its columns go.</source>
        <translation>Trop peu de titres de cette feuille ont été reconnus pour l&apos;importer telle quelle. Choisissez où vont ses colonnes.</translation>
    </message>
    <message>
        <source>Columns of {sheet}</source>
        <translation>Colonnes de {sheet}</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Where “{heading}” goes</source>
        <translation>Destination de « {heading} »</translation>
    </message>
    <message>
        <source>Columns of {sheet} left out</source>
        <translation>Colonnes de {sheet} exclues</translation>
    </message>
    <message>
        <source>Left out of the plan (ignored): {names}</source>
        <translation>Exclues du plan (ignorées) : {names}</translation>
    </message>
    <message>
        <source>Every column is kept.</source>
        <translation>Toutes les colonnes sont conservées.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Edit the cell, replacing its text</source>
        <translation>Modifier la cellule en remplaçant son texte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Saisir</translation>
    </message>
    <message>
        <source>Edit the cell, cursor at the end</source>
        <translation>Modifier la cellule, curseur à la fin</translation>
    </message>
    <message>
        <source>F2 / double-click</source>
        <translation>F2 / double-clic</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Next / previous control (leaves a table)</source>
        <translation>Commande suivante / précédente (sort d&apos;un tableau)</translation>
    </message>
    <message>
        <source>Move between cells</source>
        <translation>Passer d&apos;une cellule à l&apos;autre</translation>
    </message>
    <message>
        <source>Arrow keys, Home, End, PgUp, PgDown</source>
        <translation>Touches fléchées, Début, Fin, Pg préc., Pg suiv.</translation>
    </message>
    <message>
        <source>Cell editors</source>
        <translation>Éditeurs de cellule</translation>
    </message>
    <message>
        <source>Save the cell and go to the next / previous one</source>
        <translation>Enregistrer la cellule et passer à la suivante / précédente</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Liste des plans</translation>
    </message>
    <message>
        <source>Rename the plan (Plan ▸ Rename Plan)</source>
        <translation>Renommer le plan (Plan ▸ Renommer le plan)</translation>
    </message>
    <message>
        <source>Save the cell</source>
        <translation>Enregistrer la cellule</translation>
    </message>
    <message>
        <source>Enter (Ctrl+Enter in long text)</source>
        <translation>Entrée (Ctrl+Entrée dans un texte long)</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Effacer les cellules sélectionnées</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Sort by a column; again to reverse; a third time: plan order</source>
        <translation>Trier selon une colonne; de nouveau pour inverser; une troisième fois : ordre du plan</translation>
    </message>
    <message>
        <source>Click a heading (Ctrl+Shift+H: the current cell&apos;s column)</source>
        <translation>Cliquer sur un titre (Ctrl+Maj+H : colonne de la cellule courante)</translation>
    </message>
    <message>
        <source>Long-text editors</source>
        <translation>Éditeurs de texte long</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Save the text</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Spelling corrections, add to dictionary</source>
        <translation>Corrections orthographiques, ajout au dictionnaire</translation>
    </message>
    <message>
        <source>Right-click a word</source>
        <translation>Clic droit sur un mot</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Detail tabs</source>
        <translation>Onglets de détail</translation>
    </message>
    <message>
        <source>Details / History</source>
        <translation>Détails / Historique</translation>
    </message>
    <message>
        <source>Left / Right on the tab bar</source>
        <translation>Gauche / Droite sur la barre d&apos;onglets</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Boîtes de dialogue</translation>
    </message>
    <message>
        <source>Next / previous control, including the buttons</source>
        <translation>Commande suivante / précédente, boutons compris</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Toolbar: zoom, pages, page setup, print</source>
        <translation>Barre d&apos;outils : zoom, pages, mise en page, impression</translation>
    </message>
    <message>
        <source>Tab, then Space</source>
        <translation>Tab, puis Espace</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StartUpdateRound</name>
    <message>
        <source>Start Update Round for {name}</source>
        <translation>Lancer la mise à jour pour {name}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>{source} on {date}: {rating}</source>
        <translation>{source}, le {date} : {rating}</translation>
    </message>
    <message>
        <source>{source}: {rating}</source>
        <translation>{source} : {rating}</translation>
    </message>
    <message>
        <source>Status of {ref}</source>
        <translation>État de {ref}</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Recommendation status</source>
        <translation>État de la recommandation</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Suggested from its milestones: {status}. {progress}.</source>
        <translation>Suggéré d&apos;après ses jalons : {status}. {progress}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évaluée par</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>e.g. Satisfactory progress, or Addressed</source>
        <translation>p. ex. Progrès satisfaisants, ou Donné suite</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Report or meeting reference</source>
        <translation>Référence du rapport ou de la réunion</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>&amp;Add Assessment</source>
        <translation>&amp;Ajouter l&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Remove Assessment</source>
        <translation>&amp;Retirer l&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Assessments:</source>
        <translation>Évaluations :</translation>
    </message>
    <message>
        <source>Assessed &amp;by:</source>
        <translation>Évaluée &amp;par :</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Évaluée &amp;le :</translation>
    </message>
    <message>
        <source>Ra&amp;ting:</source>
        <translation>&amp;Cote :</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>PACP</source>
        <translation>PACP</translation>
    </message>
    <message>
        <source>OAG</source>
        <translation>BVG</translation>
    </message>
    <message>
        <source>Departmental Audit Committee</source>
        <translation>Comité ministériel de vérification</translation>
    </message>
    <message>
        <source>Record Submission</source>
        <translation>Consigner la transmission</translation>
    </message>
    <message>
        <source>{date} to {recipient}</source>
        <translation>le {date} à {recipient}</translation>
    </message>
    <message>
        <source>“{plan}” was sent: {sent}.</source>
        <translation>« {plan} » a été transmis : {sent}.</translation>
    </message>
    <message>
        <source>“{plan}” has not been sent yet.</source>
        <translation>« {plan} » n&apos;a pas encore été transmis.</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Transmis le</translation>
    </message>
    <message>
        <source>Submitted to</source>
        <translation>Transmis à</translation>
    </message>
    <message>
        <source>e.g. Detailed action plan, or Progress report 1</source>
        <translation>p. ex. Plan d&apos;action détaillé, ou Rapport d&apos;étape 1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Submitted &amp;on:</source>
        <translation>Transmis &amp;le :</translation>
    </message>
    <message>
        <source>Submitted &amp;to:</source>
        <translation>Transmis &amp;à :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message numerus="yes">
        <source>Cut %n Cells</source>
        <translation>
            <numerusform>Couper %n cellule</numerusform>
            <numerusform>Couper %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n Cells</source>
        <translation>
            <numerusform>Effacer %n cellule</numerusform>
            <numerusform>Effacer %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>Le presse-papiers ne contient aucune cellule à coller.</translation>
    </message>
    <message>
        <source>The copied rows have {width} columns; this table has {count}. Copy whole rows from a table with the same columns.</source>
        <translation>Les lignes copiées ont {width} colonnes; ce tableau en a {count}. Copiez des lignes entières d&apos;un tableau qui a les mêmes colonnes.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n New Rows</source>
        <translation>
            <numerusform>Coller %n nouvelle ligne</numerusform>
            <numerusform>Coller %n nouvelles lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copied block is %n columns wide,</source>
        <translation>
            <numerusform>Le bloc copié a %n colonne de largeur,</numerusform>
            <numerusform>Le bloc copié a %n colonnes de largeur,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>but only %n columns remain from the selected cell. Select a cell further left, or copy fewer columns.</source>
        <translation>
            <numerusform>mais il ne reste que %n colonne à partir de la cellule sélectionnée. Sélectionnez une cellule plus à gauche ou copiez moins de colonnes.</numerusform>
            <numerusform>mais il ne reste que %n colonnes à partir de la cellule sélectionnée. Sélectionnez une cellule plus à gauche ou copiez moins de colonnes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableKeys</name>
    <message>
        <source>&amp;Sort by Current Column</source>
        <translation>Trier selon la &amp;colonne courante</translation>
    </message>
    <message>
        <source>Sort the rows by the current cell&apos;s column; again to reverse</source>
        <translation>Trier les lignes selon la colonne de la cellule courante; de nouveau pour inverser</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {command}</source>
        <translation>&amp;Annuler {command}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {command}</source>
        <translation>&amp;Rétablir {command}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>Read-Only Document</source>
        <translation>Document en lecture seule</translation>
    </message>
    <message>
        <source>{name} is open read-only; nothing can be changed. Use File ▸ Save As to keep an editable copy.</source>
        <translation>{name} est ouvert en lecture seule; rien ne peut être modifié. Utilisez Fichier ▸ Enregistrer sous pour garder une copie modifiable.</translation>
    </message>
    <message>
        <source>Edit Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>La modification n&apos;a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <source>Undo Not Saved</source>
        <translation>Annulation non enregistrée</translation>
    </message>
    <message>
        <source>The document could not be changed: {reason}
It is as it was before this step; the undo history was cleared.</source>
        <translation>Le document n&apos;a pas pu être modifié : {reason}
Il est tel qu&apos;il était avant cette étape; l&apos;historique des annulations a été effacé.</translation>
    </message>
</context>
<context>
    <name>UpdatePlan</name>
    <message>
        <source>Edit Plan Properties</source>
        <translation>Modifier les propriétés du plan</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>&amp;Filter Rows</source>
        <translation>&amp;Filtrer les lignes</translation>
    </message>
    <message>
        <source>Show only the recommendations with a milestone status, organization or due date</source>
        <translation>N&apos;afficher que les recommandations ayant un état de jalon, une organisation ou une date d&apos;échéance donnés</translation>
    </message>
    <message>
        <source>Plan &amp;Order</source>
        <translation>&amp;Ordre du plan</translation>
    </message>
    <message>
        <source>Show the rows in the plan&apos;s own order again (click a heading to sort)</source>
        <translation>Afficher de nouveau les lignes dans l&apos;ordre du plan (cliquez sur un titre pour trier)</translation>
    </message>
    <message>
        <source>&amp;Edit Pane</source>
        <translation>Volet d&apos;éd&amp;ition</translation>
    </message>
    <message>
        <source>Show the current cell&apos;s whole text below the table, to read and edit it</source>
        <translation>Afficher tout le texte de la cellule courante sous le tableau, pour le lire et le modifier</translation>
    </message>
    <message>
        <source>Compact &amp;Rows</source>
        <translation>Lignes co&amp;mpactes</translation>
    </message>
    <message>
        <source>Show each recommendation in a few lines (the whole text on hover and in the pane)</source>
        <translation>Afficher chaque recommandation sur quelques lignes (tout le texte au survol et dans le volet)</translation>
    </message>
    <message>
        <source>Panels &amp;Beside the Table</source>
        <translation>Volets à côté d&amp;u tableau</translation>
    </message>
    <message>
        <source>Show the milestones and contacts beside the table instead of below it</source>
        <translation>Afficher les jalons et les personnes-ressources à côté du tableau plutôt qu&apos;en dessous</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Document…</source>
        <translation>&amp;Nouveau document…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Server Document…</source>
        <translation>Ouvrir un document sur un ser&amp;veur…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import Excel Workbook…</source>
        <translation>&amp;Importer un classeur Excel…</translation>
    </message>
    <message>
        <source>&amp;Export Excel Workbook…</source>
        <translation>&amp;Exporter un classeur Excel…</translation>
    </message>
    <message>
        <source>Export as &amp;Word…</source>
        <translation>Exporter en &amp;Word…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le précé&amp;dent</translation>
    </message>
    <message>
        <source>&amp;Add Recommendation</source>
        <translation>A&amp;jouter une recommandation</translation>
    </message>
    <message>
        <source>&amp;Delete Recommendation</source>
        <translation>S&amp;upprimer la recommandation</translation>
    </message>
    <message>
        <source>Print Op&amp;tions</source>
        <translation>Options d&apos;i&amp;mpression</translation>
    </message>
    <message>
        <source>M&amp;ove Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>D&amp;uplicate Plan</source>
        <translation>D&amp;upliquer le plan</translation>
    </message>
    <message>
        <source>&amp;Rename Plan…</source>
        <translation>&amp;Renommer le plan…</translation>
    </message>
    <message>
        <source>&amp;Delete Plan…</source>
        <translation>&amp;Supprimer le plan…</translation>
    </message>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation>&amp;Propriétés du plan…</translation>
    </message>
    <message>
        <source>Record &amp;Submission…</source>
        <translation>Consigner la &amp;transmission…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Aller au &amp;tableau</translation>
    </message>
    <message>
        <source>Go to &amp;Milestones</source>
        <translation>Aller aux &amp;jalons</translation>
    </message>
    <message>
        <source>Go to &amp;Contacts</source>
        <translation>Aller aux &amp;personnes-ressources</translation>
    </message>
    <message>
        <source>Go to &amp;Plans</source>
        <translation>Aller aux pl&amp;ans</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About planapp</source>
        <translation>À &amp;propos de planapp</translation>
    </message>
</context>
<context>
    <name>WordOptions</name>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Export as Word</source>
        <translation>Exporter en Word</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
</context>
<context>
    <name>clipboard_actions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Coup&amp;er</translation>
    </message>
    <message>
        <source>Copy the selected cells and clear them</source>
        <translation>Copier les cellules sélectionnées et les effacer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the selected cells (for Excel and Word)</source>
        <translation>Copier les cellules sélectionnées (pour Excel et Word)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste cells copied from Excel into the selected cells</source>
        <translation>Coller dans les cellules sélectionnées des cellules copiées d&apos;Excel</translation>
    </message>
    <message>
        <source>Paste a&amp;s New Rows</source>
        <translation>Coller comme &amp;nouvelles lignes</translation>
    </message>
    <message>
        <source>Paste copied rows as new rows after the current one</source>
        <translation>Coller les lignes copiées comme nouvelles lignes après la ligne courante</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>E&amp;ffacer les cellules</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Vider les cellules sélectionnées</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>The details were written to:
{path}</source>
        <translation>Les détails ont été enregistrés dans :
{path}</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés dans un fichier journal.</translation>
    </message>
    <message>
        <source>planapp met an unexpected error. Edits made so far are saved.

{where}

Please send that file to whoever supports planapp.</source>
        <translation>planapp a rencontré une erreur inattendue. Les modifications faites jusqu&apos;ici sont enregistrées.

{where}

Veuillez envoyer ce fichier à la personne qui assure le soutien de planapp.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
</context>
<context>
    <name>excel_actions</name>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Excel Workbook</source>
        <translation>Importer un classeur Excel</translation>
    </message>
    <message>
        <source>Export Excel Workbook</source>
        <translation>Exporter un classeur Excel</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} holds no Detailed Action Plan table.</source>
        <translation>{name} ne contient aucun tableau de plan d&apos;action détaillé.</translation>
    </message>
    <message>
        <source>“{plan}” already matches {name}.</source>
        <translation>« {plan} » correspond déjà à {name}.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <source>Wrote {path} (warnings: {count}; the first: {first})</source>
        <translation>{path} écrit (avertissements : {count}; le premier : {first})</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>list_fields</name>
    <message>
        <source>“{value}” is not a milestone status ({names}).</source>
        <translation>« {value} » n&apos;est pas un état de jalon ({names}).</translation>
    </message>
</context>
<context>
    <name>live_refresh</name>
    <message>
        <source>Only you have this plan open.</source>
        <translation>Vous êtes seul à avoir ce plan ouvert.</translation>
    </message>
    <message>
        <source>Also open by: {names}</source>
        <translation>Aussi ouvert par : {names}</translation>
    </message>
</context>
<context>
    <name>plan_clipboard</name>
    <message>
        <source>Nothing was pasted: {reason}</source>
        <translation>Rien n&apos;a été collé : {reason}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Damaged Document</source>
        <translation>Document endommagé</translation>
    </message>
    <message>
        <source>{error}

Save a recovered copy of what can still be read? {name} itself is left as it is.</source>
        <translation>{error}

Enregistrer une copie récupérée de ce qui peut encore être lu? {name} lui-même reste tel quel.</translation>
    </message>
    <message>
        <source>Save Recovered Copy…</source>
        <translation>Enregistrer une copie récupérée…</translation>
    </message>
    <message>
        <source>{name} (recovered)</source>
        <translation>{name} (récupéré)</translation>
    </message>
    <message>
        <source>Save Recovered Copy</source>
        <translation>Enregistrer une copie récupérée</translation>
    </message>
    <message>
        <source>planapp documents (*{suffix})</source>
        <translation>Documents planapp (*{suffix})</translation>
    </message>
    <message>
        <source>Could not save the copy: {reason}</source>
        <translation>Impossible d&apos;enregistrer la copie : {reason}</translation>
    </message>
    <message>
        <source>Recovered Copy Saved</source>
        <translation>Copie récupérée enregistrée</translation>
    </message>
</context>
<context>
    <name>server_dialog</name>
    <message>
        <source>Server Password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Cannot Open Server Document</source>
        <translation>Impossible d&apos;ouvrir le document sur le serveur</translation>
    </message>
</context>
<context>
    <name>spelling</name>
    <message>
        <source>(No suggestions)</source>
        <translation>(Aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>Ajouter « {word} » au dictionnaire</translation>
    </message>
</context>
</TS>
