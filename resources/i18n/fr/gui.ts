<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>adverse_event_dialog</name>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="132"/>
        <source>Choose: {fields}.</source>
        <translation>Choisissez : {fields}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="50"/>
        <source>Grade {grade}</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="52"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="71"/>
        <source>Suggested from the measured values: grade {grade}.</source>
        <translation>Suggéré d'après les valeurs mesurées : grade {grade}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="52"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="128"/>
        <source>action taken</source>
        <translation>mesure prise</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="124"/>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="129"/>
        <source>outcome</source>
        <translation>évolution</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="126"/>
        <source>relation to the LP</source>
        <translation>lien avec la PL</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="127"/>
        <source>relation to the cells</source>
        <translation>lien avec les cellules</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="125"/>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/adverse_event_dialog.py" line="31"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>answer_widgets</name>
    <message>
        <location filename="../../../maestro_desktop/gui/answer_widgets.py" line="64"/>
        <source>'{text}' is not a date and time: write it as {format}.</source>
        <translation>« {text} » n'est pas une date et heure : écrivez-la sous la forme {format}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/answer_widgets.py" line="52"/>
        <source>'{text}' is not a date: write it as {format}.</source>
        <translation>« {text} » n'est pas une date : écrivez-la sous la forme {format}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/answer_widgets.py" line="70"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/answer_widgets.py" line="74"/>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/answer_widgets.py" line="78"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/answer_widgets.py" line="41"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/answer_widgets.py" line="40"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/answer_widgets.py" line="120"/>
        <source>{question}: message</source>
        <translation>{question} : message</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../../maestro_desktop/gui/app.py" line="214"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/app.py" line="212"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/app.py" line="210"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/app.py" line="185"/>
        <source>Training accounts (shown only now; write them down):</source>
        <translation>Comptes de formation (affichés seulement maintenant ; notez-les) :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/app.py" line="184"/>
        <source>Training database</source>
        <translation>Base de formation</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/app.py" line="197"/>
        <source>maestro-desktop cannot start</source>
        <translation>maestro-desktop ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>backup_status</name>
    <message>
        <location filename="../../../maestro_desktop/gui/backup_status.py" line="101"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/backup_status.py" line="104"/>
        <source>Backup {time}</source>
        <translation>Sauvegarde {time}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/backup_status.py" line="99"/>
        <source>Backup: none yet</source>
        <translation>Sauvegarde : aucune pour l'instant</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/backup_status.py" line="108"/>
        <source>Last backup: {state}</source>
        <translation>Dernière sauvegarde : {state}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/backup_status.py" line="105"/>
        <source>{file} ({count} events), verified.</source>
        <translation>{file} ({count} événements), vérifiée.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../../maestro_desktop/gui/camera.py" line="65"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/camera.py" line="61"/>
        <source>Hold the label in front of the camera.</source>
        <translation>Présentez l'étiquette devant la caméra.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/camera.py" line="59"/>
        <source>Read the vial label with the camera</source>
        <translation>Lire l'étiquette du flacon avec la caméra</translation>
    </message>
</context>
<context>
    <name>cellbank_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="40"/>
        <source>Administered</source>
        <translation>Administré</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="40"/>
        <source>Allocated to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="168"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="167"/>
        <source>Cell bank file</source>
        <translation>Fichier de la banque de cellules</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="39"/>
        <source>Cells</source>
        <translation>Cellules</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="38"/>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="193"/>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="37"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="38"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="37"/>
        <source>Vial</source>
        <translation>Flacon</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="39"/>
        <source>Volume (mL)</source>
        <translation>Volume (mL)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="55"/>
        <source>expired</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="28"/>
        <source>quarantine</source>
        <translation>quarantaine</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="29"/>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="28"/>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="62"/>
        <source>used</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="157"/>
        <source>{count} vials, {usable} released and in date</source>
        <translation>{count} flacons, {usable} libérés et non périmés</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/cellbank_page.py" line="51"/>
        <source>{subject}, injection {visit}</source>
        <translation>{subject}, injection {visit}</translation>
    </message>
</context>
<context>
    <name>checks_flow</name>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_flow.py" line="55"/>
        <source>Change after the verdict</source>
        <translation>Modification après la décision</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_flow.py" line="90"/>
        <source>GO recorded: the vial step is open.</source>
        <translation>GO enregistré : l'étape du flacon est ouverte.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_flow.py" line="56"/>
        <source>Reason for changing this answer:</source>
        <translation>Motif de la modification de cette réponse :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_flow.py" line="94"/>
        <source>Session of {subject} closed: not performed (NO-GO).</source>
        <translation>Session de {subject} fermée : non réalisée (NO-GO).</translation>
    </message>
</context>
<context>
    <name>checks_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_page.py" line="151"/>
        <source>(no contraindication found)</source>
        <translation>(aucune contre-indication trouvée)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_page.py" line="103"/>
        <source>Antithrombotic hold times: {source}</source>
        <translation>Délais d'arrêt des antithrombotiques : {source}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_page.py" line="106"/>
        <source>Baseline recorded.</source>
        <translation>Constantes de référence enregistrées.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_page.py" line="111"/>
        <source>GO recorded by {user}</source>
        <translation>GO enregistré par {user}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_page.py" line="63"/>
        <source>Record baseline vital signs</source>
        <translation>Enregistrer les constantes de référence</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_page.py" line="152"/>
        <source>The session will close as NOT PERFORMED.</source>
        <translation>La session sera fermée comme NON RÉALISÉE.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/checks_page.py" line="120"/>
        <source>{count} items still to answer or record</source>
        <translation>{count} éléments encore à renseigner</translation>
    </message>
</context>
<context>
    <name>eligibility_flow</name>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_flow.py" line="41"/>
        <source>Change after signature</source>
        <translation>Modification après signature</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_flow.py" line="68"/>
        <source>Eligibility of {subject} signed.</source>
        <translation>Éligibilité de {subject} signée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_flow.py" line="42"/>
        <source>Reason for changing the signed record:</source>
        <translation>Motif de la modification du dossier signé :</translation>
    </message>
</context>
<context>
    <name>eligibility_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_page.py" line="42"/>
        <source>(0-10, steps of 0.5)</source>
        <translation>(0-10, par pas de 0,5)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_page.py" line="98"/>
        <source>Changed after the signature of {user}: sign again.</source>
        <translation>Modifié après la signature de {user} : signez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_page.py" line="29"/>
        <source>ELIGIBLE</source>
        <translation>ÉLIGIBLE</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_page.py" line="79"/>
        <source>Eligibility at enrolment: subject {subject}</source>
        <translation>Éligibilité à l'inclusion : sujet {subject}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_page.py" line="44"/>
        <source>Exclusion: {criterion}</source>
        <translation>Exclusion : {criterion}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_page.py" line="31"/>
        <source>NOT ELIGIBLE</source>
        <translation>NON ÉLIGIBLE</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_page.py" line="96"/>
        <source>Not signed yet.</source>
        <translation>Pas encore signé.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/eligibility_page.py" line="102"/>
        <source>Signed by {user} on {time}.</source>
        <translation>Signé par {user} le {time}.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../../maestro_desktop/gui/first_run.py" line="28"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>observation_flow</name>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_flow.py" line="116"/>
        <source>Discharge recorded: the sign-off step is open.</source>
        <translation>Sortie enregistrée : l'étape de signature est ouverte.</translation>
    </message>
</context>
<context>
    <name>observation_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="66"/>
        <source>'{text}' is not a whole number from 0 to 10.</source>
        <translation>« {text} » n'est pas un nombre entier de 0 à 10.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="233"/>
        <source>Check not done</source>
        <translation>Contrôle non fait</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="189"/>
        <source>Discharged by {user}.</source>
        <translation>Sortie autorisée par {user}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="45"/>
        <source>Headache controlled</source>
        <translation>Céphalées contrôlées</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="93"/>
        <source>Headache postural?</source>
        <translation>Céphalées posturales ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="91"/>
        <source>Headache?</source>
        <translation>Céphalées ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="178"/>
        <source>Last set {time} by {user}: NEWS2 {total} ({band}), SpO2 scale {scale}</source>
        <translation>Dernière série {time} par {user} : NEWS2 {total} ({band}), échelle SpO2 {scale}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="244"/>
        <source>NEWS2 SpO2 scale {scale}</source>
        <translation>Échelle SpO2 {scale} du NEWS2</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="95"/>
        <source>Neurological check</source>
        <translation>Examen neurologique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="44"/>
        <source>No new neurological deficit</source>
        <translation>Pas de nouveau déficit neurologique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="220"/>
        <source>OVERDUE: {checks}. Take the vital signs now, or record why not.</source>
        <translation>EN RETARD : {checks}. Prenez les constantes maintenant, ou indiquez pourquoi elles ne le sont pas.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="89"/>
        <source>Pain (0-10)</source>
        <translation>Douleur (0-10)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="48"/>
        <source>Puncture site dry, no CSF leak</source>
        <translation>Point de ponction sec, pas de fuite de LCR</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="87"/>
        <source>Record this set of vital signs</source>
        <translation>Enregistrer cette série de constantes</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="245"/>
        <source>Scale 2 is only for a prescribed SpO2 target of 88-92 %. Reason:</source>
        <translation>L'échelle 2 est réservée à une cible de SpO2 prescrite de 88-92 %. Motif :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="292"/>
        <source>Serious adverse event '{term}': report to the sponsor by {due} (OVERDUE).</source>
        <translation>Événement indésirable grave « {term} » : à déclarer au promoteur avant le {due} (EN RETARD).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="294"/>
        <source>Serious adverse event '{term}': report to the sponsor by {due} ({hours} h left).</source>
        <translation>Événement indésirable grave « {term} » : à déclarer au promoteur avant le {due} (reste {hours} h).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="47"/>
        <source>Vital signs back near baseline</source>
        <translation>Constantes revenues proches de la référence</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="46"/>
        <source>Walking unaided</source>
        <translation>Marche sans aide</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="234"/>
        <source>Why was {check} not done?</source>
        <translation>Pourquoi {check} n'a-t-il pas été fait ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="212"/>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="39"/>
        <source>headache</source>
        <translation>céphalées</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="40"/>
        <source>neurological check</source>
        <translation>examen neurologique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="39"/>
        <source>pain</source>
        <translation>douleur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="281"/>
        <source>report to the sponsor</source>
        <translation>à déclarer au promoteur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="283"/>
        <source>reported</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="274"/>
        <source>{onset}  {term}, grade {grade}, SERIOUS, {outcome}</source>
        <translation>{onset}  {term}, grade {grade}, GRAVE, {outcome}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/observation_page.py" line="277"/>
        <source>{onset}  {term}, grade {grade}, {outcome}</source>
        <translation>{onset}  {term}, grade {grade}, {outcome}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../../maestro_desktop/gui/ops.py" line="39"/>
        <source>Unexpected error ({error}); nothing was changed. Details are in the log.</source>
        <translation>Erreur inattendue ({error}) ; rien n'a été modifié. Les détails sont dans le journal technique.</translation>
    </message>
</context>
<context>
    <name>procedure_flow</name>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_flow.py" line="44"/>
        <source>Procedure recorded: the observation step is open.</source>
        <translation>Geste enregistré : l'étape de surveillance est ouverte.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_flow.py" line="40"/>
        <source>Session of {subject} closed: not performed (procedure abandoned).</source>
        <translation>Session de {subject} fermée : non réalisée (geste abandonné).</translation>
    </message>
</context>
<context>
    <name>procedure_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="224"/>
        <source>'{text}' is not a time: write it as {format}.</source>
        <translation>« {text} » n'est pas une heure : écrivez-la sous la forme {format}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="308"/>
        <source>Abandon the procedure</source>
        <translation>Abandonner le geste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="270"/>
        <source>Acknowledged by {user}</source>
        <translation>Pris en compte par {user}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="130"/>
        <source>CSF volume withdrawn (mL)</source>
        <translation>Volume de LCR prélevé (mL)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="155"/>
        <source>Describe the CSF:</source>
        <translation>Décrivez le LCR :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="265"/>
        <source>Duration {minutes} min, {volume} mL, rate {rate} mL/min</source>
        <translation>Durée {minutes} min, {volume} mL, débit {rate} mL/min</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="297"/>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="301"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="47"/>
        <source>Infusion</source>
        <translation>Perfusion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="47"/>
        <source>Lying flat</source>
        <translation>À plat</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="253"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="262"/>
        <source>Not ended yet.</source>
        <translation>Pas encore terminée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="302"/>
        <source>Note (optional):</source>
        <translation>Note (facultative) :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="119"/>
        <source>Record: {stamp}</source>
        <translation>Enregistrer : {stamp}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="46"/>
        <source>Since needle in</source>
        <translation>Depuis l'insertion de l'aiguille</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="48"/>
        <source>Stability left</source>
        <translation>Stabilité restante</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="313"/>
        <source>The vial</source>
        <translation>Le flacon</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="131"/>
        <source>Volume injected (mL)</source>
        <translation>Volume injecté (mL)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="314"/>
        <source>What happened to the vial?</source>
        <translation>Qu'est devenu le flacon ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="298"/>
        <source>What happened?</source>
        <translation>Que s'est-il passé ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="309"/>
        <source>Why is the procedure abandoned?</source>
        <translation>Pourquoi le geste est-il abandonné ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="273"/>
        <source>Within the protocol's duration and rate</source>
        <translation>Dans la durée et le débit du protocole</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="125"/>
        <source>attempts: </source>
        <translation>tentatives : </translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="243"/>
        <source>late, reason: {reason}</source>
        <translation>en retard, motif : {reason}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="127"/>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/procedure_page.py" line="52"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>session_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/session_page.py" line="49"/>
        <source>Close session opened in error</source>
        <translation>Fermer une session ouverte par erreur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/session_page.py" line="38"/>
        <source>This step is not available in this version of maestro-desktop: record it on the paper source document and keep this session open.</source>
        <translation>Cette étape n'est pas disponible dans cette version de maestro-desktop : consignez-la sur le document source papier et laissez cette session ouverte.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/session_page.py" line="50"/>
        <source>Why close the session of {subject}, {visit}?
It stays in the journal with this reason.</source>
        <translation>Pourquoi fermer la session de {subject}, {visit} ?\nElle reste dans le journal avec ce motif.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/session_page.py" line="35"/>
        <source>{time} by {user}</source>
        <translation>{time} par {user}</translation>
    </message>
</context>
<context>
    <name>signoff_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="33"/>
        <source>CHANGED AFTER SIGNATURE: sign again</source>
        <translation>MODIFIÉ APRÈS SIGNATURE : signez à nouveau</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="144"/>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="28"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="105"/>
        <source>No signature yet.</source>
        <translation>Aucune signature pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="35"/>
        <source>Not performed: sign the record</source>
        <translation>Non réalisée : signez le dossier</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="28"/>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="137"/>
        <source>Procedure sheet</source>
        <translation>Fiche de procédure</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="34"/>
        <source>Ready to sign</source>
        <translation>Prête à signer</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="28"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="176"/>
        <source>Session signed.</source>
        <translation>Session signée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="32"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="27"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="27"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="27"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="201"/>
        <source>Writing the CSV files into {folder}…</source>
        <translation>Écriture des fichiers CSV dans {folder}…</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="191"/>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="194"/>
        <source>Written: {file}</source>
        <translation>Écrit : {file}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="205"/>
        <source>{count} CSV files written to {folder}</source>
        <translation>{count} fichiers CSV écrits dans {folder}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="78"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/signoff_page.py" line="101"/>
        <source>✓ {meaning}: {name} ({username}), {when}</source>
        <translation>✓ {meaning} : {name} ({username}), {when}</translation>
    </message>
</context>
<context>
    <name>subjects_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="87"/>
        <source>&amp;Open session for this visit</source>
        <translation>&amp;Ouvrir la session de cette visite</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="94"/>
        <source>&amp;Open session: {subject}, {visit}</source>
        <translation>&amp;Ouvrir la session : {subject}, {visit}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="84"/>
        <source>&amp;Resume the open session</source>
        <translation>&amp;Reprendre la session ouverte</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="19"/>
        <source>Enrolled</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="18"/>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="19"/>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="20"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="18"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="20"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="63"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="61"/>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="92"/>
        <source>plan complete</source>
        <translation>plan terminé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="89"/>
        <source>{subject}: no injection visit left ({visit}).</source>
        <translation>{subject} : plus de visite d'injection ({visit}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/subjects_page.py" line="98"/>
        <source>{visit} of {subject}: {window}.</source>
        <translation>{visit} de {subject} : {window}.</translation>
    </message>
</context>
<context>
    <name>sync_status</name>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="244"/>
        <source>A training database never syncs to the trial's central store.</source>
        <translation>Une base de formation n'est jamais synchronisée avec la base centrale de l'essai.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="387"/>
        <source>Acknowledge flag {flag}</source>
        <translation>Prendre en compte le signalement {flag}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="401"/>
        <source>Acknowledge the flag</source>
        <translation>Prendre en compte le signalement</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="386"/>
        <source>Acknowledge…</source>
        <translation>Prendre en compte…</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="200"/>
        <source>Every event recorded here is at the centre.</source>
        <translation>Tous les événements enregistrés ici sont au centre.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="332"/>
        <source>Flag {flag} acknowledged; the centre is told at this sync.</source>
        <translation>Signalement {flag} pris en compte ; le centre en est informé à cette synchronisation.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="306"/>
        <source>Log in to see the problems flagged by the centre.</source>
        <translation>Connectez-vous pour voir les problèmes signalés par le centre.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="373"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="174"/>
        <source>No central address is saved for this workstation. A coordinator saves it with `maestro central connect`.</source>
        <translation>Aucune adresse centrale n'est enregistrée pour ce poste. Un coordinateur l'enregistre avec `maestro central connect`.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="397"/>
        <source>No open problems.</source>
        <translation>Aucun problème ouvert.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="369"/>
        <source>Problems flagged by the centre</source>
        <translation>Problèmes signalés par le centre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="240"/>
        <source>Send this workstation's events to the central store and fetch its reference data now</source>
        <translation>Envoyer maintenant les événements de ce poste à la base centrale et récupérer ses données de référence</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="178"/>
        <source>Sending to the central store. {waiting}</source>
        <translation>Envoi vers la base centrale. {waiting}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="186"/>
        <source>Sync failed {time}: {error}</source>
        <translation>Échec de la synchronisation {time} : {error}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="189"/>
        <source>Sync failed: {error}</source>
        <translation>Échec de la synchronisation : {error}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="238"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="239"/>
        <source>Sync with the central store now</source>
        <translation>Synchroniser maintenant avec la base centrale</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="177"/>
        <source>Sync: in progress…</source>
        <translation>Synchro : en cours…</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="173"/>
        <source>Sync: not configured</source>
        <translation>Synchro : non configurée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="243"/>
        <source>Sync: off (training)</source>
        <translation>Synchro : désactivée (formation)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="278"/>
        <source>Sync: status unknown</source>
        <translation>Synchro : état inconnu</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="199"/>
        <source>Sync: up to date · last {time}</source>
        <translation>Synchro : à jour · dernière {time}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="195"/>
        <source>Sync: {count} event waiting · last {time}</source>
        <translation>Synchro : {count} événement en attente · dernière {time}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="195"/>
        <source>Sync: {count} events waiting · last {time}</source>
        <translation>Synchro : {count} événements en attente · dernière {time}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="215"/>
        <source>Sync: …</source>
        <translation>Synchro : …</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="370"/>
        <source>The trial's data manager found these problems with records from this site. A coordinator acknowledges each one with a note saying what was done.</source>
        <translation>Le data manager de l'essai a trouvé ces problèmes dans les données de ce site. Un coordinateur prend en compte chacun d'eux avec une note indiquant ce qui a été fait.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="298"/>
        <source>Warning: {problems}. Show them.</source>
        <translation>Attention : {problems}. Les afficher.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="402"/>
        <source>What was done about it? (kept with the acknowledgement)</source>
        <translation>Qu'a-t-il été fait ? (conservé avec la prise en compte)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="162"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="183"/>
        <source>{count} event in conflict with the centre, for the data manager</source>
        <translation>{count} événement en conflit avec le centre, pour le data manager</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="170"/>
        <source>{count} event waiting here.</source>
        <translation>{count} événement en attente ici.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="183"/>
        <source>{count} events in conflict with the centre, for the data manager</source>
        <translation>{count} événements en conflit avec le centre, pour le data manager</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="170"/>
        <source>{count} events waiting here.</source>
        <translation>{count} événements en attente ici.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="295"/>
        <source>{count} problem flagged by the centre</source>
        <translation>{count} problème signalé par le centre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="295"/>
        <source>{count} problems flagged by the centre</source>
        <translation>{count} problèmes signalés par le centre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="191"/>
        <source>{error}

{waiting} Last successful sync: {time}.</source>
        <translation>{error}\n\n{waiting} Dernière synchronisation réussie : {time}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/sync_status.py" line="198"/>
        <source>{waiting} They are sent at the next sync.</source>
        <translation>{waiting} Ils seront envoyés à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>trend_chart</name>
    <message>
        <location filename="../../../maestro_desktop/gui/trend_chart.py" line="64"/>
        <source>No observation recorded yet</source>
        <translation>Aucune surveillance enregistrée pour l'instant</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/trend_chart.py" line="46"/>
        <source>Trend of the vital signs</source>
        <translation>Évolution des constantes</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/trend_chart.py" line="66"/>
        <source>Vital signs since the infusion (dashed: baseline)</source>
        <translation>Constantes depuis la perfusion (pointillés : référence)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/trend_chart.py" line="85"/>
        <source>baseline {parameter}</source>
        <translation>{parameter} de référence</translation>
    </message>
</context>
<context>
    <name>vial_flow</name>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_flow.py" line="59"/>
        <source>Vial verified by two people: the procedure step is open.</source>
        <translation>Flacon vérifié par deux personnes : l'étape du geste est ouverte.</translation>
    </message>
</context>
<context>
    <name>vial_page</name>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="115"/>
        <source>Call {contact}.</source>
        <translation>Appelez {contact}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="89"/>
        <source>Cell bank: lot {lot}, expires {expiry}, {status}, {allocated}</source>
        <translation>Banque de cellules : lot {lot}, péremption {expiry}, {status}, {allocated}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="138"/>
        <source>DIN with its check character, or serial number:</source>
        <translation>DIN avec son caractère de contrôle, ou numéro de série :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="113"/>
        <source>DO NOT USE THIS VIAL</source>
        <translation>NE PAS UTILISER CE FLACON</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="82"/>
        <source>Label: {fields}</source>
        <translation>Étiquette : {fields}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="96"/>
        <source>No vial scanned yet</source>
        <translation>Aucun flacon scanné pour l'instant</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="146"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="119"/>
        <source>Scan not accepted</source>
        <translation>Scan refusé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="141"/>
        <source>Type it again</source>
        <translation>Saisissez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="142"/>
        <source>Type the identifier again:</source>
        <translation>Saisissez à nouveau l'identifiant :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="137"/>
        <source>Type the vial identifier</source>
        <translation>Saisir l'identifiant du flacon</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="107"/>
        <source>Vial {vial} scanned by {user}</source>
        <translation>Flacon {vial} scanné par {user}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="105"/>
        <source>Vial {vial} scanned by {user} (typed)</source>
        <translation>Flacon {vial} scanné par {user} (saisi)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="98"/>
        <source>Vial {vial} verified by {first} and {second}</source>
        <translation>Flacon {vial} vérifié par {first} et {second}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="110"/>
        <source>Waiting for the second person check.</source>
        <translation>En attente de la vérification par une seconde personne.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="147"/>
        <source>Why can the label not be scanned?</source>
        <translation>Pourquoi l'étiquette ne peut-elle pas être scannée ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="86"/>
        <source>allocated to {subject}, injection {visit}</source>
        <translation>attribué à {subject}, injection {visit}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="88"/>
        <source>not allocated</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vial_page.py" line="28"/>
        <source>the cell-therapy unit (UTCG) and the trial pharmacist</source>
        <translation>l'unité de thérapie cellulaire (UTCG) et le pharmacien de l'essai</translation>
    </message>
</context>
<context>
    <name>vitals_form</name>
    <message>
        <location filename="../../../maestro_desktop/gui/vitals_form.py" line="22"/>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vitals_form.py" line="23"/>
        <source>Oxygen</source>
        <translation>Oxygène</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vitals_form.py" line="43"/>
        <source>Record vital signs</source>
        <translation>Enregistrer les constantes</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/vitals_form.py" line="73"/>
        <source>Values checked: confirm and record</source>
        <translation>Valeurs vérifiées : confirmer et enregistrer</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <location filename="../../../maestro_desktop/gui/workflow.py" line="174"/>
        <source>Account created. Log in with your new password.</source>
        <translation>Compte créé. Connectez-vous avec votre nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/workflow.py" line="294"/>
        <source>Session closed as opened in error.</source>
        <translation>Session fermée comme ouverte par erreur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/workflow.py" line="305"/>
        <source>The computer's clock jumped back by {minutes} min. Check the time before recording.</source>
        <translation>L'horloge de l'ordinateur a reculé de {minutes} min. Vérifiez l'heure avant d'enregistrer.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/workflow.py" line="303"/>
        <source>The computer's clock jumped forward by {minutes} min. Check the time before recording.</source>
        <translation>L'horloge de l'ordinateur a avancé de {minutes} min. Vérifiez l'heure avant d'enregistrer.</translation>
    </message>
</context>
</TS>
