<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
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
        <source>&amp;Headings:</source>
        <translation>&amp;Titres :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
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
        <source>Show only &amp;matching rows</source>
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
    <name>PlanList</name>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
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
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;History</source>
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
        <source>Headings</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Include &amp;Extra Columns</source>
        <translation>Inclure les colonnes &amp;supplémentaires</translation>
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
    <name>QCoreApplication.self</name>
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
</context>
<context>
    <name>SetRecommendationFollowUp</name>
    <message>
        <source>Set Recommendation Status</source>
        <translation>Définir l&apos;état de la recommandation</translation>
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
    <name>UpdatePlan</name>
    <message>
        <source>Edit Plan Properties</source>
        <translation>Modifier les propriétés du plan</translation>
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
        <translation>Ouvrir un document sur un &amp;serveur…</translation>
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
        <source>Print &amp;Options</source>
        <translation>&amp;Options d&apos;impression</translation>
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
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Add Recommendation</source>
        <translation>A&amp;jouter une recommandation</translation>
    </message>
    <message>
        <source>&amp;Delete Recommendation</source>
        <translation>&amp;Supprimer la recommandation</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
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
        <translation>Aller aux &amp;plans</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
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
