<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
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
</TS>
