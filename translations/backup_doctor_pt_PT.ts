<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>ActionStep</name>
    <message>
        <location filename="../gui/wizard_step_kinds.py" line="+63"/>
        <source>Skip this step</source>
        <translation>Ignorar este passo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This step is optional. Skipping it leaves things as they are now; apply it only if the text above says you need it, knowing what it changes.</source>
        <translation>Este passo é opcional. Se o ignorar, tudo fica como está agora; aplique-o só se o texto acima disser que precisa dele, sabendo o que altera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand, apply</source>
        <translation>Compreendo, aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand, apply: %1</source>
        <translation>Compreendo, aplicar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview again</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read again from Azure what this step would change. Nothing is changed.</source>
        <translation>Ler novamente no Azure o que este passo alteraria. Nada é alterado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another step is running; wait for it to end.</source>
        <translation>Está em curso outro passo; aguarde que termine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this step will change</source>
        <translation>O que este passo vai alterar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to change</source>
        <translation>Nada a alterar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step cannot run now</source>
        <translation>Este passo não pode ser executado agora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure permission it needs:</source>
        <translation>Permissão do Azure necessária:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure permission it needs</source>
        <translation>Permissão do Azure necessária</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These changes go to %1. Nothing is changed until you click “I understand, apply”.</source>
        <translation>Estas alterações são enviadas para %1. Nada é alterado até clicar em «Compreendo, aplicar».</translation>
    </message>
</context>
<context>
    <name>AgentCheck</name>
    <message>
        <location filename="../core/checks/agent.py" line="+27"/>
        <source>The VM is running and its guest agent is Ready</source>
        <translation>A VM está em execução e o agente convidado está Ready (pronto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest agent&apos;s status could not be read</source>
        <translation>Não foi possível ler o estado do agente convidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is not running, so its guest agent cannot answer</source>
        <translation>A VM não está em execução, pelo que o agente convidado não pode responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guest agent has reported from this VM</source>
        <translation>Nenhum agente convidado comunicou a partir desta VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest agent is not Ready</source>
        <translation>O agente convidado não está Ready (pronto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest agent has stopped reporting to Azure</source>
        <translation>O agente convidado deixou de comunicar com o Azure</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Power state is {power}. The agent reports only while the VM runs; if backups of this VM fail with {code}, start the VM (from Azure, not from inside the guest) and run the backup again.</source>
        <translation>O estado de energia é {power}. O agente só comunica enquanto a VM está em execução; se as cópias de segurança desta VM falharem com {code}, inicie a VM (a partir do Azure, não dentro do sistema convidado) e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The instance view has no agent status: the agent is not installed, or has never reached Azure. Azure Backup needs it to take snapshots.</source>
        <translation>A vista de instância não tem o estado do agente: o agente não está instalado ou nunca comunicou com o Azure. O Azure Backup precisa dele para criar instantâneos.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Azure reports the agent as {display} ({message}). Backup cannot reach the VM until the agent is running and Ready.</source>
        <translation>O Azure indica o estado do agente {display}, com a mensagem «{message}». O Azure Backup não consegue aceder à VM enquanto o agente não estiver em execução e Ready (pronto).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Its last status, {display}, is from {time} ({hours} hours ago). A healthy agent reports every few minutes, so it is probably stopped or cannot reach Azure.</source>
        <translation>O último estado, {display}, é de {time} (há {hours} h). Um agente em bom estado comunica de poucos em poucos minutos, pelo que provavelmente está parado ou não consegue comunicar com o Azure.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agent {version} reports {display}.</source>
        <translation>O agente (versão {version}) indica o estado {display}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The guest agent&apos;s version could not be checked</source>
        <translation>Não foi possível verificar a versão do agente convidado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No agent version to compare while the agent is not reporting</source>
        <translation>Não há versão do agente para comparar enquanto o agente não comunicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure shows the agent&apos;s version only while the agent reports; see the agent status finding.</source>
        <translation>O Azure só mostra a versão do agente enquanto este comunica; veja o resultado sobre o estado do agente.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The agent reported the version {version}, which is not a version number.</source>
        <translation>O agente indicou a versão {version}, que não é um número de versão.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The VM&apos;s operating system type ({os}) is unknown, so there is no minimum to compare with.</source>
        <translation>O tipo de sistema operativo da VM ({os}) é desconhecido, pelo que não há uma versão mínima com que comparar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guest agent&apos;s version {version} is supported</source>
        <translation>A versão {version} do agente convidado é suportada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum supported version for {os} is {minimum}.</source>
        <translation>A versão mínima suportada para {os} é {minimum}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The guest agent&apos;s version {version} is older than the supported minimum</source>
        <translation>A versão {version} do agente convidado é anterior à versão mínima suportada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure supports {os} agents from version {minimum}. Update the agent from the distribution&apos;s package repository and make sure it is running.</source>
        <translation>O Azure suporta agentes {os} a partir da versão {minimum}. Atualize o agente a partir do repositório de pacotes da distribuição e confirme que está em execução.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Azure supports {os} agents from version {minimum}. Reinstall the latest Windows Azure Guest Agent, which also restarts it.</source>
        <translation>O Azure suporta agentes {os} a partir da versão {minimum}. Reinstale a versão mais recente do Windows Azure Guest Agent, o que também o reinicia.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../gui/audit_view.py" line="+357"/>
        <source>File: %1</source>
        <translation>Ficheiro: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change has been made yet.</source>
        <translation>Ainda não foi feita nenhuma alteração.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n alteração, da mais recente para a mais antiga.</numerusform>
            <numerusform>%n alterações, da mais recente para a mais antiga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) of the file could not be read and are not shown.</source>
        <translation>
            <numerusform>Não foi possível ler %n linha do ficheiro, que não é mostrada.</numerusform>
            <numerusform>Não foi possível ler %n linhas do ficheiro, que não são mostradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change log</source>
        <translation>Registo de alterações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change Backup Doctor asked Azure to make, whether Azure accepted it or not. Previews and steps that were not confirmed change nothing and are not listed.</source>
        <translation>Todas as alterações que o Backup Doctor pediu ao Azure, quer o Azure as tenha aceitado quer não. As pré-visualizações e os passos não confirmados não alteram nada e não são listados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected change in full</source>
        <translation>Detalhes completos da alteração selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details (JSON)</source>
        <translation>Detalhes (JSON)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location line="-317"/>
        <source>Done (found when read again after an interruption)</source>
        <translation>Concluído (verificado ao ler de novo após uma interrupção)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not made (found when read again after an interruption)</source>
        <translation>Não efetuado (verificado ao ler de novo após uma interrupção)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown (read again after an interruption)</source>
        <translation>Resultado desconhecido (lido de novo após uma interrupção)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown: the run was interrupted</source>
        <translation>Resultado desconhecido: a execução foi interrompida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refused: %1 (HTTP %2)</source>
        <translation>Recusado: %1 (HTTP %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted; not followed to the end</source>
        <translation>Aceite; não acompanhado até ao fim</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="+32"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure operation</source>
        <translation>Operação do Azure</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
</context>
<context>
    <name>AzureAccount</name>
    <message>
        <location filename="../gui/azure_account.py" line="+100"/>
        <source>Sign in to Azure…</source>
        <translation>Iniciar sessão no Azure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose tenant and subscriptions…</source>
        <translation>Escolher inquilino e subscrições…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in</source>
        <translation>Sessão não iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Azure</source>
        <translation>Iniciar sessão no Azure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1 in the directory %2</source>
        <translation>Sessão iniciada como %1 no diretório %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Opening your subscriptions…</source>
        <translation>A abrir as suas subscrições…</translation>
    </message>
</context>
<context>
    <name>AzureAnswers</name>
    <message>
        <location filename="../core/azure/answers.py" line="+29"/>
        <source>the list of subscriptions</source>
        <translation>a lista de subscrições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of directories (tenants)</source>
        <translation>a lista de diretórios (inquilinos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the virtual machines of subscription {subscription}</source>
        <translation>as máquinas virtuais da subscrição {subscription}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the virtual machines of resource group {group}</source>
        <translation>as máquinas virtuais do grupo de recursos {group}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the managed disks of subscription {subscription}</source>
        <translation>os discos geridos da subscrição {subscription}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the locks of subscription {subscription}</source>
        <translation>os bloqueios da subscrição {subscription}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the restore point collections of subscription {subscription}</source>
        <translation>as coleções de pontos de restauro da subscrição {subscription}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Recovery Services vaults of subscription {subscription}</source>
        <translation>os cofres dos Serviços de Recuperação da subscrição {subscription}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backed-up VMs of vault {vault}</source>
        <translation>as VMs com cópia de segurança do cofre {vault}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup jobs of vault {vault}</source>
        <translation>as tarefas de cópia de segurança do cofre {vault}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the resource {resource}</source>
        <translation>o recurso {resource}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Backup Management Service in Microsoft Entra ID</source>
        <translation>o Backup Management Service no Microsoft Entra ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read {what}: {why}</source>
        <translation>Não foi possível ler {what}: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer was empty</source>
        <translation>a resposta veio vazia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer was not JSON ({content_type}) — is a proxy asking for sign-in?</source>
        <translation>a resposta não era JSON ({content_type}) — estará um proxy a pedir para iniciar sessão?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer was not text</source>
        <translation>a resposta não era texto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer was cut off ({size} bytes arrived, the JSON is incomplete)</source>
        <translation>a resposta veio cortada (chegaram {size} bytes, o JSON está incompleto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer was not JSON ({content_type}): {detail}</source>
        <translation>a resposta não era JSON ({content_type}): {detail}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer had an unexpected shape ({detail})</source>
        <translation>a resposta tinha uma forma inesperada ({detail})</translation>
    </message>
</context>
<context>
    <name>AzureErrors</name>
    <message>
        <location filename="../core/azure/errors.py" line="+71"/>
        <source>This subscription belongs to another directory (tenant): switch to that tenant to read it.</source>
        <translation>Esta subscrição pertence a outro diretório (inquilino): mude para esse inquilino para a ler.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Azure did not accept the sign-in: sign in again.</source>
        <translation>O Azure não aceitou o início de sessão: inicie sessão novamente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Azure did not answer in time, even after retries.</source>
        <translation>O Azure não respondeu a tempo, mesmo após novas tentativas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to Azure was interrupted, even after retries.</source>
        <translation>A ligação ao Azure foi interrompida, mesmo após novas tentativas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The simulated tenant no longer answers: its simulator has stopped. Open it again.</source>
        <translation>O inquilino simulado deixou de responder: o simulador parou. Abra-o novamente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not reach Azure: check the network connection or proxy.</source>
        <translation>Não foi possível contactar o Azure: verifique a ligação de rede ou o proxy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected error while reading from Azure: {detail}</source>
        <translation>Erro inesperado ao ler dados do Azure: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access denied: your account lacks the permission {action} on {scope}. Ask for a role that grants it (Reader, or Backup Reader on the vault).</source>
        <translation>Acesso negado: a sua conta não tem a permissão {action} em {scope}. Peça uma função que a conceda («Reader», ou «Backup Reader» no cofre).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access denied on {scope}: your account lacks a role that allows this.</source>
        <translation>Acesso negado em {scope}: a sua conta não tem uma função que o permita.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure refused the change because a lock applies to {locked}.</source>
        <translation>O Azure recusou a alteração porque existe um bloqueio em {locked}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found in Azure: {scope}.</source>
        <translation>Não encontrado no Azure: {scope}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure is throttling requests for this subscription; retried until the limit. Try again in a minute.</source>
        <translation>O Azure está a limitar os pedidos para esta subscrição; foram feitas novas tentativas até ao limite. Tente novamente dentro de um minuto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Azure answered with a server error ({status}), even after retries.</source>
        <translation>O Azure respondeu com um erro do servidor ({status}), mesmo após novas tentativas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure refused the request ({code}): {detail}</source>
        <translation>O Azure recusou o pedido ({code}): {detail}</translation>
    </message>
    <message>
        <location filename="../core/azure/parse.py" line="+48"/>
        <source>Azure sent data in an unexpected shape ({detail}); this part was skipped.</source>
        <translation>O Azure enviou dados num formato inesperado ({detail}); esta parte foi ignorada.</translation>
    </message>
</context>
<context>
    <name>AzureStatus</name>
    <message>
        <location filename="../core/azure_status.py" line="+19"/>
        <source>running</source>
        <translation>running (em execução)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>stopped (parada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deallocated</source>
        <translation>deallocated (desalocada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>starting (a iniciar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>stopping (a parar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deallocating</source>
        <translation>deallocating (a desalocar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Succeeded (concluído com êxito)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed (com falha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating</source>
        <translation>Updating (a atualizar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating</source>
        <translation>Creating (a criar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting</source>
        <translation>Deleting (a eliminar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Canceled (cancelado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating</source>
        <translation>Migrating (a migrar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Ready (pronto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Ready</source>
        <translation>Not Ready (não está pronto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Protected (protegida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProtectionStopped</source>
        <translation>ProtectionStopped (proteção parada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProtectionPaused</source>
        <translation>ProtectionPaused (proteção em pausa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProtectionError</source>
        <translation>ProtectionError (erro de proteção)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRPending</source>
        <translation>IRPending (cópia de segurança inicial pendente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Passed (em bom estado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ActionRequired</source>
        <translation>ActionRequired (ação necessária)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ActionSuggested</source>
        <translation>ActionSuggested (ação sugerida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>InProgress</source>
        <translation>InProgress (em curso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed (concluída)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CompletedWithWarnings</source>
        <translation>CompletedWithWarnings (concluída com avisos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled (cancelada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling</source>
        <translation>Cancelling (a cancelar)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog_strings.py" line="+11"/>
        <source>Restart or reinstall the Windows guest agent</source>
        <translation>Reiniciar ou reinstalar o agente convidado do Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update and restart the Linux guest agent</source>
        <translation>Atualizar e reiniciar o agente convidado do Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the Linux agent options in /etc/waagent.conf</source>
        <translation>Definir as opções do agente Linux em /etc/waagent.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the backup extension run past application control</source>
        <translation>Permitir a extensão de cópia de segurança no controlo de aplicações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut the VM down from Azure and keep DHCP on in the guest</source>
        <translation>Encerrar a VM a partir do Azure e manter o DHCP ativo no convidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the VM from Azure</source>
        <translation>Iniciar a VM a partir do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the failed backup extension and back up now</source>
        <translation>Remover a extensão de cópia de segurança com falha e fazer uma cópia de segurança agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix or remove the failed extension</source>
        <translation>Corrigir ou remover a extensão com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the VM has finished updating</source>
        <translation>Aguardar que a VM termine a atualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock and clean up the restore points</source>
        <translation>Remover o bloqueio e limpar os pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give Azure Backup access to the key vault</source>
        <translation>Dar ao Azure Backup acesso ao cofre de chaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the disks within the supported sizes</source>
        <translation>Ajustar os discos aos tamanhos suportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for or cancel the running backup</source>
        <translation>Aguardar ou cancelar a cópia de segurança em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the VM&apos;s protection</source>
        <translation>Retomar a proteção da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the error the VM platform reported</source>
        <translation>Ler o erro indicado pela plataforma da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure backup for the VM</source>
        <translation>Configurar a cópia de segurança da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the guest agent and let Azure know it is there</source>
        <translation>Instalar o agente convidado e indicar ao Azure que está instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the VM to a state that allows backups</source>
        <translation>Pôr a VM num estado que permita cópias de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair the runtime the backup extension needs</source>
        <translation>Reparar o ambiente de execução de que a extensão de cópia de segurança precisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the guest agent&apos;s certificate</source>
        <translation>Renovar o certificado do agente convidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude the backup extension from the antivirus</source>
        <translation>Excluir a extensão de cópia de segurança do antivírus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup extension&apos;s manifest file</source>
        <translation>Repor o ficheiro de manifesto da extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair the Visual C++ runtime installation</source>
        <translation>Reparar a instalação do ambiente de execução Visual C++</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the MachineKeys permissions and old certificates</source>
        <translation>Repor as permissões de MachineKeys e remover certificados antigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the backup provider inside the VM</source>
        <translation>Repor o fornecedor de cópias de segurança dentro da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the Windows desktop heap</source>
        <translation>Aumentar a memória de ambiente de trabalho (desktop heap) do Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart COM+ and repair the Distributed Transaction Coordinator</source>
        <translation>Reiniciar o COM+ e reparar o Coordenador de Transações Distribuídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the VSS writers in a bad state</source>
        <translation>Reiniciar os escritores VSS em mau estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the Volume Shadow Copy service</source>
        <translation>Reiniciar o serviço Cópia Sombra de Volumes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the BitLocker drives for the snapshot</source>
        <translation>Desbloquear as unidades BitLocker para o instantâneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on strong cryptography for .NET</source>
        <translation>Ativar a criptografia forte no .NET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the VM enough memory and CPU: restart or resize</source>
        <translation>Dar à VM memória e CPU suficientes: reiniciar ou redimensionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the snapshot from the host</source>
        <translation>Tirar o instantâneo a partir do anfitrião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up when the VM and its disks are less busy</source>
        <translation>Fazer a cópia de segurança quando a VM e os discos estão menos ocupados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the snapshot calls bypass the proxy</source>
        <translation>Deixar as chamadas do instantâneo contornar o proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete blob snapshots that are not needed</source>
        <translation>Eliminar instantâneos de blobs desnecessários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair or skip the mount points the extension cannot freeze or open</source>
        <translation>Reparar ou ignorar os pontos de montagem que a extensão não consegue congelar ou abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the pre-script and post-script more time</source>
        <translation>Dar mais tempo ao pré-script e ao pós-script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save /etc/azure/vmbackup.conf as plain ASCII</source>
        <translation>Guardar /etc/azure/vmbackup.conf em ASCII simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up again once storage has recovered</source>
        <translation>Fazer novamente a cópia de segurança quando o armazenamento recuperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space in the premium storage account</source>
        <translation>Libertar espaço na conta de armazenamento premium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach data disks down to the supported number</source>
        <translation>Desligar discos de dados até ao número suportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the VM off the classic and V1 backup configuration</source>
        <translation>Retirar a VM da configuração de cópia de segurança clássica e V1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the VM on its Azure Disk Encryption method</source>
        <translation>Manter a VM no seu método do Azure Disk Encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let Azure Backup create its restore point resource group</source>
        <translation>Permitir que o Azure Backup crie o seu grupo de recursos de pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the read-only lock on the storage account</source>
        <translation>Substituir o bloqueio só de leitura da conta de armazenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop protecting a VM that no longer exists</source>
        <translation>Parar a proteção de uma VM que já não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect again a VM moved from Trusted Launch to Standard</source>
        <translation>Proteger de novo uma VM que passou de Trusted Launch para Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup extension stuck in deletion</source>
        <translation>Eliminar a extensão de cópia de segurança bloqueada na eliminação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is not running, so its guest agent cannot answer</source>
        <translation>A VM não está em execução, pelo que o agente convidado não pode responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guest agent reports from the VM: it is not installed, or has never reached Azure</source>
        <translation>Nenhum agente convidado comunica a partir da VM: não está instalado ou nunca chegou ao Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest agent is installed but not responding</source>
        <translation>O agente convidado está instalado, mas não responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest agent is out of date or stopped</source>
        <translation>O agente convidado está desatualizado ou parado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot status cannot be read back: the VM was shut down from inside, or it gets no host address from DHCP</source>
        <translation>Não é possível obter o estado do instantâneo: a VM foi encerrada por dentro ou não obtém endereço por DHCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s configuration file does not set Extensions.Enable=y and Provisioning.Agent=auto</source>
        <translation>O ficheiro de configuração do agente não define Extensions.Enable=y e Provisioning.Agent=auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppLocker or another application control tool blocks IaaSBcdrExtension.exe</source>
        <translation>O AppLocker ou outra ferramenta de controlo de aplicações bloqueia IaaSBcdrExtension.exe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension (VMSnapshot or VMSnapshotLinux) is in a failed state</source>
        <translation>A extensão de cópia de segurança (VMSnapshot ou VMSnapshotLinux) está num estado de falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another extension on the VM is in a failed state</source>
        <translation>Outra extensão da VM está num estado de falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is still updating</source>
        <translation>A VM ainda está a ser atualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lock on the restore point resource group stops Azure Backup from deleting old restore points</source>
        <translation>Um bloqueio no grupo de recursos dos pontos de restauro impede o Azure Backup de eliminar pontos de restauro antigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM already has 18 instant restore points, the most it can have</source>
        <translation>A VM já tem 18 pontos de restauro instantâneo, o máximo permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key vault of the encrypted VM does not let Azure Backup read its keys and secrets</source>
        <translation>O cofre de chaves da VM encriptada não permite que o Azure Backup leia as chaves e os segredos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disk is larger than 32 TB</source>
        <translation>Há um disco com mais de 32 TB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted disk is larger than 4 TB</source>
        <translation>Há um disco encriptado com mais de 4 TB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another backup of the VM is still running, in this vault or in a vault it was protected by before</source>
        <translation>Ainda está em curso outra cópia de segurança da VM, neste cofre ou num cofre que a protegia antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM platform (Compute) refused an operation; its own error message says why</source>
        <translation>A plataforma da VM (Compute) recusou uma operação; a própria mensagem de erro indica o motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM&apos;s protection is stopped or paused in its vault</source>
        <translation>A proteção da VM está parada ou em pausa no cofre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is not protected by any Recovery Services vault</source>
        <translation>A VM não está protegida por nenhum cofre dos Serviços de Recuperação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is in the Failed state; backups need it Running, Stopped or Deallocated</source>
        <translation>A VM está no estado Failed; as cópias de segurança precisam dela em execução, parada ou desalocada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is between Running and Shut down: wait until it settles</source>
        <translation>A VM está entre em execução e encerrada: aguarde até o estado estabilizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SELinux blocks the Linux agent&apos;s folder /var/lib/waagent</source>
        <translation>O SELinux bloqueia a pasta do agente Linux /var/lib/waagent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM has no guest agent, or Azure is not told that it has one</source>
        <translation>A VM não tem agente convidado, ou o Azure não sabe que o tem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Linux guest agent is older than the minimum supported version</source>
        <translation>O agente convidado Linux é anterior à versão mínima suportada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runtime the extension needs is missing or broken: .NET on Windows, Python on Linux</source>
        <translation>Falta ou está danificado o ambiente de execução de que a extensão precisa: .NET no Windows, Python no Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest agent&apos;s certificate is missing or expired, often after the VM&apos;s clock drifted</source>
        <translation>O certificado do agente convidado falta ou expirou, muitas vezes depois de o relógio da VM se ter desviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An antivirus stops the backup extension (IaaSBcdrExtension.exe) from running</source>
        <translation>Um antivírus impede a extensão de cópia de segurança (IaaSBcdrExtension.exe) de ser executada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension is stuck in deletion</source>
        <translation>A extensão de cópia de segurança está bloqueada na eliminação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VMSnapshot extension&apos;s manifest file is missing from the plugin folder</source>
        <translation>Falta o ficheiro de manifesto da extensão VMSnapshot na pasta do plug-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Visual C++ runtime the extension needs could not be installed</source>
        <translation>Não foi possível instalar o ambiente de execução Visual C++ de que a extensão precisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The permissions of the MachineKeys folder were changed from their defaults</source>
        <translation>As permissões da pasta MachineKeys foram alteradas em relação às predefinidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup provider inside the VM is half installed</source>
        <translation>O fornecedor de cópias de segurança dentro da VM está instalado só em parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows ran out of desktop heap memory while installing the extension</source>
        <translation>O Windows ficou sem memória de ambiente de trabalho (desktop heap) ao instalar a extensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The COM+ System Application or the Distributed Transaction Coordinator is not working</source>
        <translation>A aplicação de sistema COM+ ou o Coordenador de Transações Distribuídas não está a funcionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is short of free disk space, memory or CPU during the snapshot</source>
        <translation>A VM tem pouco espaço livre em disco, pouca memória ou pouca CPU durante o instantâneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more VSS writers are not Stable</source>
        <translation>Um ou mais escritores VSS não estão no estado Stable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disks reach their IOPS limit, so VSS times out holding writes</source>
        <translation>Os discos atingem o limite de IOPS e o VSS esgota o tempo de espera ao reter as escritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Volume Shadow Copy service is in a bad state</source>
        <translation>O serviço Cópia Sombra de Volumes está em mau estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drive locked by BitLocker stops VSS from taking the snapshot</source>
        <translation>Uma unidade bloqueada pelo BitLocker impede o VSS de tirar o instantâneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.NET is not set to use strong cryptography (TLS 1.2) for the secure channel</source>
        <translation>O .NET não está configurado para usar criptografia forte (TLS 1.2) no canal seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is too busy to make the snapshot&apos;s network calls in time</source>
        <translation>A VM está demasiado ocupada para fazer a tempo as chamadas de rede do instantâneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy in the VM delays the calls that take the disk snapshots</source>
        <translation>Um proxy na VM atrasa as chamadas que tiram os instantâneos dos discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM does not have enough free memory</source>
        <translation>A VM não tem memória livre suficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some disks already have as many blob snapshots as storage allows</source>
        <translation>Alguns discos já têm tantos instantâneos de blobs quantos o armazenamento permite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another tool (such as Azure Site Recovery) takes snapshots of the same disks at the same time</source>
        <translation>Outra ferramenta (como o Azure Site Recovery) tira instantâneos dos mesmos discos ao mesmo tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mount point could not be frozen: its file system needs checking, or it is mounted twice</source>
        <translation>Não foi possível congelar um ponto de montagem: o sistema de ficheiros precisa de verificação, ou está montado duas vezes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mount point cannot be opened, often a stale file recovery mount</source>
        <translation>Não é possível abrir um ponto de montagem, muitas vezes uma montagem antiga de recuperação de ficheiros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application-consistent pre-script or post-script ran longer than its time-out</source>
        <translation>O pré-script ou o pós-script de consistência da aplicação demorou mais do que o tempo limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/etc/azure/vmbackup.conf is not saved as plain ASCII</source>
        <translation>O /etc/azure/vmbackup.conf não está guardado em ASCII simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transient storage errors, or too few storage IOPS, slowed the copy to the vault</source>
        <translation>Erros transitórios do armazenamento, ou IOPS insuficientes, atrasaram a cópia para o cofre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The premium storage account of a V1 backup has less free space than the snapshot copy needs</source>
        <translation>A conta de armazenamento premium de uma cópia de segurança V1 tem menos espaço livre do que a cópia do instantâneo precisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM has more data disks than its backup supports</source>
        <translation>A VM tem mais discos de dados do que a sua cópia de segurança suporta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM has Standard SSD disks and is still on the V1 backup stack</source>
        <translation>A VM tem discos SSD Standard e ainda usa a pilha de cópia de segurança V1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM&apos;s disks are in a classic storage account</source>
        <translation>Os discos da VM estão numa conta de armazenamento clássica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The classic VM&apos;s network configuration cannot be updated during the snapshot</source>
        <translation>A configuração de rede da VM clássica não pode ser atualizada durante o instantâneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM was encrypted with Azure Disk Encryption using an Azure AD app and was moved to the method without it</source>
        <translation>A VM foi encriptada com o Azure Disk Encryption usando uma aplicação do Azure AD e passou para o método sem ela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure Policy with the Deny effect stops Azure Backup from creating its restore point resource group</source>
        <translation>Uma Azure Policy com o efeito Deny impede o Azure Backup de criar o seu grupo de recursos de pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only lock is set on a storage account the backup or restore writes to</source>
        <translation>Existe um bloqueio só de leitura numa conta de armazenamento em que a cópia de segurança ou o restauro escreve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM was deleted or moved while it was still protected</source>
        <translation>A VM foi eliminada ou movida enquanto ainda estava protegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM was moved from Trusted Launch to Standard security, or has the name of a deleted Trusted Launch VM</source>
        <translation>A VM passou de Trusted Launch para a segurança Standard, ou tem o nome de uma VM Trusted Launch eliminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM Agent unable to communicate with Azure Backup</source>
        <translation>O agente da VM não consegue comunicar com o Azure Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Backup could not reach the VM&apos;s guest agent, so it could not start the snapshot.</source>
        <translation>O Azure Backup não conseguiu contactar o agente convidado da VM, pelo que não pôde iniciar o instantâneo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not communicate with the VM agent for snapshot status</source>
        <translation>Não foi possível comunicar com o agente da VM para obter o estado do instantâneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Backup asked for a snapshot but never heard back from the VM&apos;s agent about how it went.</source>
        <translation>O Azure Backup pediu um instantâneo, mas o agente da VM nunca indicou como correu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is in failed provisioning state</source>
        <translation>A VM está num estado de aprovisionamento com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A failed extension, or an update still running, left the VM in a state in which Azure Backup cannot work.</source>
        <translation>Uma extensão com falha, ou uma atualização ainda em curso, deixou a VM num estado em que o Azure Backup não consegue trabalhar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Restore Point collection max limit has reached.</source>
        <translation>Foi atingido o limite máximo da coleção de pontos de restauro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM has as many instant restore points as Azure allows, usually because a lock stops Azure Backup from deleting old ones.</source>
        <translation>A VM tem tantos pontos de restauro instantâneo quanto o Azure permite, normalmente porque um bloqueio impede o Azure Backup de eliminar os antigos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup doesn&apos;t have sufficient permissions to the key vault for backup of encrypted VMs.</source>
        <translation>O Azure Backup não tem permissões suficientes no cofre de chaves para fazer cópias de segurança de VMs encriptadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is encrypted and Azure Backup is not allowed to read the keys and secrets it needs from the key vault.</source>
        <translation>A VM está encriptada e o Azure Backup não tem permissão para ler do cofre de chaves as chaves e os segredos de que precisa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot operation failed due to no network connectivity on the virtual machine</source>
        <translation>A operação de instantâneo falhou por falta de conectividade de rede na máquina virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not take the snapshot because the VM could not talk to the Azure host.</source>
        <translation>A extensão de cópia de segurança não conseguiu criar o instantâneo porque a VM não conseguiu comunicar com o anfitrião do Azure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMSnapshot extension operation failed</source>
        <translation>A operação da extensão VMSnapshot falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension inside the VM failed while taking the snapshot.</source>
        <translation>A extensão de cópia de segurança dentro da VM falhou ao criar o instantâneo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup failed with an internal error - Please retry the operation in a few minutes</source>
        <translation>A cópia de segurança falhou com um erro interno. Tente novamente a operação dentro de alguns minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed inside Azure Backup; the usual reasons are the guest agent, the snapshot status or a lock on old restore points.</source>
        <translation>A cópia de segurança falhou no próprio Azure Backup; os motivos habituais são o agente convidado, o estado do instantâneo ou um bloqueio em pontos de restauro antigos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configured disk size(s) is currently not supported by Azure Backup.</source>
        <translation>Os tamanhos de disco configurados não são atualmente suportados pelo Azure Backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disk of the VM is larger than Azure Backup supports: 32 TB, or 4 TB for an encrypted disk.</source>
        <translation>Um disco da VM é maior do que o Azure Backup suporta: 32 TB, ou 4 TB para um disco encriptado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to initiate backup as another backup operation is currently in progress</source>
        <translation>Não é possível iniciar a cópia de segurança porque está em curso outra operação de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new backup could not start because an earlier backup of the same VM had not finished.</source>
        <translation>Não foi possível iniciar uma nova cópia de segurança porque uma cópia de segurança anterior da mesma VM ainda não tinha terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup failed due to an error. For details, see Job Error Message Details.</source>
        <translation>A cópia de segurança falhou devido a um erro. Para obter detalhes, consulte «Job Error Message Details».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM platform refused part of the backup; the job&apos;s error details say what it objected to.</source>
        <translation>A plataforma da VM recusou parte da cópia de segurança; os detalhes do erro da tarefa indicam o motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup failed: This virtual machine is not (actively) protected by Azure Backup.</source>
        <translation>Falha na cópia de segurança: esta máquina virtual não está (ativamente) protegida pelo Azure Backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup was asked for a VM whose protection is stopped or paused, or that no vault protects.</source>
        <translation>Foi pedida uma cópia de segurança de uma VM cuja proteção está parada ou em pausa, ou que nenhum cofre protege.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM is not in a state that allows backups.</source>
        <translation>A VM não está num estado que permita cópias de segurança.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed because the VM is in the Failed state or between states; it must be Running, Stopped or Deallocated.</source>
        <translation>A cópia de segurança falhou porque a VM está no estado Failed ou entre estados; tem de estar em execução, parada ou desalocada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM isn&apos;t in a state that allows backups.</source>
        <translation>A VM não está num estado que permita cópias de segurança.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM was in a state that does not allow backups, or it has no guest agent.</source>
        <translation>A VM estava num estado que não permite cópias de segurança, ou não tem agente convidado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup failed due to CRP Internal Error</source>
        <translation>A cópia de segurança falhou devido a um erro interno do CRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM platform (CRP) reported an error that comes from the guest agent or an extension.</source>
        <translation>A plataforma de VMs (CRP) comunicou um erro que vem do agente convidado ou de uma extensão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed to install Microsoft Recovery Services extension as virtual machine is not running</source>
        <translation>Não foi possível instalar a extensão Microsoft Recovery Services porque a máquina virtual não está em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Backup could not install its extension because the VM agent, which installs it, is missing or not reporting.</source>
        <translation>O Azure Backup não conseguiu instalar a sua extensão porque o agente da VM, que a instala, não existe ou não comunica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux backup operation might have failed, because of an unsupported Guest Agent version on the VM</source>
        <translation>A operação de cópia de segurança Linux pode ter falhado devido a uma versão não suportada do agente convidado na VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Linux guest agent on the VM is older than Azure Backup supports.</source>
        <translation>O agente convidado Linux da VM é mais antigo do que o Azure Backup suporta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension failed to start because of a runtime environment failure</source>
        <translation>A extensão não arrancou devido a uma falha do ambiente de execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not start because the runtime it needs in the VM is missing or broken.</source>
        <translation>A extensão de cópia de segurança não arrancou porque o ambiente de execução de que precisa na VM falta ou está danificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual machine guest agent certificate not found</source>
        <translation>Certificado do agente convidado da máquina virtual não encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest agent could not find its certificate, so it could not read the extension&apos;s settings.</source>
        <translation>O agente convidado não encontrou o seu certificado e não conseguiu ler as definições da extensão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antivirus configured in the VM is restricting the execution of backup extension</source>
        <translation>O antivírus configurado na VM está a restringir a execução da extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An antivirus in the VM stops the backup extension; Event Viewer shows &quot;Faulting application name: IaaSBcdrExtension.exe&quot;.</source>
        <translation>Um antivírus na VM bloqueia a extensão de cópia de segurança; o Visualizador de Eventos mostra &quot;Faulting application name: IaaSBcdrExtension.exe&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension state is not supportive to the backup operation</source>
        <translation>O estado da extensão não permite a operação de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension is stuck in deletion; deleting it lets the next backup install it again.</source>
        <translation>A extensão de cópia de segurança está bloqueada na eliminação; eliminá-la permite que a próxima cópia de segurança a volte a instalar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension on a Windows VM could not run because its manifest file is missing.</source>
        <translation>A extensão de cópia de segurança de uma VM Windows não conseguiu ser executada porque falta o ficheiro de manifesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup extension installation failed</source>
        <translation>A instalação da extensão de cópia de segurança falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not be installed, most often because the Visual C++ runtime could not be installed.</source>
        <translation>Não foi possível instalar a extensão de cópia de segurança, na maioria das vezes porque não foi possível instalar o ambiente de execução Visual C++.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot operation failed because of failure to install Visual C++ Redistributable for Visual Studio 2015</source>
        <translation>A operação de instantâneo falhou porque não foi possível instalar o Visual C++ Redistributable for Visual Studio 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not install the Visual C++ runtime it needs.</source>
        <translation>A extensão de cópia de segurança não conseguiu instalar o ambiente de execução Visual C++ de que precisa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure in parsing the config for the backup extension.</source>
        <translation>Falha ao analisar a configuração da extensão de cópia de segurança.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not read its settings because the MachineKeys folder&apos;s permissions were changed.</source>
        <translation>A extensão de cópia de segurança não conseguiu ler as definições porque as permissões da pasta MachineKeys foram alteradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension command execution failure</source>
        <translation>Falha na execução do comando da extensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not run its command because the backup provider in the VM is half installed.</source>
        <translation>A extensão de cópia de segurança não conseguiu executar o comando porque o fornecedor de cópias de segurança na VM está instalado só em parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension could not be installed</source>
        <translation>não foi possível instalar a extensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows ran out of desktop heap memory while the backup extension was being installed.</source>
        <translation>O Windows ficou sem memória de ambiente de trabalho (desktop heap) durante a instalação da extensão de cópia de segurança.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot operation failed due to COM+ error</source>
        <translation>A operação de instantâneo falhou devido a um erro do COM+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot failed because the COM+ System Application of Windows is not working.</source>
        <translation>O instantâneo falhou porque a aplicação de sistema COM+ do Windows não está a funcionar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension installation/operation failed due to a COM+ error</source>
        <translation>A instalação ou operação da extensão falhou devido a um erro do COM+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not be installed or run because the COM+ System Application of Windows is not working.</source>
        <translation>Não foi possível instalar ou executar a extensão de cópia de segurança porque a aplicação de sistema COM+ do Windows não está a funcionar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension installation failed with the error &quot;COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator</source>
        <translation>A instalação da extensão falhou com o erro &quot;O COM+ não conseguiu comunicar com o Coordenador de Transações Distribuídas da Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not be installed because COM+ could not reach the Distributed Transaction Coordinator (MSDTC).</source>
        <translation>Não foi possível instalar a extensão de cópia de segurança porque o COM+ não conseguiu contactar o Coordenador de Transações Distribuídas (MSDTC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot operation failed because VSS writers were in a bad state.</source>
        <translation>A operação de instantâneo falhou porque os escritores VSS estavam em mau estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot failed because Windows&apos; Volume Shadow Copy writers were in a bad state.</source>
        <translation>O instantâneo falhou porque os escritores da Cópia Sombra de Volumes do Windows estavam em mau estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot operation failed due to VSS (Volume Shadow Copy) service in bad state.</source>
        <translation>A operação de instantâneo falhou porque o serviço VSS (Cópia Sombra de Volumes) estava em mau estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot failed because Windows&apos; Volume Shadow Copy service was in a bad state.</source>
        <translation>O instantâneo falhou porque o serviço Cópia Sombra de Volumes do Windows estava em mau estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot operation failed with the Volume Shadow Copy Service (VSS) operation error This drive is locked by BitLocker Drive Encryption. You must unlock this drive from the Control Panel.</source>
        <translation>A operação de instantâneo falhou com o erro de operação do Serviço de Cópia Sombra de Volumes (VSS) Esta unidade está bloqueada pela Encriptação de Unidade BitLocker. Tem de desbloquear esta unidade a partir do Painel de Controlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot failed because VSS found a drive locked by BitLocker.</source>
        <translation>O instantâneo falhou porque o VSS encontrou uma unidade bloqueada pelo BitLocker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot operation failed because of failure to create a secure network communication channel.</source>
        <translation>A operação de instantâneo falhou porque não foi possível criar um canal seguro de comunicação de rede.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension could not open a secure (TLS) channel to Azure Storage.</source>
        <translation>A extensão de cópia de segurança não conseguiu abrir um canal seguro (TLS) para o Armazenamento do Azure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot operation failed due to inadequate VM resources.</source>
        <translation>A operação de instantâneo falhou devido a recursos insuficientes da VM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot&apos;s network calls took too long because the VM was short of resources.</source>
        <translation>As chamadas de rede do instantâneo demoraram demasiado porque a VM tinha poucos recursos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot operation failed due to delay in network calls made to take disk blob-snapshots.</source>
        <translation>A operação de instantâneo falhou devido a atrasos nas chamadas de rede feitas para tirar os instantâneos dos blobs dos discos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calls that take the disk snapshots were too slow, usually because of a proxy in the VM.</source>
        <translation>As chamadas que tiram os instantâneos dos discos foram demasiado lentas, normalmente por causa de um proxy na VM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot operation failed due to insufficient memory available in VM</source>
        <translation>A operação de instantâneo falhou por falta de memória disponível na VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot failed because the VM did not have enough free memory.</source>
        <translation>O instantâneo falhou porque a VM não tinha memória livre suficiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot operation failed as snapshot limit is exceeded for some of the disks attached</source>
        <translation>A operação de instantâneo falhou porque o limite de instantâneos foi excedido em alguns dos discos ligados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some disks of the VM already have as many blob snapshots as Azure Storage allows.</source>
        <translation>Alguns discos da VM já têm tantos instantâneos de blobs quantos o Armazenamento do Azure permite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup operation failed as the snapshot call coincided with another snapshot request from a different client</source>
        <translation>A operação de cópia de segurança falhou porque a chamada de instantâneo coincidiu com outro pedido de instantâneo de outro cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another tool asked for a snapshot of the same disk within the same minute; storage allows one a minute.</source>
        <translation>Outra ferramenta pediu um instantâneo do mesmo disco no mesmo minuto; o armazenamento só permite um por minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed to freeze one or more mount-points of the VM to take a file-system consistent snapshot.</source>
        <translation>Não foi possível congelar um ou mais pontos de montagem da VM para tirar um instantâneo consistente com o sistema de ficheiros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Linux backup extension could not freeze a mount point for a file-system consistent snapshot.</source>
        <translation>A extensão de cópia de segurança Linux não conseguiu congelar um ponto de montagem para um instantâneo consistente com o sistema de ficheiros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some mount point is not accessible</source>
        <translation>Há um ponto de montagem inacessível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Linux backup extension could not open one of the VM&apos;s mount points.</source>
        <translation>A extensão de cópia de segurança Linux não conseguiu abrir um dos pontos de montagem da VM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution of App-Consistent Backup Pre-Script timed-out</source>
        <translation>A execução do pré-script da cópia de segurança consistente com a aplicação esgotou o tempo limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Linux pre-script or post-script ran past its time-out, so the backup fell back to a file-system consistent snapshot.</source>
        <translation>O pré-script ou o pós-script Linux excedeu o tempo limite e a cópia de segurança passou a um instantâneo consistente com o sistema de ficheiros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux backup operation might have failed, because there is a change in Linux VM Backup Extension Configuration file</source>
        <translation>A operação de cópia de segurança Linux pode ter falhado devido a uma alteração no ficheiro de configuração da extensão de cópia de segurança de VMs Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Linux backup extension could not read /etc/azure/vmbackup.conf because it is not plain ASCII.</source>
        <translation>A extensão de cópia de segurança Linux não conseguiu ler o /etc/azure/vmbackup.conf porque não está em ASCII simples.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying backed up data from vault timed out</source>
        <translation>A cópia dos dados de cópia de segurança a partir do cofre esgotou o tempo limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving the backed-up data to the vault took longer than allowed.</source>
        <translation>A transferência dos dados de cópia de segurança para o cofre demorou mais do que o permitido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not copy the snapshot of the virtual machine, due to insufficient free space in the storage account</source>
        <translation>Não foi possível copiar o instantâneo da máquina virtual por falta de espaço livre na conta de armazenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A premium VM on the V1 backup stack needs free space in its storage account to copy the snapshot.</source>
        <translation>Uma VM premium na pilha de cópia de segurança V1 precisa de espaço livre na conta de armazenamento para copiar o instantâneo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of data disks attached to the virtual machine exceeded the supported limit.</source>
        <translation>O número de discos de dados ligados à máquina virtual excedeu o limite suportado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM has more data disks than Azure Backup can back up.</source>
        <translation>A VM tem mais discos de dados do que o Azure Backup consegue copiar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currently Azure Backup does not support Standard SSD disks.</source>
        <translation>De momento, o Azure Backup não suporta discos SSD Standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The V1 backup stack does not back up Standard SSD disks; the current stack does.</source>
        <translation>A pilha de cópia de segurança V1 não copia discos SSD Standard; a pilha atual copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuring backup failed due to unsupported VM configuration.</source>
        <translation>A configuração da cópia de segurança falhou devido a uma configuração da VM não suportada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM keeps its disks in a classic storage account, which Azure Backup does not support.</source>
        <translation>A VM guarda os discos numa conta de armazenamento clássica, que o Azure Backup não suporta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid VM network Configuration</source>
        <translation>Configuração de rede da VM inválida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A classic VM&apos;s network configuration could not be updated for the snapshot.</source>
        <translation>Não foi possível atualizar a configuração de rede de uma VM clássica para o instantâneo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid Encryption information supplied for VM</source>
        <translation>Informações de encriptação inválidas fornecidas para a VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM&apos;s encryption settings changed from Azure Disk Encryption with an Azure AD app to the method without it, which backup does not support.</source>
        <translation>As definições de encriptação da VM passaram do Azure Disk Encryption com uma aplicação do Azure AD para o método sem ela, o que a cópia de segurança não suporta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invalid policy is configured on the VM which is preventing Snapshot operation.</source>
        <translation>Está configurada na VM uma política inválida que impede a operação de instantâneo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure Policy denied the resource group or restore points that Azure Backup creates for the snapshot.</source>
        <translation>Uma Azure Policy recusou o grupo de recursos ou os pontos de restauro que o Azure Backup cria para o instantâneo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup or restore jobs failed due to storage account being in locked state.</source>
        <translation>As tarefas de cópia de segurança ou de restauro falharam porque a conta de armazenamento está bloqueada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only lock on a storage account stops the backup or restore from writing to it.</source>
        <translation>Um bloqueio só de leitura numa conta de armazenamento impede a cópia de segurança ou o restauro de escrever nela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not perform the operation as VM no longer exists.</source>
        <translation>Não foi possível executar a operação porque a VM já não existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault still protects a VM that was deleted.</source>
        <translation>O cofre continua a proteger uma VM que foi eliminada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual machine doesn&apos;t exist</source>
        <translation>A máquina virtual não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault still protects a VM that Azure cannot find.</source>
        <translation>O cofre continua a proteger uma VM que o Azure não encontra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup operation has failed because the virtual machine does not exist.</source>
        <translation>a operação de cópia de segurança falhou porque a máquina virtual não existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM was deleted or moved without stopping its protection.</source>
        <translation>A VM foi eliminada ou movida sem que a sua proteção fosse parada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup cannot be configured for the VM which has migrated from Trusted Launch mode to non Trusted Launch mode.</source>
        <translation>Não é possível configurar a cópia de segurança para a VM que passou do modo Trusted Launch para um modo sem Trusted Launch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM left Trusted Launch (or reuses the name of a deleted Trusted Launch VM), and its old backup data blocks protecting it again.</source>
        <translation>A VM deixou o Trusted Launch (ou reutiliza o nome de uma VM Trusted Launch eliminada), e os dados de cópia de segurança antigos impedem que volte a ser protegida.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../core/checks/base.py" line="+80"/>
        <source>Azure did not return the data this check needs.</source>
        <translation>O Azure não devolveu os dados de que esta verificação precisa.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli_target.py" line="+83"/>
        <source>CA file not found: {path}</source>
        <translation>Ficheiro de CA não encontrado: {path}</translation>
    </message>
    <message>
        <location filename="../core/cli_scan.py" line="+69"/>
        <source>--resource-group needs exactly one --subscription.</source>
        <translation>--resource-group precisa de exatamente uma --subscription.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--vm {vm}: give the VM&apos;s ARM id, or its name with --subscription and --resource-group.</source>
        <translation>--vm {vm}: indique o ID ARM da VM, ou o nome com --subscription e --resource-group.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../core/report/cli.py" line="+77"/>
        <source>invalid tenant file: {error}</source>
        <translation>ficheiro de inquilino inválido: {error}</translation>
    </message>
    <message>
        <location filename="../core/report/scan_text.py" line="+31"/>
        <source>Backup Doctor scan of {target}</source>
        <translation>Backup Doctor — análise de {target}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{total} VMs scanned, {failing} with failures.</source>
        <translation>VMs analisadas: {total}; com falhas: {failing}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read everything:</source>
        <translation>Não foi possível ler tudo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan was cancelled; results are partial.</source>
        <translation>A análise foi cancelada; os resultados são parciais.</translation>
    </message>
    <message>
        <location filename="../core/cli.py" line="+138"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/wizards/cli.py" line="+102"/>
        <source>No VM named {vm} was found.</source>
        <translation>Não foi encontrada nenhuma VM com o nome {vm}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several VMs are named {vm}; give its resource id instead: {ids}</source>
        <translation>Há várias VMs com o nome {vm}; indique antes o ID de recurso: {ids}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup Doctor fix: {action} on {vm} ({target})</source>
        <translation>Backup Doctor — correção: {action} em {vm} ({target})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests to Azure:</source>
        <translation>Pedidos ao Azure:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs the permission {permission}</source>
        <translation>precisa da permissão {permission}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proceed? [y/N] </source>
        <translation>Continuar? [s/N] </translation>
    </message>
    <message>
        <location filename="../core/guest/cli.py" line="+62"/>
        <source>This runs the read-only script {script} inside {vm} through Run Command. It reads settings and changes nothing. It needs the permission {permission} (for example the role {role}).</source>
        <translation>Isto executa o script só de leitura {script} dentro de {vm} através do Run Command. Lê definições e não altera nada. Precisa da permissão {permission} (por exemplo, a função {role}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Azure does not say whether {vm} runs Windows or Linux.</source>
        <translation>O Azure não indica se {vm} executa Windows ou Linux.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not confirmed: nothing was run.</source>
        <translation>Não confirmado: nada foi executado.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Serial log (link valid for 60 minutes): {link}</source>
        <translation>Registo série (ligação válida durante 60 minutos): {link}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manual step: {step}</source>
        <translation>Passo manual: {step}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{fix}: this runs the script {script} below inside the VM through Run Command (permission {permission}), then runs the read-only check again to verify.</source>
        <translation>{fix}: isto executa o script {script} abaixo dentro da VM através do Run Command (permissão {permission}) e depois volta a executar a verificação só de leitura para confirmar.</translation>
    </message>
    <message>
        <location filename="../core/report/cli.py" line="+22"/>
        <source>could not write {path}: {reason}</source>
        <translation>não foi possível escrever {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/cli_target.py" line="+46"/>
        <source>--tenant expects a simulated tenant file, and {value} is not a file. To sign in to the Azure directory {value}, use --tenant-id {value}.</source>
        <translation>--tenant espera um ficheiro de inquilino simulado, e {value} não é um ficheiro. Para iniciar sessão no diretório do Azure {value}, utilize --tenant-id {value}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>To sign in, open {uri} in a browser and enter the code {code}.</source>
        <translation>Para iniciar sessão, abra {uri} num navegador e introduza o código {code}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in as {account}.</source>
        <translation>Sessão iniciada como {account}.</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <location filename="../gui/wizard_widgets.py" line="+269"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 command</source>
        <translation>Comando %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the %1 command</source>
        <translation>Copiar o comando %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../gui/connection_settings.py" line="+21"/>
        <source>Azure (public)</source>
        <translation>Azure (público)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the system (HTTPS_PROXY)</source>
        <translation>O do sistema (HTTPS_PROXY)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s certificates</source>
        <translation>Os certificados do sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure cloud:</source>
        <translation>Nuvem do Azure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA bundle (PEM):</source>
        <translation>Certificados de AC (PEM):</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../gui/wizard_widgets.py" line="-30"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPane</name>
    <message>
        <location filename="../gui/diagnostics_pane.py" line="+48"/>
        <location line="+59"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing selected</source>
        <translation>Nada selecionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a virtual machine in the tree to see what was checked and what was found. Select a subscription or resource group for a summary of the VMs in it.</source>
        <translation>Selecione uma máquina virtual na árvore para ver o que foi verificado e o que foi encontrado. Selecione uma subscrição ou um grupo de recursos para ver um resumo das VMs que contém.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Windows VM</source>
        <translation>VM Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linux VM</source>
        <translation>VM Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual machine</source>
        <translation>Máquina virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource group %1</source>
        <translation>grupo de recursos %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subscription %1</source>
        <translation>subscrição %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>power state: %1</source>
        <translation>estado de energia: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking this VM…</source>
        <translation>A verificar esta VM…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking again; these are the results of the previous scan.</source>
        <translation>A verificar novamente; estes são os resultados da análise anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks that need attention: %1 of %2.</source>
        <translation>Verificações que precisam de atenção: %1 de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problem found: every check that applies to this VM passed.</source>
        <translation>Nenhum problema encontrado: todas as verificações aplicáveis a esta VM foram aprovadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check applies to this VM.</source>
        <translation>Nenhuma verificação se aplica a esta VM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs attention</source>
        <translation>Precisa de atenção</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passed checks</source>
        <translation>Verificações aprovadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable to this VM</source>
        <translation>Não aplicável a esta VM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Subscrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read everything</source>
        <translation>Não foi possível ler tudo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VMs that need attention</source>
        <translation>VMs que precisam de atenção</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No VMs found here.</source>
        <translation>Não foram encontradas VMs aqui.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n com falhas</numerusform>
            <numerusform>%n com falhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n com avisos</numerusform>
            <numerusform>%n com avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not fully checked</source>
        <translation>
            <numerusform>%n com verificação incompleta</numerusform>
            <numerusform>%n com verificação incompleta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n healthy</source>
        <translation>
            <numerusform>%n em bom estado</numerusform>
            <numerusform>%n em bom estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n being checked</source>
        <translation>
            <numerusform>%n em verificação</numerusform>
            <numerusform>%n em verificação</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs: %1 — %2.</source>
        <translation>VMs: %1 — %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>DiskChecks</name>
    <message>
        <location filename="../core/checks/disks.py" line="+49"/>
        <source>The VM is not backed up</source>
        <translation>A VM não tem cópia de segurança configurada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+79"/>
        <source>The VM&apos;s disk sizes could not be read</source>
        <translation>Não foi possível ler os tamanhos dos discos da VM</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A disk is larger than Azure Backup supports: {disks}</source>
        <translation>Há um disco maior do que o Azure Backup suporta: {disks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Backup supports disks up to 32 TB (32768 GiB), and encrypted disks up to 4 TB (4096 GiB). Split the data onto smaller disks.</source>
        <translation>O Azure Backup suporta discos até 32 TB (32768 GiB) e discos encriptados até 4 TB (4096 GiB). Distribua os dados por discos mais pequenos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A disk over 4 TB may be encrypted: {disks}</source>
        <translation>Um disco com mais de 4 TB pode estar encriptado: {disks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VM has the Azure Disk Encryption extension but Azure does not flag this disk as encrypted. If it is encrypted, Azure Backup cannot back it up above 4 TB (4096 GiB): split it.</source>
        <translation>A VM tem a extensão Azure Disk Encryption, mas o Azure não marca este disco como encriptado. Se estiver encriptado, o Azure Backup não consegue fazer a cópia de segurança de discos com mais de 4 TB (4096 GiB): divida-o.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Azure gave no size for {disks}.</source>
        <translation>O Azure não indicou o tamanho de {disks}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every disk is within Azure Backup&apos;s size limits</source>
        <translation>Todos os discos estão dentro dos limites de tamanho do Azure Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest disk has {size} GiB.</source>
        <translation>O maior disco tem {size} GiB.</translation>
    </message>
    <message>
        <location filename="../core/checks/disk_count.py" line="+32"/>
        <source>The VM&apos;s data disks could not be counted</source>
        <translation>Não foi possível contar os discos de dados da VM</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} data disks: within the {limit} backup supports</source>
        <translation>{count} discos de dados: dentro dos {limit} que a cópia de segurança suporta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure Backup backs up VMs with unmanaged disks, or classic VMs, with up to {limit} disks; this VM has {count} data disks. Backups fail with UserErrorBCMUnsupportedDiskCount until some are detached or the disks are moved to managed disks (up to 32).</source>
        <translation>O Azure Backup faz cópias de segurança de VMs com discos não geridos, ou de VMs clássicas, com até {limit} discos; esta VM tem {count} discos de dados. As cópias de segurança falham com UserErrorBCMUnsupportedDiskCount até que alguns sejam desligados ou os discos passem para discos geridos (até 32).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure Backup backs up VMs with up to {limit} data disks; this VM has {count}. Backups fail with UserErrorBCMUnsupportedDiskCount until some are detached.</source>
        <translation>O Azure Backup faz cópias de segurança de VMs com até {limit} discos de dados; esta VM tem {count}. As cópias de segurança falham com UserErrorBCMUnsupportedDiskCount até que alguns sejam desligados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} data disks: more than the {limit} backup supports</source>
        <translation>{count} discos de dados: mais do que os {limit} que a cópia de segurança suporta</translation>
    </message>
</context>
<context>
    <name>EncryptionChecks</name>
    <message>
        <location filename="../core/checks/encryption.py" line="+68"/>
        <source>Azure Backup&apos;s access to the key vault could not be checked</source>
        <translation>Não foi possível verificar o acesso do Azure Backup ao cofre de chaves</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The VM is not encrypted with Azure Disk Encryption</source>
        <translation>A VM não está encriptada com o Azure Disk Encryption</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VM is encrypted but not backed up</source>
        <translation>A VM está encriptada, mas não tem cópia de segurança configurada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Backup needs access to its key vault only once backup is configured.</source>
        <translation>O Azure Backup só precisa de acesso ao cofre de chaves depois de a cópia de segurança estar configurada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The VM has the Azure Disk Encryption extension, but no disk&apos;s encryption settings name a key vault.</source>
        <translation>A VM tem a extensão Azure Disk Encryption, mas as definições de encriptação dos discos não indicam nenhum cofre de chaves.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Azure Backup may not read the keys and secrets in {vaults}</source>
        <translation>O Azure Backup não tem permissão para ler as chaves e os segredos em {vaults}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the Backup Management Service an access policy with keys: {keys} and secrets: {secrets}, then run the backup again.</source>
        <translation>Atribua ao Backup Management Service uma política de acesso com as permissões de chave {keys} e as permissões de segredo {secrets}; depois, execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Access policies do not apply to a vault in RBAC mode and Backup Doctor does not read role assignments: make sure the Backup Management Service has a role on the vault that can read, list and back up keys and secrets (Key Vault Administrator, or a custom role with those data actions).</source>
        <translation>As políticas de acesso não se aplicam a um cofre no modo RBAC e o Backup Doctor não lê atribuições de funções: confirme que o Backup Management Service tem no cofre uma função que permita ler, listar e fazer cópias de segurança de chaves e de segredos (Key Vault Administrator, ou uma função personalizada com essas ações de dados).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The Backup Management Service&apos;s object id could not be looked up in Microsoft Entra ID, so its access policy in {vaults} cannot be told apart.</source>
        <translation>Não foi possível obter o ID de objeto do Backup Management Service no Microsoft Entra ID, pelo que não é possível identificar a respetiva política de acesso em {vaults}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Key vault {vaults} uses Azure RBAC: check Azure Backup&apos;s role there</source>
        <translation>O cofre de chaves {vaults} utiliza o RBAC do Azure: verifique a função do Azure Backup nesse cofre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Backup may read the keys and secrets in {vaults}</source>
        <translation>O Azure Backup tem permissão para ler as chaves e os segredos em {vaults}</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../gui/triage_panel.py" line="+44"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible causes, in the documented order:</source>
        <translation>Causas possíveis, pela ordem documentada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2 (Windows only)</source>
        <translation>%1. %2 (apenas Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2 (Linux only)</source>
        <translation>%1. %2 (apenas Linux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the documented entry</source>
        <translation>Ler a entrada na documentação</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../gui/error_dialog.py" line="+36"/>
        <source>Something went wrong</source>
        <translation>Ocorreu um problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup Doctor hit an unexpected error.</source>
        <translation>O Backup Doctor encontrou um erro inesperado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The application is still running and nothing was changed in Azure. If this happens again, copy the details and send them to whoever supports Backup Doctor.</source>
        <translation>A aplicação continua em execução e nada foi alterado no Azure. Se voltar a acontecer, copie os detalhes e envie-os a quem dá suporte ao Backup Doctor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide details</source>
        <translation>Ocultar detalhes</translation>
    </message>
</context>
<context>
    <name>EvidenceFields</name>
    <message>
        <location filename="../core/evidence_fields.py" line="+52"/>
        <source>Reason it could not be read</source>
        <translation>Motivo por que não foi possível ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Âmbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power state</source>
        <translation>Estado de energia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning state</source>
        <translation>Estado de aprovisionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent status</source>
        <translation>Estado do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent status shown by Azure</source>
        <translation>Estado do agente mostrado pelo Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent status code</source>
        <translation>Código de estado do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent message</source>
        <translation>Mensagem do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent status reported at</source>
        <translation>Estado do agente comunicado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age of the agent status</source>
        <translation>Idade do estado do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version</source>
        <translation>Versão do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum supported version</source>
        <translation>Versão mínima suportada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Comunicado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected publisher</source>
        <translation>Editor esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions</source>
        <translation>Extensões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions processed</source>
        <translation>Extensões processadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed extensions</source>
        <translation>Extensões com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup extensions</source>
        <translation>Extensões de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup extension</source>
        <translation>Extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported size</source>
        <translation>Tamanho suportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size limits</source>
        <translation>Limites de tamanho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk encrypted with Azure Disk Encryption</source>
        <translation>Disco encriptado com o Azure Disk Encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>Encriptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system disk</source>
        <translation>Disco do sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of data disks</source>
        <translation>Número de discos de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data disk names</source>
        <translation>Nomes dos discos de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmanaged disks</source>
        <translation>Discos não geridos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage accounts of the disks</source>
        <translation>Contas de armazenamento dos discos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource id</source>
        <translation>ID do recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM resource id</source>
        <translation>ID do recurso da VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Protected items</source>
        <translation>Itens protegidos</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+128"/>
        <source>Protected item id</source>
        <translation>ID do item protegido</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup policy</source>
        <translation>Política de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection state</source>
        <translation>Estado da proteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup data deleted (soft-deleted)</source>
        <translation>Dados de cópia de segurança eliminados (eliminação recuperável)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted for good on</source>
        <translation>Eliminados definitivamente em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection status</source>
        <translation>Situação da proteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health status</source>
        <translation>Estado de funcionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup status</source>
        <translation>Estado da última cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup time</source>
        <translation>Hora da última cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup</source>
        <translation>Última cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup job</source>
        <translation>Tarefa da última cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error codes of the last backup</source>
        <translation>Códigos de erro da última cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected in another vault</source>
        <translation>Protegida noutro cofre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaults protecting it</source>
        <translation>Cofres que a protegem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup jobs</source>
        <translation>Tarefas de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup jobs read</source>
        <translation>Tarefas de cópia de segurança lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup job</source>
        <translation>Tarefa de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure code</source>
        <translation>Código de falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure error number</source>
        <translation>Número do erro do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure error message</source>
        <translation>Mensagem de erro do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure error title</source>
        <translation>Título do erro do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s recommendations</source>
        <translation>Recomendações do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier failed backup</source>
        <translation>Cópia de segurança anterior com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error codes</source>
        <translation>Códigos de erro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documented error</source>
        <translation>Erro documentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code</source>
        <translation>Código de erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised by</source>
        <translation>Reconhecido através de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented message</source>
        <translation>Mensagem documentada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented causes</source>
        <translation>Causas documentadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>Aplica-se a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix wizard</source>
        <translation>Assistente de correção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locks</source>
        <translation>Bloqueios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock level</source>
        <translation>Nível do bloqueio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked scope</source>
        <translation>Âmbito bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore point collections</source>
        <translation>Coleções de pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other restore point collections</source>
        <translation>Outras coleções de pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore point collections of the VM</source>
        <translation>Coleções de pontos de restauro da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore points</source>
        <translation>Pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore points counted</source>
        <translation>Pontos de restauro contados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked storage account</source>
        <translation>Conta de armazenamento bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only lock</source>
        <translation>Bloqueio só de leitura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM security type</source>
        <translation>Tipo de segurança da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system disk security type</source>
        <translation>Tipo de segurança do disco do sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest backup</source>
        <translation>Cópia de segurança mais recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumption</source>
        <translation>Pressuposto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest finished backup job</source>
        <translation>Tarefa de cópia de segurança terminada mais recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy assignment</source>
        <translation>Atribuição de política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy assignment id</source>
        <translation>ID da atribuição de política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy definition</source>
        <translation>Definição de política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy definition id</source>
        <translation>ID da definição de política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource denied by the policy</source>
        <translation>Recurso recusado pela política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore point collection&apos;s resource group</source>
        <translation>Grupo de recursos da coleção de pontos de restauro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read inside the VM</source>
        <translation>Lido dentro da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked inside the VM at</source>
        <translation>Verificado dentro da VM em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run Command outcome</source>
        <translation>Resultado do Run Command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot diagnostics on</source>
        <translation>Diagnóstico de arranque ativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start type</source>
        <translation>Tipo de arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as</source>
        <translation>Executado como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Shadow Copy service</source>
        <translation>Serviço Cópia Sombra de Volumes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VSS writers in a bad state</source>
        <translation>Escritores VSS em mau estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of VSS writers</source>
        <translation>Número de escritores VSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent package version</source>
        <translation>Versão do pacote do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-updated agent versions</source>
        <translation>Versões do agente atualizadas automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mounted file systems</source>
        <translation>Sistemas de ficheiros montados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system type</source>
        <translation>Tipo de sistema de ficheiros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration lines</source>
        <translation>Linhas de configuração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line number</source>
        <translation>Número da linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration line</source>
        <translation>Linha de configuração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocking AppLocker rules</source>
        <translation>Regras do AppLocker que bloqueiam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule collection</source>
        <translation>Coleção de regras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network adapters</source>
        <translation>Adaptadores de rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DHCP enabled</source>
        <translation>DHCP ativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>Lido de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key vaults</source>
        <translation>Cofres de chaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Lido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses Azure role-based access control</source>
        <translation>Usa o controlo de acesso baseado em funções do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access policy of the Backup service</source>
        <translation>Política de acesso do serviço de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing permissions</source>
        <translation>Permissões em falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required permissions</source>
        <translation>Permissões necessárias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets</source>
        <translation>Segredos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some access policy has the permissions</source>
        <translation>Alguma política de acesso tem as permissões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup Management Service</source>
        <translation>Backup Management Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application id</source>
        <translation>ID da aplicação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object id</source>
        <translation>ID do objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix action</source>
        <translation>Ação de correção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed resource</source>
        <translation>Recurso alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was sent or deleted</source>
        <translation>O que foi enviado ou eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cause id</source>
        <translation>ID da causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job status</source>
        <translation>Estado da tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job id</source>
        <translation>ID da tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented error code</source>
        <translation>Código de erro documentado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk {n}</source>
        <translation>Disco {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension {n}</source>
        <translation>Extensão {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Protected item {n}</source>
        <translation>Item protegido {n}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Backup job {n}</source>
        <translation>Tarefa de cópia de segurança {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause {n}</source>
        <translation>Causa {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock {n}</source>
        <translation>Bloqueio {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Collection {n}</source>
        <translation>Coleção {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key vault {n}</source>
        <translation>Cofre de chaves {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service {n}</source>
        <translation>Serviço {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VSS writer {n}</source>
        <translation>Escritor VSS {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount {n}</source>
        <translation>Montagem {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {n}</source>
        <translation>Linha {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule {n}</source>
        <translation>Regra {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network adapter {n}</source>
        <translation>Adaptador de rede {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {n}</source>
        <translation>{label} {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pass</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation>falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked</source>
        <translation>não foi possível verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not applicable</source>
        <translation>não aplicável</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+208"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>suspected (only the guest can confirm it)</source>
        <translation>suspeita (só o sistema convidado a pode confirmar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open: its checks could not decide</source>
        <translation>em aberto: as verificações não conseguiram decidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not testable from Azure</source>
        <translation>não verificável a partir do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruled out</source>
        <translation>excluída</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>succeeded</source>
        <translation>concluída com êxito</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>failed with an error this cause explains</source>
        <translation>falhou com um erro que esta causa explica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed for another reason</source>
        <translation>falhou por outro motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>no finished backup yet</source>
        <translation>ainda nenhuma cópia de segurança concluída</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the VM is not protected</source>
        <translation>a VM não está protegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>restore point collection&apos;s resource group</source>
        <translation>grupo de recursos da coleção de pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM&apos;s resource group</source>
        <translation>grupo de recursos da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription</source>
        <translation>subscrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other scope</source>
        <translation>outro âmbito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its error code</source>
        <translation>o código de erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its error message</source>
        <translation>a mensagem de erro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running</source>
        <translation>running (em execução)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>stopped (parada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deallocated</source>
        <translation>deallocated (desalocada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>starting (a iniciar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>stopping (a parar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deallocating</source>
        <translation>deallocating (a desalocar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the script answered</source>
        <translation>o script respondeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest agent does not answer</source>
        <translation>o agente convidado não responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent reports Ready but did not run the script</source>
        <translation>o agente indica Ready (pronto), mas não executou o script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer could not be read</source>
        <translation>não foi possível ler a resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure refused the run</source>
        <translation>o Azure recusou a execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Run Command was running</source>
        <translation>outro Run Command estava em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VM is not running</source>
        <translation>a VM não está em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the run failed</source>
        <translation>a execução falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped waiting</source>
        <translation>a espera foi interrompida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the OS disk keeps the security type the VM was created with</source>
        <translation>o disco do SO mantém o tipo de segurança com que a VM foi criada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ready</source>
        <translation>não está pronto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>creating</source>
        <translation>a criar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updating</source>
        <translation>a atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleting</source>
        <translation>a eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed with warnings</source>
        <translation>concluída com avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protected</source>
        <translation>protegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection stopped</source>
        <translation>proteção parada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection error</source>
        <translation>erro de proteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection paused</source>
        <translation>proteção em pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial backup pending</source>
        <translation>cópia de segurança inicial pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>healthy</source>
        <translation>em bom estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unhealthy</source>
        <translation>em mau estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action required</source>
        <translation>ação necessária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action suggested</source>
        <translation>ação sugerida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>cannot be deleted</source>
        <translation>não pode ser eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read only</source>
        <translation>só de leitura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup</source>
        <translation>cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup configuration</source>
        <translation>configuração da cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>restauro</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>a lead, not a proof</source>
        <translation>uma pista, não uma prova</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{size} GiB</source>
        <translation>{size} GiB</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Check “{check}”</source>
        <translation>Verificação “{check}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} h ({minutes} min)</source>
        <translation>{hours} h ({minutes} min)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} days ({minutes} min)</source>
        <translation>{days} dias ({minutes} min)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../core/explain.py" line="+75"/>
        <source>{code}: {message}</source>
        <translation>{code}: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(as Azure writes it: {message})</source>
        <translation>(texto original do Azure: {message})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Causes, in the order Microsoft documents them:</source>
        <translation>Causas, pela ordem em que a Microsoft as documenta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number}. {cause}</source>
        <translation>{number}. {cause}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number}. {cause} ({os} VMs only)</source>
        <translation>{number}. {cause} (apenas VMs {os})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fix: {wizard} (wizard {id})</source>
        <translation>Resolução: {wizard} (assistente {id})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: {url}</source>
        <translation>Fonte: {url}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No documented Azure Backup error matches &quot;{text}&quot;. Paste the error code (for example UserErrorGuestAgentStatusUnavailable) or the whole error message as Azure shows it.</source>
        <translation>Nenhum erro documentado do Azure Backup corresponde a «{text}». Cole o código de erro (por exemplo, UserErrorGuestAgentStatusUnavailable) ou a mensagem de erro completa, tal como o Azure a mostra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Documented errors whose message contains your text:</source>
        <translation>Erros documentados cuja mensagem contém o seu texto:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your text names {count} documented errors:</source>
        <translation>O seu texto refere {count} erros documentados:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/report_dialog.py" line="+35"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One HTML file that opens in any browser, offline, and prints one VM per page.</source>
        <translation>Um único ficheiro HTML que abre em qualquer browser, sem ligação, e imprime uma VM por página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export</source>
        <translation>O que exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole scan</source>
        <translation>A análise completa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current selection: %1</source>
        <translation>A seleção atual: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current selection</source>
        <translation>A seleção atual</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the report</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Redact subscription ids, IP addresses, e-mail addresses and account names</source>
        <translation>Ocultar IDs de subscrição, endereços IP, endereços de e-mail e nomes de conta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ExtensionChecks</name>
    <message>
        <location filename="../core/checks/extensions.py" line="+103"/>
        <source>The VM&apos;s provisioning state could not be read</source>
        <translation>Não foi possível ler o estado de aprovisionamento da VM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The VM&apos;s provisioning state is Succeeded</source>
        <translation>O estado de aprovisionamento da VM é Succeeded (concluído com êxito)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure puts a VM in the Failed state when one of its extensions fails; here: {extensions}. Once it is fixed or removed, the VM returns to Succeeded.</source>
        <translation>O Azure coloca uma VM no estado Failed (com falha) quando uma das suas extensões falha; neste caso: {extensions}. Depois de a extensão ser corrigida ou removida, a VM volta ao estado Succeeded (concluído com êxito).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No extension reports a failure, so the last operation on the VM itself failed ({message}). Look for it in the VM&apos;s activity log, fix it, then run the backup again.</source>
        <translation>Nenhuma extensão indica falha, pelo que foi a última operação na própria VM que falhou ({message}). Procure-a no registo de atividades da VM, corrija o problema e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The VM is in the Failed provisioning state</source>
        <translation>A VM está no estado de aprovisionamento Failed (com falha)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The VM is still updating</source>
        <translation>A VM ainda está a ser atualizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup that starts while the VM is Updating can fail. Wait until its provisioning state is Succeeded, then run the backup again.</source>
        <translation>Uma cópia de segurança iniciada enquanto a VM está no estado Updating (a atualizar) pode falhar. Aguarde até o estado de aprovisionamento ser Succeeded (concluído com êxito) e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The VM&apos;s provisioning state is {state}</source>
        <translation>O estado de aprovisionamento da VM é {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Backup needs the state Succeeded; wait until the current operation ends.</source>
        <translation>O Azure Backup precisa do estado Succeeded (concluído com êxito); aguarde até a operação atual terminar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup extension&apos;s state could not be read</source>
        <translation>Não foi possível ler o estado da extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The VM is not backed up, so it does not need the extension.</source>
        <translation>A VM não tem cópia de segurança configurada, pelo que não precisa da extensão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure Backup installs {extension} on the VM at its next backup.</source>
        <translation>O Azure Backup instala {extension} na VM na próxima cópia de segurança.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup extension is not installed</source>
        <translation>A extensão de cópia de segurança não está instalada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup extension {extension} is in a failed state</source>
        <translation>A extensão de cópia de segurança {extension} está num estado de falha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It reported &quot;{message}&quot;. Remove the extension and run an on-demand backup; Azure Backup installs it again.</source>
        <translation>A extensão indicou «{message}». Remova-a e execute uma cópia de segurança a pedido; o Azure Backup volta a instalá-la.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup extension {extension} is not failed</source>
        <translation>A extensão de cópia de segurança {extension} não tem falhas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its provisioning state is {state}.</source>
        <translation>O estado de aprovisionamento é {state}.</translation>
    </message>
    <message>
        <location filename="../core/checks/extension_deletion.py" line="+40"/>
        <location filename="../core/checks/extensions.py" line="+15"/>
        <source>The VM&apos;s extensions could not be read</source>
        <translation>Não foi possível ler as extensões da VM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backup: the backup extension is not needed</source>
        <translation>Sem cópia de segurança: a extensão de cópia de segurança não é necessária</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No backup extension is stuck in deletion</source>
        <translation>Nenhuma extensão de cópia de segurança está bloqueada na eliminação</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup extension {extension} is stuck in deletion</source>
        <translation>A extensão de cópia de segurança {extension} está bloqueada na eliminação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure reports {extension} as Deleting. While it is, backups fail with ExtensionStuckInDeletionState. Deleting the extension again from Azure clears the state; the next backup installs a new one.</source>
        <translation>O Azure indica {extension} como Deleting (a eliminar). Enquanto assim estiver, as cópias de segurança falham com ExtensionStuckInDeletionState. Eliminar de novo a extensão a partir do Azure resolve o estado; a próxima cópia de segurança instala uma nova.</translation>
    </message>
    <message>
        <location filename="../core/checks/extensions.py" line="+14"/>
        <source>Another extension is in a failed state: {extensions}</source>
        <translation>Outra extensão está num estado de falha: {extensions}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A failed extension can stop the backup extension from running. {extension} reported &quot;{message}&quot;. Fix or remove it, then run the backup again.</source>
        <translation>Uma extensão com falha pode impedir a execução da extensão de cópia de segurança. {extension} indicou «{message}». Corrija-a ou remova-a e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other extension is in a failed state</source>
        <translation>Nenhuma outra extensão está num estado de falha</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../gui/finding_card.py" line="+71"/>
        <source>The fix wizard offered above also fixes this: %1</source>
        <translation>O assistente de correção proposto acima também corrige isto: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show evidence for: %1</source>
        <translation>Mostrar evidências de: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Documented error codes:</source>
        <translation>Códigos de erro documentados:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documented error code:</source>
        <translation>Código de erro documentado:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Open the fix wizard: %1</source>
        <translation>Abrir o assistente de correção: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Details (JSON)</source>
        <translation>Detalhes (JSON)</translation>
    </message>
</context>
<context>
    <name>FixWizards</name>
    <message>
        <location filename="../gui/fix_wizards.py" line="+234"/>
        <source>Fix %1</source>
        <translation>Corrigir %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change log…</source>
        <translation>Registo de alterações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Every change Backup Doctor asked Azure to make</source>
        <translation>Todas as alterações que o Backup Doctor pediu ao Azure</translation>
    </message>
</context>
<context>
    <name>GuestAnswer</name>
    <message>
        <location filename="../core/guest/report.py" line="+140"/>
        <source>The answer is {size} bytes long, far more than the check script prints.</source>
        <translation>A resposta tem {size} bytes, muito mais do que o script de verificação escreve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer is not UTF-8 text.</source>
        <translation>A resposta não é texto UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The script printed nothing.</source>
        <translation>O script não escreveu nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer is not the JSON document the script prints.</source>
        <translation>A resposta não é o documento JSON que o script escreve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is cut short or is not valid JSON.</source>
        <translation>A resposta está incompleta ou não é JSON válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer does not have the expected shape (at {where}).</source>
        <translation>A resposta não tem a forma esperada (em {where}).</translation>
    </message>
</context>
<context>
    <name>GuestCheckDialog</name>
    <message>
        <location filename="../gui/guest_check.py" line="+143"/>
        <source>Check inside the VM: %1</source>
        <translation>Verificar dentro da VM: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup Doctor will run the read-only script below inside %1 through Azure Run Command. It reads settings and changes nothing; nothing is downloaded into the VM.</source>
        <translation>O Backup Doctor vai executar o script só de leitura abaixo dentro de %1 através do Run Command do Azure. Lê definições e não altera nada; nada é transferido para a VM.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It needs the permission %1 on the VM (for example the role %2).</source>
        <translation>Precisa da permissão %1 na VM (por exemplo, a função %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run the check</source>
        <translation>Executar a verificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The check could not run: %1</source>
        <translation>Não foi possível executar a verificação: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running the script inside the VM… Run Command can take a minute or two.</source>
        <translation>A executar o script dentro da VM… O Run Command pode demorar um ou dois minutos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping…</source>
        <translation>A parar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The guest answered. What it shows:</source>
        <translation>O convidado respondeu. O que mostra:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest could not be checked: %1</source>
        <translation>Não foi possível verificar o convidado: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Get a link to the serial log</source>
        <translation>Obter uma ligação para o registo série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks Azure for a link to the VM&apos;s serial log (retrieveBootDiagnosticsData)</source>
        <translation>Pede ao Azure uma ligação para o registo série da VM (retrieveBootDiagnosticsData)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix inside the VM: %1…</source>
        <translation>Corrigir dentro da VM: %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do by hand: %1</source>
        <translation>Fazer manualmente: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking Azure for the serial log…</source>
        <translation>A pedir o registo série ao Azure…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The serial log (the link works for 60 minutes; open it in a browser):</source>
        <translation>O registo série (a ligação funciona durante 60 minutos; abra-a num navegador):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Running the fix inside the VM, then checking again…</source>
        <translation>A executar a correção dentro da VM e a verificar novamente…</translation>
    </message>
</context>
<context>
    <name>GuestChecks</name>
    <message>
        <location filename="../core/checks/guest.py" line="+44"/>
        <source>Snapshot status from the guest</source>
        <translation>Estado do instantâneo enviado pelo convidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux agent options</source>
        <translation>Opções do agente Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application control</source>
        <translation>Controlo de aplicações</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{subject}: not suspected, the latest backup failed for another documented reason</source>
        <translation>{subject}: sem suspeitas; a última cópia de segurança falhou por outro motivo documentado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It failed with {codes}, which this cause does not explain.</source>
        <translation>Falhou com {codes}, o que esta causa não explica.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{subject}: not suspected, no finished backup to judge by</source>
        <translation>{subject}: sem suspeitas; não há nenhuma cópia de segurança concluída para avaliar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing Azure shows points to this cause; it is checked again after the next backup.</source>
        <translation>Nada do que o Azure mostra aponta para esta causa; será verificada novamente após a próxima cópia de segurança.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>{subject}: the VM is not backed up</source>
        <translation>{subject}: a VM não tem cópia de segurança configurada</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{subject}: judged once the guest agent reports Ready</source>
        <translation>{subject}: a avaliar quando o agente convidado estiver Ready (pronto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent runs the backup extension; until it reports, fix the agent first (see its finding).</source>
        <translation>É o agente que executa a extensão de cópia de segurança; enquanto não comunicar, corrija primeiro o agente (veja o respetivo resultado).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Whether the snapshot status reaches Azure could not be judged</source>
        <translation>Não foi possível avaliar se o estado do instantâneo chega ao Azure</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The VM is stopped but still allocated, as after a shutdown from inside the guest</source>
        <translation>A VM está parada mas continua alocada, como acontece após um encerramento dentro do convidado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure Backup cannot read a snapshot status from a guest that was shut down from inside. Start the VM from Azure, or stop it from Azure so that Azure knows its real state, then run the backup again.</source>
        <translation>O Azure Backup não consegue ler o estado do instantâneo de um convidado que foi encerrado por dentro. Inicie a VM a partir do Azure, ou pare-a a partir do Azure para que o Azure conheça o estado real, e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The VM is {power}: Azure Backup takes its snapshot without the guest</source>
        <translation>A VM está no estado {power}: o Azure Backup cria o instantâneo sem o convidado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Azure shows the VM running, but its guest agent is silent</source>
        <translation>O Azure mostra a VM em execução, mas o agente convidado não comunica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guest may have been shut down from inside, or may get no host address because DHCP is off in the guest. In the VM&apos;s console, check that it runs and that its network adapter uses DHCP; a static IP belongs on the Azure network interface, not inside the guest.</source>
        <translation>O convidado pode ter sido encerrado por dentro, ou pode não obter endereço porque o DHCP está desativado no convidado. Na consola da VM, confirme que está em execução e que o adaptador de rede utiliza DHCP; um IP estático deve ser definido na interface de rede do Azure, não dentro do convidado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The snapshot status reached Azure at the last backup, on {time}</source>
        <translation>O estado do instantâneo chegou ao Azure na última cópia de segurança, em {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM is running and its agent reports Ready.</source>
        <translation>A VM está em execução e o agente indica Ready (pronto).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The snapshot status may not reach Azure: check DHCP inside the VM</source>
        <translation>O estado do instantâneo pode não chegar ao Azure: verifique o DHCP dentro da VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure sees the VM running and its agent Ready, but the latest backup failed ({codes}). Inside the VM, check that the network adapter gets its address from DHCP and that nobody shut the guest down from inside during the backup.</source>
        <translation>O Azure vê a VM em execução e o agente Ready (pronto), mas a última cópia de segurança falhou ({codes}). Dentro da VM, confirme que o adaptador de rede obtém o endereço por DHCP e que ninguém encerrou o convidado por dentro durante a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The Linux agent&apos;s configuration could not be judged</source>
        <translation>Não foi possível avaliar a configuração do agente Linux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only Linux VMs have an /etc/waagent.conf</source>
        <translation>Só as VMs Linux têm um /etc/waagent.conf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure did not say whether the VM runs Windows or Linux.</source>
        <translation>O Azure não indicou se a VM executa Windows ou Linux.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The Linux agent has extension processing turned off</source>
        <translation>O agente Linux tem o processamento de extensões desativado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reporter} reported &quot;{message}&quot;. Set Extensions.Enable=y (and Provisioning.Agent=auto) in /etc/waagent.conf, then restart the agent.</source>
        <translation>{reporter} indicou «{message}». Defina Extensions.Enable=y (e Provisioning.Agent=auto) em /etc/waagent.conf e reinicie o agente.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The agent ran the backup extension at the last backup, on {time}</source>
        <translation>O agente executou a extensão de cópia de segurança da última vez, em {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So its configuration let it run extensions then; Backup Doctor cannot read /etc/waagent.conf itself.</source>
        <translation>Portanto, a configuração permitia-lhe executar extensões nessa altura; o Backup Doctor não consegue ler o próprio /etc/waagent.conf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The agent runs extensions ({extensions}), so Extensions.Enable is y. Inside the VM, check that /etc/waagent.conf also sets Provisioning.Agent=auto, then restart the agent.</source>
        <translation>O agente executa extensões ({extensions}), pelo que Extensions.Enable é y. Dentro da VM, confirme que /etc/waagent.conf também define Provisioning.Agent=auto e reinicie o agente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure cannot read the agent&apos;s configuration file. Inside the VM, check that /etc/waagent.conf sets Extensions.Enable=y and Provisioning.Agent=auto, then restart the agent.</source>
        <translation>O Azure não consegue ler o ficheiro de configuração do agente. Dentro da VM, confirme que /etc/waagent.conf define Extensions.Enable=y e Provisioning.Agent=auto e reinicie o agente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the agent&apos;s options in /etc/waagent.conf inside the VM</source>
        <translation>Verifique as opções do agente em /etc/waagent.conf dentro da VM</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Whether application control blocks the backup extension could not be judged</source>
        <translation>Não foi possível avaliar se o controlo de aplicações bloqueia a extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Application control blocks the backup extension</source>
        <translation>O controlo de aplicações bloqueia a extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{extension} reported &quot;{message}&quot;. Allow the /var/lib/waagent path in your application control tool, then run the backup again.</source>
        <translation>{extension} indicou «{message}». Permita o caminho /var/lib/waagent na ferramenta de controlo de aplicações e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{extension} reported &quot;{message}&quot;. Allow IaaSBcdrExtension.exe in AppLocker (or your application control tool), then run the backup again.</source>
        <translation>{extension} indicou «{message}». Permita IaaSBcdrExtension.exe no AppLocker (ou na ferramenta de controlo de aplicações que utiliza) e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The backup extension ran at the last backup, on {time}</source>
        <translation>A extensão de cópia de segurança foi executada da última vez, em {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So application control did not block it then.</source>
        <translation>Portanto, o controlo de aplicações não a bloqueou nessa altura.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check inside the VM that application control lets the backup extension run</source>
        <translation>Confirme dentro da VM que o controlo de aplicações deixa executar a extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure cannot see application control rules, and the latest backup failed ({codes}). Inside the VM, check that your application control tool does not block programs under /var/lib/waagent.</source>
        <translation>O Azure não vê as regras de controlo de aplicações e a última cópia de segurança falhou ({codes}). Dentro da VM, confirme que a ferramenta de controlo de aplicações não bloqueia programas em /var/lib/waagent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Azure cannot see AppLocker rules, and the latest backup failed ({codes}). Inside the VM, look in the AppLocker event log for IaaSBcdrExtension.exe and allow it if it was blocked.</source>
        <translation>O Azure não vê as regras do AppLocker e a última cópia de segurança falhou ({codes}). Dentro da VM, procure IaaSBcdrExtension.exe no registo de eventos do AppLocker e permita-o se tiver sido bloqueado.</translation>
    </message>
    <message>
        <location filename="../gui/guest_check.py" line="-245"/>
        <source>Check inside the VM…</source>
        <translation>Verificar dentro da VM…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a read-only script inside the VM through Run Command, after you agree</source>
        <translation>Executar um script só de leitura dentro da VM através do Run Command, depois de concordar</translation>
    </message>
</context>
<context>
    <name>GuestFixConfirm</name>
    <message>
        <location line="+271"/>
        <source>This script will run inside the VM through Run Command and change it as described. The change is written to the change log, then the read-only check runs again to verify.</source>
        <translation>Este script vai ser executado dentro da VM através do Run Command e alterá-la como descrito. A alteração fica no registo de alterações e depois a verificação só de leitura é executada novamente para confirmar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run this fix</source>
        <translation>Executar esta correção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not run</source>
        <translation>Não executar</translation>
    </message>
</context>
<context>
    <name>GuestInspection</name>
    <message>
        <location filename="../core/guest/inspection.py" line="+80"/>
        <source>Azure does not say whether the VM runs Windows or Linux.</source>
        <translation>O Azure não indica se a VM executa Windows ou Linux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped waiting. The read-only script may still finish inside the VM; it changes nothing.</source>
        <translation>Deixou de aguardar. O script só de leitura pode ainda terminar dentro da VM; não altera nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run Command did not finish within {seconds} s, and the guest agent is not Ready.</source>
        <translation>O Run Command não terminou em {seconds} s e o agente convidado não está Ready.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The guest agent reports Ready, yet Run Command did not start the script within {seconds} s: the agent does not run extensions.</source>
        <translation>O agente convidado indica Ready, mas o Run Command não iniciou o script em {seconds} s: o agente não executa extensões.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Another Run Command is still running in this VM; try again when it has finished.</source>
        <translation>Outro Run Command ainda está em curso nesta VM; tente novamente quando terminar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure&apos;s answer holds no output of the script.</source>
        <translation>A resposta do Azure não contém a saída do script.</translation>
    </message>
</context>
<context>
    <name>InsideGuest</name>
    <message>
        <location filename="../core/checks/inside_guest.py" line="+64"/>
        <source>The read-only check ran inside the VM</source>
        <translation>A verificação só de leitura foi executada dentro da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The findings marked &quot;from inside the VM&quot; quote what it found.</source>
        <translation>Os resultados marcados «dentro da VM» citam o que encontrou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run Command is delivered by the guest agent, so the agent is not working ({reason}). Boot diagnostics are on: read the VM&apos;s serial log (portal: the VM &gt; Boot diagnostics &gt; Serial log; or az vm boot-diagnostics get-boot-log) to see whether the guest booted and why the agent stopped.</source>
        <translation>O Run Command é entregue pelo agente convidado, por isso o agente não está a funcionar ({reason}). O diagnóstico de arranque está ativo: leia o registo série da VM (portal: a VM &gt; Diagnóstico de arranque &gt; Registo série; ou az vm boot-diagnostics get-boot-log) para ver se o convidado arrancou e porque parou o agente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run Command is delivered by the guest agent, so the agent is not working ({reason}). Boot diagnostics are off, so the guest cannot be seen from outside: sign in to the VM (RDP, SSH or the serial console) and follow the agent&apos;s steps.</source>
        <translation>O Run Command é entregue pelo agente convidado, por isso o agente não está a funcionar ({reason}). O diagnóstico de arranque está desativado, por isso o convidado não pode ser visto de fora: inicie sessão na VM (RDP, SSH ou consola série) e siga os passos do agente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The VM could not be checked inside: its guest agent does not answer</source>
        <translation>Não foi possível verificar o interior da VM: o agente convidado não responde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The guest agent reports Ready, but it did not run the check</source>
        <translation>O agente convidado indica Ready, mas não executou a verificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} The backup extension is run the same way, so backups cannot work either. See the Linux agent options finding.</source>
        <translation>{reason} A extensão de cópia de segurança é executada da mesma forma, por isso as cópias de segurança também não funcionam. Veja o resultado das opções do agente Linux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{reason} The backup extension is run the same way. Sign in to the VM and read C:\WindowsAzure\Logs\WaAppAgent.log for why extensions do not start.</source>
        <translation>{reason} A extensão de cópia de segurança é executada da mesma forma. Inicie sessão na VM e leia C:\WindowsAzure\Logs\WaAppAgent.log para saber porque não iniciam as extensões.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the guest&apos;s answer</source>
        <translation>Não foi possível ler a resposta do convidado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM could not be checked inside</source>
        <translation>Não foi possível verificar o interior da VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guest agent services are not running or not set to start automatically</source>
        <translation>Os serviços do agente convidado não estão em execução ou não iniciam automaticamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From inside the VM: {services}. Both must run and start automatically.</source>
        <translation>Dentro da VM: {services}. Ambos têm de estar em execução e iniciar automaticamente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guest agent services run and start automatically</source>
        <translation>Os serviços do agente convidado estão em execução e iniciam automaticamente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume Shadow Copy is in a bad state</source>
        <translation>O Volume Shadow Copy está num estado incorreto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: {writers}. VSS service: {service}.</source>
        <translation>Dentro da VM: {writers}. Serviço VSS: {service}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every writer is Stable</source>
        <translation>todos os escritores estão Stable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every VSS writer is Stable, with no error</source>
        <translation>Todos os escritores VSS estão Stable, sem erros</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>COM+ or the Distributed Transaction Coordinator is not set up as documented</source>
        <translation>O COM+ ou o Coordenador de Transações Distribuídas não está configurado como documentado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From inside the VM: COMSysApp {com}; MSDTC {dtc}, running as {account}. MSDTC must run as NT AUTHORITY\NetworkService and neither may be disabled.</source>
        <translation>Dentro da VM: COMSysApp {com}; MSDTC {dtc}, executado como {account}. O MSDTC tem de ser executado como NT AUTHORITY\NetworkService e nenhum dos dois pode estar desativado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>/etc/azure/vmbackup.conf is not plain ASCII</source>
        <translation>/etc/azure/vmbackup.conf não está em ASCII simples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: the file is {encoding}. The backup extension reads it only as ASCII.</source>
        <translation>Dentro da VM: o ficheiro está em {encoding}. A extensão de cópia de segurança só o lê em ASCII.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A mounted file system cannot be opened, so it cannot be frozen</source>
        <translation>Um sistema de ficheiros montado não pode ser aberto, por isso não pode ser congelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: {mounts}.</source>
        <translation>Dentro da VM: {mounts}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every mounted file system can be opened</source>
        <translation>Todos os sistemas de ficheiros montados podem ser abertos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Linux agent inside the VM is older than the minimum supported</source>
        <translation>O agente Linux dentro da VM é anterior à versão mínima suportada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: package {installed}, newest agent {newest}; minimum {minimum}.</source>
        <translation>Dentro da VM: pacote {installed}, agente mais recente {newest}; mínimo {minimum}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The Linux agent does not run extensions</source>
        <translation>O agente Linux não executa extensões</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent reports Ready, yet Run Command (itself an extension) never started: the pattern of Extensions.Enable=n in /etc/waagent.conf. Run Command cannot fix it: set Extensions.Enable=y from the serial console or SSH, then restart the agent.</source>
        <translation>O agente indica Ready, mas o Run Command (também ele uma extensão) nunca iniciou: é o padrão de Extensions.Enable=n em /etc/waagent.conf. O Run Command não o pode corrigir: defina Extensions.Enable=y na consola série ou por SSH e reinicie o agente.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>/etc/waagent.conf does not set the options backup needs</source>
        <translation>/etc/waagent.conf não define as opções de que a cópia de segurança precisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: {lines}. Set Extensions.Enable=y and Provisioning.Agent=auto, then restart the agent.</source>
        <translation>Dentro da VM: {lines}. Defina Extensions.Enable=y e Provisioning.Agent=auto e reinicie o agente.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>/etc/waagent.conf sets the options backup needs</source>
        <translation>/etc/waagent.conf define as opções de que a cópia de segurança precisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: extensions are enabled and the provisioning agent is auto.</source>
        <translation>Dentro da VM: as extensões estão ativadas e o agente de aprovisionamento é auto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An AppLocker rule blocks the backup extension</source>
        <translation>Uma regra do AppLocker bloqueia a extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: {rules}. It covers {program}. Allow the program in AppLocker, then run the backup again.</source>
        <translation>Dentro da VM: {rules}. Abrange {program}. Permita o programa no AppLocker e faça novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No AppLocker rule blocks the backup extension</source>
        <translation>Nenhuma regra do AppLocker bloqueia a extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: AppLocker deny rules: {count}; none covers the extension&apos;s program.</source>
        <translation>Dentro da VM: regras de negação do AppLocker: {count}; nenhuma abrange o programa da extensão.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DHCP is turned off inside the VM</source>
        <translation>O DHCP está desativado dentro da VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: {adapters}. The guest needs DHCP to reach the Azure host; put a static address on the Azure network interface instead.</source>
        <translation>Dentro da VM: {adapters}. O convidado precisa de DHCP para chegar ao anfitrião do Azure; defina o endereço estático na interface de rede do Azure.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>DHCP is on inside the VM, and the guest runs</source>
        <translation>O DHCP está ativo dentro da VM e o convidado está em execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From inside the VM: {adapters}. Neither documented cause is present.</source>
        <translation>Dentro da VM: {adapters}. Nenhuma das causas documentadas está presente.</translation>
    </message>
</context>
<context>
    <name>LockChecks</name>
    <message>
        <location filename="../core/checks/storage_account_lock.py" line="+34"/>
        <source>Managed disks only: no storage account of the VM to lock</source>
        <translation>Só discos geridos: a VM não tem conta de armazenamento que possa ser bloqueada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The locks on the VM&apos;s storage accounts could not be read</source>
        <translation>Não foi possível ler os bloqueios das contas de armazenamento da VM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No read-only lock on the VM&apos;s storage accounts ({accounts})</source>
        <translation>Nenhum bloqueio só de leitura nas contas de armazenamento da VM ({accounts})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The storage account {account} is locked read-only</source>
        <translation>A conta de armazenamento {account} tem um bloqueio só de leitura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ReadOnly lock {lock} applies to {account}, where the VM&apos;s unmanaged disks are. Backup and restore jobs that write there fail with UserErrorStorageAccountIsLocked. Remove the lock, or replace it with a CanNotDelete lock, which does not block writes.</source>
        <translation>O bloqueio ReadOnly {lock} aplica-se a {account}, onde estão os discos não geridos da VM. As tarefas de cópia de segurança e de restauro que escrevem aí falham com UserErrorStorageAccountIsLocked. Remova o bloqueio, ou substitua-o por um bloqueio CanNotDelete, que não bloqueia as escritas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="+277"/>
        <source>Opening the demo tenant…</source>
        <translation>A abrir o inquilino de demonstração…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a tenant file</source>
        <translation>Abrir um ficheiro de inquilino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tenant files (*.json);;All files (*)</source>
        <translation>Ficheiros de inquilino (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening %1…</source>
        <translation>A abrir %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>Could not open the tenant</source>
        <translation>Não foi possível abrir o inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tenant file could not be opened:</source>
        <translation>Não foi possível abrir este ficheiro de inquilino:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Demo tenant</source>
        <translation>Inquilino de demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated subscriptions and VMs for practice. Nothing in Azure is read or changed.</source>
        <translation>Subscrições e VMs simuladas para praticar. Nada é lido nem alterado no Azure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulated tenant</source>
        <translation>Inquilino simulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Nothing in Azure is read or changed.</source>
        <translation>%1. Nada é lido nem alterado no Azure.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&lt;h3&gt;Backup Doctor %1&lt;/h3&gt;&lt;p&gt;Finds why Azure VM Backup fails when the cause is the VM agent or the backup extension, and says what the documentation recommends.&lt;/p&gt;&lt;p&gt;Diagnosis only reads from Azure. A fix wizard changes Azure only after it has shown a preview of exactly what will change and you have confirmed it; every change it asks for is written to the change log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backup Doctor %1&lt;/h3&gt;&lt;p&gt;Descobre por que motivo as cópias de segurança de VMs do Azure falham quando a causa é o agente da VM ou a extensão de cópia de segurança, e indica o que a documentação recomenda.&lt;/p&gt;&lt;p&gt;O diagnóstico apenas lê dados do Azure. Um assistente de correção só altera o Azure depois de mostrar uma pré-visualização exata do que vai mudar e de o utilizador a confirmar; cada alteração que pede fica escrita no registo de alterações.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Backup Doctor</source>
        <translation>Acerca do Backup Doctor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup Doctor</source>
        <translation>Backup Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look up an error</source>
        <translation>Procurar um erro</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tree and diagnostics</source>
        <translation>Árvore e diagnóstico</translation>
    </message>
</context>
<context>
    <name>ManualStep</name>
    <message>
        <location filename="../gui/wizard_step_kinds.py" line="-96"/>
        <source>I did this</source>
        <translation>Já fiz isto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip this step</source>
        <translation>Ignorar este passo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as not done</source>
        <translation>Marcar como não feito</translation>
    </message>
</context>
<context>
    <name>OrphanChecks</name>
    <message>
        <location filename="../core/checks/source_vm.py" line="+30"/>
        <source>The protected VM exists</source>
        <translation>A VM protegida existe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No protected item for this VM</source>
        <translation>Nenhum item protegido para esta VM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether a vault still protects {vm} could not be read</source>
        <translation>Não foi possível ler se algum cofre ainda protege {vm}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The vault still protects {vm}, which no longer exists</source>
        <translation>O cofre continua a proteger {vm}, que já não existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure has no VM {vmId}, but the protected item in {vault} is {state}, so every scheduled backup fails with ResourceNotFound (320001) or BCMV2VMNotFound (400094). Recreate the VM with the same name and resource group, or stop protection, keeping or deleting the backup data.</source>
        <translation>O Azure não tem a VM {vmId}, mas o item protegido em {vault} está {state}, pelo que todas as cópias de segurança agendadas falham com ResourceNotFound (320001) ou BCMV2VMNotFound (400094). Volte a criar a VM com o mesmo nome e grupo de recursos, ou pare a proteção, mantendo ou eliminando os dados de cópia de segurança.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No vault has a protected item for it any more: no backup of it is scheduled.</source>
        <translation>Nenhum cofre tem já um item protegido para ela: não está agendada nenhuma cópia de segurança.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its backup data was deleted and stays recoverable (soft-deleted) in {vault} until {time}; no backup of it is scheduled.</source>
        <translation>Os dados de cópia de segurança foram eliminados e continuam recuperáveis (eliminação recuperável) em {vault} até {time}; não está agendada nenhuma cópia de segurança.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its protection in {vault} is {state}: no backup of it is scheduled, and the recovery points already taken are kept until someone deletes them.</source>
        <translation>A proteção em {vault} está {state}: não está agendada nenhuma cópia de segurança, e os pontos de recuperação já criados são mantidos até alguém os eliminar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No vault backs up {vm}, which no longer exists</source>
        <translation>Nenhum cofre faz cópias de segurança de {vm}, que já não existe</translation>
    </message>
</context>
<context>
    <name>Orphans</name>
    <message>
        <location filename="../core/orphans.py" line="+76"/>
        <source>The VM no longer exists in Azure: {vm}.</source>
        <translation>A VM já não existe no Azure: {vm}.</translation>
    </message>
</context>
<context>
    <name>PolicyChecks</name>
    <message>
        <location filename="../core/checks/policy_deny.py" line="+75"/>
        <source>The VM&apos;s backup jobs could not be read for a policy denial</source>
        <translation>Não foi possível ler as tarefas de cópia de segurança da VM para procurar uma recusa por política</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Azure Policy denied the latest backup</source>
        <translation>Nenhuma Azure Policy recusou a última cópia de segurança</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Azure Policy {policy} denied what the backup creates</source>
        <translation>A Azure Policy {policy} recusou o que a cópia de segurança cria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest backup failed because the policy assignment {policy} (definition {definition}) denied {resource}. Change the policy&apos;s effect from Deny to Modify, or create the restore point resource group yourself with the tags the policy requires.</source>
        <translation>A última cópia de segurança falhou porque a atribuição de política {policy} (definição {definition}) recusou {resource}. Mude o efeito da política de Deny para Modify, ou crie o grupo de recursos de pontos de restauro com as etiquetas que a política exige.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An Azure Policy denied what the backup creates</source>
        <translation>Uma Azure Policy recusou o que a cópia de segurança cria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The latest backup failed with a policy denial, but its error details do not name the policy. Look for Deny policies assigned to the subscription in Azure Policy &gt; Compliance.</source>
        <translation>A última cópia de segurança falhou por recusa de uma política, mas os detalhes do erro não indicam qual. Procure políticas Deny atribuídas à subscrição em Azure Policy &gt; Conformidade.</translation>
    </message>
</context>
<context>
    <name>ProtectionChecks</name>
    <message>
        <location filename="../core/checks/protection.py" line="+53"/>
        <source>Whether a vault protects the VM could not be read</source>
        <translation>Não foi possível ler se algum cofre protege a VM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The VM is not backed up by Azure Backup</source>
        <translation>A VM não está protegida pelo Azure Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Recovery Services vault in its subscription protects it. If it should be backed up, configure backup for it in a vault.</source>
        <translation>Nenhum cofre dos Serviços de Recuperação da subscrição protege esta VM. Se deve ter cópia de segurança, configure-a num cofre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The VM is backed up in {vaults}</source>
        <translation>A VM tem cópia de segurança em {vaults}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The VM&apos;s protection state could not be read</source>
        <translation>Não foi possível ler o estado de proteção da VM</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <location line="+60"/>
        <source>The VM is not backed up</source>
        <translation>A VM não tem cópia de segurança configurada</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>The VM is actively protected ({state}) in {vault}</source>
        <translation>A VM está ativamente protegida em {vault}, com o estado {state}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The VM&apos;s protection is {state} in {vault}</source>
        <translation>A proteção da VM em {vault} está no estado {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No scheduled backup runs, and a backup asked for now fails with UserErrorBcmDatasourceNotPresent. Resume protection in the vault if the VM should be backed up.</source>
        <translation>Não são executadas cópias de segurança agendadas, e uma cópia de segurança pedida agora falha com UserErrorBcmDatasourceNotPresent. Se a VM deve ter cópia de segurança, retome a proteção no cofre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Azure Backup reports the protection state {state} in {vault}</source>
        <translation>O Azure Backup indica o estado de proteção {state} em {vault}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The VM is not shown as Protected; open its backup item in the vault to see why (health: {health}).</source>
        <translation>A VM não aparece como Protected (protegida); abra o respetivo item de cópia de segurança no cofre para ver porquê. Estado de funcionamento: {health}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Running backup jobs could not be read</source>
        <translation>Não foi possível ler as tarefas de cópia de segurança em execução</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A backup of this VM has been running for {hours} h {minutes} min, since {time}</source>
        <translation>Há uma cópia de segurança desta VM em curso há {hours} h {minutes} min, desde {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It runs in {vault}, which no longer protects the VM, and blocks its backups: cancel it there.</source>
        <translation>Está a ser executada em {vault}, que já não protege a VM, e bloqueia as cópias de segurança: cancele-a nesse cofre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No other backup of the VM can start until it ends (in {vault}); wait for it, or cancel it if it is stuck.</source>
        <translation>Nenhuma outra cópia de segurança da VM pode começar até esta terminar (em {vault}); aguarde ou, se estiver presa, cancele-a.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backup of this VM is running</source>
        <translation>Não há nenhuma cópia de segurança desta VM em curso</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../gui/qt_strings.py" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+11"/>
        <source>Show Details...</source>
        <translation>Mostrar detalhes...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ocultar detalhes...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-33"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Repor predefinições</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar &amp;localização da ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/words.py" line="+12"/>
        <source>Backup Doctor report</source>
        <translation>Relatório do Backup Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Backup Doctor found about Azure VM Backup on these virtual machines: the summary first, then each VM with its findings, the documented causes and what was done, the changes made in the session and what could not be read.</source>
        <translation>O que o Backup Doctor encontrou sobre as cópias de segurança do Azure destas máquinas virtuais: primeiro o resumo, depois cada VM com os seus resultados, as causas documentadas e o que foi feito, as alterações feitas na sessão e o que não foi possível ler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was scanned</source>
        <translation>O que foi analisado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant or target</source>
        <translation>Inquilino ou destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Subscrições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned at</source>
        <translation>Analisado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup Doctor version</source>
        <translation>Versão do Backup Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in account</source>
        <translation>Conta com sessão iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (simulated tenant)</source>
        <translation>nenhuma (inquilino simulado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made from a saved scan</source>
        <translation>Feito a partir de uma análise guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan was cancelled before it finished: VMs not listed here were not scanned.</source>
        <translation>A análise foi cancelada antes de terminar: as VMs que não constam aqui não foram analisadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual machines by status</source>
        <translation>Máquinas virtuais por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings by status</source>
        <translation>Resultados por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs by documented error code</source>
        <translation>VMs por código de erro documentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented error codes found</source>
        <translation>Códigos de erro documentados encontrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No documented error code was found.</source>
        <translation>Não foi encontrado nenhum código de erro documentado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code</source>
        <translation>Código de erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented message</source>
        <translation>Mensagem documentada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual machines</source>
        <translation>Máquinas virtuais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error codes</source>
        <translation>Códigos de erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Subscrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts</source>
        <translation>Factos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM agent</source>
        <translation>Agente da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power state</source>
        <translation>Estado de energia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tags</source>
        <translation>sem etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource id</source>
        <translation>ID do recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No check ran on this VM.</source>
        <translation>Nenhuma verificação foi executada nesta VM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documented causes, in the article&apos;s order</source>
        <translation>Causas documentadas, pela ordem do artigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft&apos;s troubleshooting article</source>
        <translation>Artigo de resolução de problemas da Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Passo seguinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix wizard in Backup Doctor</source>
        <translation>Assistente de correção no Backup Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that passed or do not apply</source>
        <translation>Verificações aprovadas ou não aplicáveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checks that passed</source>
        <translation>verificações aprovadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checks that do not apply to this VM</source>
        <translation>verificações que não se aplicam a esta VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done on this VM in the session</source>
        <translation>O que foi feito nesta VM durante a sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed on this VM in the session.</source>
        <translation>Nada foi alterado nesta VM durante a sessão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some data of this VM could not be read, so it is not known to be healthy:</source>
        <translation>Não foi possível ler alguns dados desta VM, pelo que não se sabe se está em bom estado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made in this session</source>
        <translation>Alterações feitas nesta sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change Backup Doctor asked Azure to make, from its audit log, oldest first.</source>
        <translation>Todas as alterações que o Backup Doctor pediu ao Azure, do registo de auditoria, das mais antigas para as mais recentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change was made in this session.</source>
        <translation>Não foi feita nenhuma alteração nesta sessão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before → change sent</source>
        <translation>Antes → alteração enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could not be read</source>
        <translation>O que não foi possível ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes and facts Azure did not return; checks that needed them are marked &quot;could not be checked&quot;.</source>
        <translation>Âmbitos e factos que o Azure não devolveu; as verificações que precisavam deles estão marcadas como &quot;não foi possível verificar&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything the checks need was read.</source>
        <translation>Foi lido tudo aquilo de que as verificações precisam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Âmbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted, not waited for</source>
        <translation>aceite, sem esperar pela conclusão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by Backup Doctor {version}. Times are UTC. Text from Azure is shown as it was read.</source>
        <translation>Feito pelo Backup Doctor {version}. As horas estão em UTC. O texto do Azure é mostrado tal como foi lido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redacted: subscription ids, IP addresses, e-mail addresses and account names are replaced by placeholders.</source>
        <translation>Ocultado: os IDs de subscrição, endereços IP, endereços de e-mail e nomes de conta foram substituídos por marcadores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the summary</source>
        <translation>Ir para o resumo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual machine</source>
        <translation>Máquina virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation>Estado geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made</source>
        <translation>Alterações feitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was changed</source>
        <translation>nada foi alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned</source>
        <translation>Analisado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fail</source>
        <translation>Falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be checked</source>
        <translation>Não foi possível verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Não aplicável</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../gui/report_actions.py" line="+110"/>
        <source>Copy for ticket</source>
        <translation>Copiar para o pedido de suporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy a summary of this VM for a ticket (Ctrl+Shift+C)</source>
        <translation>Copiar um resumo desta VM para um pedido de suporte (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a report of the whole scan or of this part of it</source>
        <translation>Exportar um relatório de toda a análise ou só desta parte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the scan as a report for the ticket (one HTML file)</source>
        <translation>Exportar a análise como relatório para o pedido de suporte (um ficheiro HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save scan…</source>
        <translation>&amp;Guardar análise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open saved sca&amp;n…</source>
        <translation>Abrir a&amp;nálise guardada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy for ticket</source>
        <translation>&amp;Copiar para o pedido de suporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a summary of the selected VM for a ticket</source>
        <translation>Copiar um resumo da VM selecionada para um pedido de suporte</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+29"/>
        <source>Could not save</source>
        <translation>Não foi possível guardar</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+29"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Save scan</source>
        <translation>Guardar análise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved scan (*.json)</source>
        <translation>Análise guardada (*.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open saved scan</source>
        <translation>Abrir análise guardada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved scan (*.json);;All files (*)</source>
        <translation>Análise guardada (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open this file</source>
        <translation>Não é possível abrir este ficheiro</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved scan</source>
        <translation>Análise guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved scan from %1, nothing is read from Azure.</source>
        <translation>Análise guardada de %1; nada é lido do Azure.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select a VM to copy its summary for a ticket.</source>
        <translation>Selecione uma VM para copiar o resumo para um pedido de suporte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the VM copied for the ticket.</source>
        <translation>Resumo da VM copiado para o pedido de suporte.</translation>
    </message>
</context>
<context>
    <name>RestorePointChecks</name>
    <message>
        <location filename="../core/checks/restore_points.py" line="+104"/>
        <source>A lock will stop Azure Backup from deleting old restore points; backups still succeed: {locks}</source>
        <translation>Um bloqueio vai impedir o Azure Backup de eliminar pontos de restauro antigos; as cópias de segurança ainda são bem-sucedidas: {locks}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The VM&apos;s instant restore points could not be counted, so when they reach the limit of {limit} cannot be told. Remove the lock before they do: backups fail from then on.</source>
        <translation>Não foi possível contar os pontos de restauro instantâneos da VM, pelo que não se sabe quando atingem o limite de {limit}. Remova o bloqueio antes disso: a partir daí, as cópias de segurança falham.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} of {limit} instant restore points; at the current rate the limit is reached around {date}, and backups fail from then on. Remove the lock before that date and do not lock the AzureBackupRG groups again.</source>
        <translation>{count} de {limit} pontos de restauro instantâneos; ao ritmo atual, o limite é atingido por volta de {date} e, a partir daí, as cópias de segurança falham. Remova o bloqueio antes dessa data e não volte a bloquear os grupos AzureBackupRG.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} of {limit} instant restore points; the jobs read do not show how often the VM is backed up, so the date the limit is reached cannot be estimated. Backups fail from then on: remove the lock before.</source>
        <translation>{count} de {limit} pontos de restauro instantâneos; as tarefas lidas não mostram com que frequência é feita a cópia de segurança da VM, pelo que não é possível estimar a data em que o limite é atingido. A partir daí, as cópias de segurança falham: remova o bloqueio antes disso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+88"/>
        <source>The VM is not backed up</source>
        <translation>A VM não tem cópia de segurança configurada</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Locks on the restore point resource groups could not be read</source>
        <translation>Não foi possível ler os bloqueios dos grupos de recursos dos pontos de restauro</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A lock stops Azure Backup from deleting old restore points: {locks}</source>
        <translation>Um bloqueio impede o Azure Backup de eliminar pontos de restauro antigos: {locks}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expired restore points pile up until the VM reaches the limit of 18 and backups fail. Remove the lock, let Azure Backup clean up (an on-demand backup starts it), and do not lock the AzureBackupRG groups again.</source>
        <translation>Os pontos de restauro expirados acumulam-se até a VM atingir o limite de 18 e as cópias de segurança falham. Remova o bloqueio, deixe o Azure Backup fazer a limpeza (uma cópia de segurança a pedido inicia-a) e não volte a bloquear os grupos AzureBackupRG.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The VM&apos;s resource group is locked: {locks}</source>
        <translation>O grupo de recursos da VM tem um bloqueio: {locks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This VM&apos;s restore points are kept in another group, so the lock should not block their clean-up; if backups still fail with UserErrorRpCollectionLimitReached, remove it as Microsoft advises.</source>
        <translation>Os pontos de restauro desta VM são guardados noutro grupo, pelo que o bloqueio não deve impedir a sua limpeza; se as cópias de segurança continuarem a falhar com UserErrorRpCollectionLimitReached, remova-o, como a Microsoft recomenda.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lock on the VM&apos;s resource group or its restore point groups</source>
        <translation>Sem bloqueios no grupo de recursos da VM nem nos grupos dos pontos de restauro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The VM&apos;s instant restore points could not be counted</source>
        <translation>Não foi possível contar os pontos de restauro instantâneo da VM</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No lock and no failed backup point to the limit of {limit} instant restore points</source>
        <translation>Nenhum bloqueio e nenhuma cópia de segurança falhada apontam para o limite de {limit} pontos de restauro instantâneos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The VM has {count} instant restore points: the limit of {limit} is reached</source>
        <translation>A VM tem {count} pontos de restauro instantâneo: atingiu o limite de {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure Backup cannot add a restore point until older ones are deleted from {collections}. Remove any lock on their resource group, then clean them up; one scheduled backup a day keeps the count low.</source>
        <translation>O Azure Backup só pode adicionar um ponto de restauro depois de os mais antigos serem eliminados de {collections}. Remova qualquer bloqueio no respetivo grupo de recursos e faça a limpeza; uma cópia de segurança agendada por dia mantém o número baixo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The VM has {count} of at most {limit} instant restore points</source>
        <translation>A VM tem {count} de um máximo de {limit} pontos de restauro instantâneo</translation>
    </message>
</context>
<context>
    <name>SavedScan</name>
    <message>
        <location filename="../core/report/saved_scan.py" line="+115"/>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is too large to be a saved scan.</source>
        <translation>O ficheiro é demasiado grande para ser uma análise guardada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read: {reason}</source>
        <translation>Não foi possível ler o ficheiro: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not text (UTF-8): it is not a saved scan.</source>
        <translation>O ficheiro não é texto (UTF-8): não é uma análise guardada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not valid JSON: {problem} at line {line}, column {column}.</source>
        <translation>O ficheiro não é JSON válido: {problem} na linha {line}, coluna {column}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is not a Backup Doctor scan: a saved scan is a JSON object with &quot;scannedAt&quot; and &quot;vms&quot; (save one with File &gt; Save scan, or `backup-doctor scan --format json`).</source>
        <translation>Isto não é uma análise do Backup Doctor: uma análise guardada é um objeto JSON com &quot;scannedAt&quot; e &quot;vms&quot; (guarde uma com Ficheiro &gt; Guardar análise, ou `backup-doctor scan --format json`).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This scan was saved by a newer Backup Doctor (format {version}); update to open it.</source>
        <translation>Esta análise foi guardada por uma versão mais recente do Backup Doctor (formato {version}); atualize-o para a abrir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The saved scan is damaged: &quot;{where}&quot; should be {expected}.</source>
        <translation>A análise guardada está danificada: &quot;{where}&quot; devia ser {expected}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date and time</source>
        <translation>uma data e hora</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an audit log entry</source>
        <translation>uma entrada do registo de auditoria</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>pass, warn, fail, unknown or not-applicable</source>
        <translation>pass, warn, fail, unknown ou not-applicable</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../core/scan.py" line="+306"/>
        <source>Subscription {subscription} was not found, or this account has no access to it: nothing in it was checked.</source>
        <translation>A subscrição {subscription} não foi encontrada ou esta conta não tem acesso a ela: nada nela foi verificado.</translation>
    </message>
</context>
<context>
    <name>ScanProcess</name>
    <message>
        <location filename="../gui/scan_process.py" line="+272"/>
        <source>The scan process stopped unexpectedly (exit code %1). Start the scan again.</source>
        <translation>O processo de análise parou inesperadamente (código de saída %1). Inicie a análise novamente.</translation>
    </message>
</context>
<context>
    <name>ScanStatus</name>
    <message>
        <location filename="../gui/scan_status.py" line="+61"/>
        <source>Listing…</source>
        <translation>A listar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling: waiting for the requests already sent…</source>
        <translation>A cancelar: a aguardar os pedidos já enviados…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 VMs checked so far; still listing VMs…</source>
        <translation>%1 de %2 VMs verificadas até agora; ainda a listar VMs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 VMs checked</source>
        <translation>%1 de %2 VMs verificadas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>VM %1 scanned.</source>
        <translation>VM %1 analisada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scanning the VM %1…</source>
        <translation>A analisar a VM %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource group %1 scanned.</source>
        <translation>Grupo de recursos %1 analisado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scanning the resource group %1…</source>
        <translation>A analisar o grupo de recursos %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription %1 scanned.</source>
        <translation>Subscrição %1 analisada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scanning the subscription %1…</source>
        <translation>A analisar a subscrição %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanning %1…</source>
        <translation>A analisar %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scan stopped because of an unexpected error.</source>
        <translation>A análise parou devido a um erro inesperado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan cancelled. VMs checked so far: %1; the results are partial.</source>
        <translation>Análise cancelada. VMs verificadas até agora: %1; os resultados são parciais.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some data could not be read: look for the ◆ marks in the tree.</source>
        <translation>Não foi possível ler alguns dados: procure as marcas ◆ na árvore.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan finished. VMs checked: %1, failing: %2.</source>
        <translation>Análise concluída. VMs verificadas: %1; com falhas: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the scan</source>
        <translation>Cancelar a análise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan progress</source>
        <translation>Progresso da análise</translation>
    </message>
</context>
<context>
    <name>SecurityChecks</name>
    <message>
        <location filename="../core/checks/security_type.py" line="+35"/>
        <source>The VM is not backed up</source>
        <translation>A VM não tem cópia de segurança configurada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The VM&apos;s security type could not be compared with its disk</source>
        <translation>Não foi possível comparar o tipo de segurança da VM com o do disco</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The VM&apos;s security type ({type}) matches its OS disk</source>
        <translation>O tipo de segurança da VM ({type}) corresponde ao do disco do SO</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The VM was moved from Trusted Launch to Standard security</source>
        <translation>A VM passou de Trusted Launch para a segurança Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OS disk {disk} was created for a Trusted Launch VM, but the VM is now {type}. Backups of a VM that left Trusted Launch fail with UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed until its old backup data is deleted and it is protected again.</source>
        <translation>O disco do SO {disk} foi criado para uma VM Trusted Launch, mas a VM é agora {type}. As cópias de segurança de uma VM que deixou o Trusted Launch falham com UserErrorMigrationFromTrustedLaunchVMToNonTrustedVMNotAllowed até que os dados de cópia de segurança antigos sejam eliminados e a VM seja protegida de novo.</translation>
    </message>
</context>
<context>
    <name>ServedTenant</name>
    <message>
        <location filename="../core/served_tenant.py" line="+134"/>
        <source>The simulated tenant could not be started: {reason}</source>
        <translation>Não foi possível iniciar o inquilino simulado: {reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The simulated tenant could not be started: its process ended before it was ready (exit code {code}). Try opening it again.</source>
        <translation>Não foi possível iniciar o inquilino simulado: o respetivo processo terminou antes de estar pronto (código de saída {code}). Tente abri-lo novamente.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../core/session.py" line="+34"/>
        <source>Demo tenant</source>
        <translation>Inquilino de demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated tenant ({file})</source>
        <translation>Inquilino simulado ({file})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated Azure with sign-in ({file})</source>
        <translation>Azure simulado com início de sessão ({file})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gui/settings_dialog.py" line="+18"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan everything as soon as a tenant opens</source>
        <translation>Analisar tudo assim que um inquilino for aberto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset window layout</source>
        <translation>Repor a disposição da janela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved window size and pane sizes</source>
        <translation>Esquecer o tamanho guardado da janela e dos painéis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../core/azure/signin.py" line="+97"/>
        <source>This computer has no encrypted store for sign-in tokens (on Linux: the Secret Service, e.g. GNOME Keyring), so they are kept in memory only: you will be asked to sign in again next time.</source>
        <translation>Este computador não tem um armazenamento cifrado para os tokens de sessão (no Linux: o Secret Service, por exemplo o GNOME Keyring), por isso ficam apenas em memória: da próxima vez terá de iniciar sessão novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is not available, so the account is not remembered for the next start.</source>
        <translation>O porta-chaves do sistema não está disponível, por isso a conta não fica memorizada para o próximo arranque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-in was cancelled.</source>
        <translation>O início de sessão foi cancelado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in timed out: the browser did not come back. Try again, or sign in with a device code.</source>
        <translation>O início de sessão excedeu o tempo limite: o navegador não respondeu. Tente novamente ou inicie sessão com um código de dispositivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your organisation requires multi-factor authentication or another Conditional Access step. Sign in again and complete it in the browser.</source>
        <translation>A sua organização exige autenticação multifator ou outro passo de Acesso Condicional. Inicie sessão novamente e conclua-o no navegador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not reach the sign-in service. Check the network connection, the proxy and the CA bundle.</source>
        <translation>Não foi possível contactar o serviço de início de sessão. Verifique a ligação de rede, o proxy e os certificados de AC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+296"/>
        <source>Sign in to continue.</source>
        <translation>Inicie sessão para continuar.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Sign-in failed: {reason}</source>
        <translation>O início de sessão falhou: {reason}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../gui/sign_in_dialog.py" line="+119"/>
        <location line="+1"/>
        <source>Sign in to Azure</source>
        <translation>Iniciar sessão no Azure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with your work account. Backup Doctor reads what your roles allow and asks before it changes anything.</source>
        <translation>Inicie sessão com a sua conta profissional. O Backup Doctor lê o que as suas funções permitem e pergunta antes de alterar seja o que for.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the web browser (recommended)</source>
        <translation>No navegador (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a code, on this or another device</source>
        <translation>Com um código, neste ou noutro dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse the Azure CLI sign-in</source>
        <translation>Reutilizar a sessão da CLI do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the Windows account (Web Account Manager)</source>
        <translation>Com a conta do Windows (Web Account Manager)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the page below, enter this code and sign in there:</source>
        <translation>Abra a página abaixo, introduza este código e inicie sessão lá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open page</source>
        <translation>Abrir página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finish signing in in the browser window that opened…</source>
        <translation>Conclua o início de sessão na janela do navegador que se abriu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking for a code…</source>
        <translation>A pedir um código…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the Azure CLI sign-in…</source>
        <translation>A ler a sessão da CLI do Azure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for Windows…</source>
        <translation>A aguardar pelo Windows…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting for you to sign in on the page…</source>
        <translation>A aguardar que inicie sessão na página…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../gui/vm_tree_model.py" line="+557"/>
        <source>Failing</source>
        <translation>Com falhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully checked</source>
        <translation>Verificação incompleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>Em bom estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Não aplicável</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../gui/wizard_step_list.py" line="+85"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 of %2: %3. %4</source>
        <translation>Passo %1 de %2: %3. %4</translation>
    </message>
</context>
<context>
    <name>StepRenderer</name>
    <message>
        <location filename="../gui/wizard_step_base.py" line="+70"/>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cancelled: the check did not finish.</source>
        <translation>Cancelado: a verificação não terminou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step stopped because of an unexpected error: %1</source>
        <translation>O passo parou devido a um erro inesperado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do it by hand</source>
        <translation>Para o fazer manualmente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the Azure portal</source>
        <translation>No portal do Azure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learn more</source>
        <translation>Saiba mais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Commands for other distributions</source>
        <translation>Comandos para outras distribuições</translation>
    </message>
</context>
<context>
    <name>SubscriptionPicker</name>
    <message>
        <location filename="../gui/subscription_picker.py" line="+78"/>
        <source>Choose subscriptions</source>
        <translation>Escolher subscrições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory (tenant):</source>
        <translation>Diretório (inquilino):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the subscriptions to check. Backup Doctor remembers the choice for this account.</source>
        <translation>Marque as subscrições a verificar. O Backup Doctor memoriza a escolha para esta conta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name or id</source>
        <translation>Procurar por nome ou ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan these</source>
        <translation>Analisar estas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading your directories…</source>
        <translation>A ler os seus diretórios…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the subscriptions…</source>
        <translation>A ler as subscrições…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your account has no access to any subscription in this directory. Ask an administrator for the Reader role (and Backup Reader) on the subscriptions to check, or choose another directory.</source>
        <translation>A sua conta não tem acesso a nenhuma subscrição neste diretório. Peça a um administrador a função Reader (e Backup Reader) nas subscrições a verificar, ou escolha outro diretório.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the directories and subscriptions: %1</source>
        <translation>Não foi possível ler os diretórios e as subscrições: %1</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <location filename="../gui/tree_panel.py" line="+208"/>
        <source>Filter by name or error code</source>
        <translation>Nome ou código de erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the tree by name or error code</source>
        <translation>Filtrar a árvore por nome ou código de erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show VMs with this status</source>
        <translation>Mostrar VMs com este estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions, resource groups and virtual machines</source>
        <translation>Subscrições, grupos de recursos e máquinas virtuais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing</source>
        <translation>Com falhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Com avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully checked</source>
        <translation>Verificação incompleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>Em bom estado</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../core/checks/last_backup.py" line="+157"/>
        <source>Azure reported error {code}: &quot;{message}&quot;. Follow the recommendations Azure gave with it: {advice}</source>
        <translation>O Azure indicou o erro {code}: «{message}». Siga as recomendações que o Azure deu com o erro: {advice}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure reported error {code}: &quot;{message}&quot;, with no recommendation; open the job in the vault for its full details.</source>
        <translation>O Azure indicou o erro {code}: «{message}», sem recomendações; abra a tarefa no cofre para ver todos os detalhes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The latest backup, on {time}, failed with an error that the troubleshooting guide does not list</source>
        <translation>A última cópia de segurança, em {time}, falhou com um erro que o guia de resolução de problemas não inclui</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The latest backup, on {time}, failed with {code}: {message}</source>
        <translation>A última cópia de segurança, em {time}, falhou com {code}: «{message}»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup Doctor confirmed this documented cause from Azure: {cause}. Fix it, then run the backup again.</source>
        <translation>O Backup Doctor confirmou no Azure esta causa documentada: «{cause}». Corrija-a e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure shows signs of this documented cause, which must be confirmed: {cause}. Check it first, then run the backup again.</source>
        <translation>O Azure mostra sinais desta causa documentada, que tem de ser confirmada: «{cause}». Verifique-a primeiro e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure&apos;s error details with the job say what went wrong: {details}</source>
        <translation>Os detalhes do erro que o Azure associou à tarefa indicam o que correu mal: {details}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup Doctor could not rule out this documented cause from Azure: {cause}. Check it first, then run the backup again.</source>
        <translation>Com base no Azure, o Backup Doctor não conseguiu excluir esta causa documentada: «{cause}». Verifique-a primeiro e execute novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None of the documented causes of this error shows in Azure now, so it may have been fixed since: run the backup again, and if it fails, follow the recommendations Azure gave with the job.</source>
        <translation>Nenhuma das causas documentadas deste erro é visível agora no Azure, pelo que o problema pode já ter sido corrigido: execute novamente a cópia de segurança e, se falhar, siga as recomendações que o Azure deu com a tarefa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The VM&apos;s recent backup jobs could not be read</source>
        <translation>Não foi possível ler as tarefas de cópia de segurança recentes da VM</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>The VM is not backed up</source>
        <translation>A VM não tem cópia de segurança configurada</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Azure says the last backup, on {time}, failed, but its job was not found</source>
        <translation>O Azure indica que a última cópia de segurança, em {time}, falhou, mas a tarefa não foi encontrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job is older than the jobs Backup Doctor reads; open the vault&apos;s backup jobs to see its error.</source>
        <translation>A tarefa é mais antiga do que as que o Backup Doctor lê; abra as tarefas de cópia de segurança do cofre para ver o erro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backup of this VM failed in the jobs read</source>
        <translation>Nenhuma cópia de segurança desta VM falhou nas tarefas lidas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The latest backup succeeded, on {time}</source>
        <translation>A última cópia de segurança foi concluída com êxito em {time}</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../gui/triage_panel.py" line="+100"/>
        <source>Looking up error messages is not available in this build.</source>
        <translation>A procura de mensagens de erro não está disponível nesta versão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No documented error matches this text. Paste the whole message, or just the error code.</source>
        <translation>Nenhum erro documentado corresponde a este texto. Cole a mensagem completa ou apenas o código de erro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documented errors that match: %1.</source>
        <translation>Erros documentados correspondentes: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paste an error message or error code from the Azure portal, a backup job or a ticket to find what it means and its documented causes.</source>
        <translation>Cole uma mensagem de erro ou um código de erro do portal do Azure, de uma tarefa de cópia de segurança ou de um pedido de suporte para saber o que significa e quais são as causas documentadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: VM Agent unable to communicate with Azure Backup</source>
        <translation>Por exemplo: VM Agent unable to communicate with Azure Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error message to look up</source>
        <translation>Mensagem de erro a procurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the documented error (Ctrl+Enter)</source>
        <translation>Procurar o erro documentado (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>UnderWayCard</name>
    <message>
        <location filename="../gui/fix_wizards.py" line="+23"/>
        <source>Fix under way: %1</source>
        <translation>Correção em curso: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps finished: %1 of %2.</source>
        <translation>Passos concluídos: %1 de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue the fix wizard: %1</source>
        <translation>Continuar o assistente de correção: %1</translation>
    </message>
</context>
<context>
    <name>VerificationStep</name>
    <message>
        <location filename="../gui/wizard_step_kinds.py" line="+113"/>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>VmStateChecks</name>
    <message>
        <location filename="../core/checks/vm_state.py" line="+44"/>
        <source>The VM&apos;s Failed state comes from a failed extension</source>
        <translation>O estado Failed da VM vem de uma extensão com falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed extensions: {extensions}. See the provisioning state finding.</source>
        <translation>Extensões com falha: {extensions}. Veja o resultado sobre o estado de aprovisionamento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The VM is in the Failed state, which does not allow backups</source>
        <translation>A VM está no estado Failed, que não permite cópias de segurança</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisioning state {state}, power state {power}. Azure Backup backs up a VM that is Running, Stopped or Deallocated; the next backup fails until the VM leaves the Failed state.</source>
        <translation>Estado de aprovisionamento {state}, estado de energia {power}. O Azure Backup faz cópias de segurança de uma VM em execução, parada ou desalocada; a próxima cópia de segurança falha até a VM sair do estado Failed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The VM&apos;s power state could not be read</source>
        <translation>Não foi possível ler o estado de energia da VM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The VM is between states ({power})</source>
        <translation>A VM está entre estados ({power})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup that starts now fails with VmNotInDesirableState. Wait until the VM is Running, Stopped or Deallocated, then back up; if it stays in this state, look at the VM&apos;s activity log.</source>
        <translation>Uma cópia de segurança que comece agora falha com VmNotInDesirableState. Aguarde até a VM estar em execução, parada ou desalocada e faça então a cópia de segurança; se continuar neste estado, consulte o registo de atividades da VM.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The VM&apos;s state allows backups ({power})</source>
        <translation>O estado da VM permite cópias de segurança ({power})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The VM&apos;s power state is not one Backup Doctor knows</source>
        <translation>O estado de energia da VM não é um que o Backup Doctor conheça</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure reports the power state {power}.</source>
        <translation>O Azure indica o estado de energia {power}.</translation>
    </message>
</context>
<context>
    <name>VmTreeModel</name>
    <message>
        <location filename="../gui/vm_tree_model.py" line="-413"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not be read</source>
        <translation>Não foi possível ler</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Partly unreadable</source>
        <translation>Leitura parcial</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n com falhas</numerusform>
            <numerusform>%n com falhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n com avisos</numerusform>
            <numerusform>%n com avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not fully checked</source>
        <translation>
            <numerusform>%n com verificação incompleta</numerusform>
            <numerusform>%n com verificação incompleta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n being checked</source>
        <translation>
            <numerusform>%n em verificação</numerusform>
            <numerusform>%n em verificação</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing VMs…</source>
        <translation>A listar VMs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All healthy</source>
        <translation>Tudo em bom estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No VMs</source>
        <translation>Sem VMs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../gui/welcome_page.py" line="+73"/>
        <source>Sign in to check your virtual machines</source>
        <translation>Inicie sessão para verificar as suas máquinas virtuais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with your work account to scan the subscriptions you can reach. Or explore the demo tenant: simulated subscriptions with VMs that show the common backup problems, where nothing in Azure is read or changed.</source>
        <translation>Inicie sessão com a sua conta profissional para analisar as subscrições a que tem acesso. Ou explore o inquilino de demonstração: subscrições simuladas com VMs que mostram os problemas de cópia de segurança mais comuns, onde nada no Azure é lido ou alterado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to Azure…</source>
        <translation>Iniciar sessão no Azure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo tenant</source>
        <translation>Abrir o inquilino de demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a tenant file…</source>
        <translation>Abrir um ficheiro de inquilino…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../gui/window_actions.py" line="+158"/>
        <source>Scan the VM %1 again (Ctrl+F5)</source>
        <translation>Analisar novamente a VM %1 (Ctrl+F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the resource group %1 again (Ctrl+F5)</source>
        <translation>Analisar novamente o grupo de recursos %1 (Ctrl+F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the subscription %1 again (Ctrl+F5)</source>
        <translation>Analisar novamente a subscrição %1 (Ctrl+F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan every subscription again (Ctrl+F5)</source>
        <translation>Analisar novamente todas as subscrições (Ctrl+F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan the selected VM, resource group or subscription again (Ctrl+F5)</source>
        <translation>Analisar novamente o item selecionado: VM, grupo de recursos ou subscrição (Ctrl+F5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan all</source>
        <translation>Analisar tudo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan every subscription (F5)</source>
        <translation>Analisar todas as subscrições (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan selected</source>
        <translation>Analisar seleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel scan</source>
        <translation>Cancelar análise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running scan (Esc)</source>
        <translation>Parar a análise em curso (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Definições…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language, scanning and layout</source>
        <translation>Idioma, análise e disposição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About Backup Doctor</source>
        <translation>Acerca do Backup Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo tenant</source>
        <translation>Abrir o inquilino de demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a tenant file…</source>
        <translation>Abrir um ficheiro de inquilino…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the tree</source>
        <translation>Filtrar a árvore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look up an error</source>
        <translation>Procurar um erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find what a pasted error message means (Ctrl+L)</source>
        <translation>Descobrir o significado de uma mensagem de erro colada (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scan</source>
        <translation>&amp;Análise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
</context>
<context>
    <name>WizardPanel</name>
    <message>
        <location filename="../gui/wizard_panel.py" line="+256"/>
        <source>Close the wizard?</source>
        <translation>Fechar o assistente?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step of this wizard is running. Closing the panel does not stop it: it goes on and its result is shown when you open the wizard again. Close the panel?</source>
        <translation>Está em curso um passo deste assistente. Fechar o painel não o para: o passo continua e o resultado é mostrado quando voltar a abrir o assistente. Fechar o painel?</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>For %1, in %2</source>
        <translation>Para %1, em %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is healthy now: every check that applies to it passes.</source>
        <translation>%1 está agora em bom estado: todas as verificações aplicáveis são aprovadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No vault backs up %1 any more, and the VM no longer exists: nothing left to fix.</source>
        <translation>Nenhum cofre faz já cópias de segurança de %1, e a VM já não existe: não resta nada para corrigir.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelling: waiting for the request already sent…</source>
        <translation>A cancelar: a aguardar o pedido já enviado…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading from Azure what this step would change…</source>
        <translation>A ler no Azure o que este passo alteraria…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying the change…</source>
        <translation>A aplicar a alteração…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the VM again and running its checks…</source>
        <translation>A ler novamente a VM e a executar as verificações…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A step of another wizard is running.</source>
        <translation>Está em curso um passo de outro assistente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fix wizard</source>
        <translation>Assistente de correção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard; what was done is kept for when you open it again.</source>
        <translation>Fechar o assistente; o que foi feito fica guardado para quando o abrir novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard</source>
        <translation>Fechar o assistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current step</source>
        <translation>Passo atual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Seguinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this wizard again from its first step, on what Azure shows now.</source>
        <translation>Executar novamente este assistente desde o primeiro passo, com base no que o Azure mostra agora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the running step</source>
        <translation>Cancelar o passo em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the running step</source>
        <translation>Progresso do passo em curso</translation>
    </message>
</context>
<context>
    <name>WizardStep</name>
    <message>
        <location filename="../gui/wizard_widgets.py" line="-208"/>
        <source>To do</source>
        <translation>Por fazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do</source>
        <translation>Nada a fazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not for this VM</source>
        <translation>Não se aplica a esta VM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step to do by hand</source>
        <translation>Passo manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated step</source>
        <translation>Passo automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passes</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fails</source>
        <translation>Falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be checked</source>
        <translation>Não foi possível verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not apply</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bash</source>
        <translation>Bash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure CLI</source>
        <translation>CLI do Azure</translation>
    </message>
</context>
<context>
    <name>Wizards</name>
    <message>
        <location filename="../core/wizards/actions/base.py" line="+67"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{operation}: failed. {reason} ({done} of {total} changes were made before.)</source>
        <translation>{operation}: falhou. {reason} (Antes disso, foram feitas {done} de {total} alterações.)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{operation}: failed. {reason}</source>
        <translation>{operation}: falhou. {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{operation}: Azure accepted the request, and Backup Doctor stopped waiting for it as asked. Azure finishes it on its own; scan again to see the result.</source>
        <translation>{operation}: o Azure aceitou o pedido e o Backup Doctor deixou de aguardar, como pedido. O Azure conclui a operação por si; analise novamente para ver o resultado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled: {done} of {total} changes were made.</source>
        <translation>Cancelado: foram feitas {done} de {total} alterações.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The current state could not be read, so nothing can be changed: {reason}</source>
        <translation>Não foi possível ler o estado atual, pelo que não é possível alterar nada: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Não confirmado: nada foi alterado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the current state…</source>
        <translation>A ler o estado atual…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Things changed in Azure since the preview was shown, so nothing was changed. Look at the new preview and confirm again.</source>
        <translation>Houve alterações no Azure desde que a pré-visualização foi mostrada, pelo que nada foi alterado. Reveja a nova pré-visualização e confirme novamente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled before any change.</source>
        <translation>Cancelado antes de qualquer alteração.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Azure refused: your account lacks the permission {permission} on {scope}. The role {role} grants it: ask for it, or ask someone who has it to do this step.</source>
        <translation>O Azure recusou: a sua conta não tem a permissão {permission} em {scope}. A função {role} concede-a: peça-a, ou peça a quem a tenha que execute este passo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure refused because the lock {locks} applies to it. Remove the lock first (the restore point wizard can do it and put it back afterwards), then try again.</source>
        <translation>O Azure recusou porque se aplica o bloqueio {locks}. Remova primeiro o bloqueio (o assistente dos pontos de restauro pode fazê-lo e repô-lo depois) e tente novamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reason} Remove the lock first, then try again.</source>
        <translation>{reason} Remova primeiro o bloqueio e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} no longer exists in Azure. Scan again to see the VM as it is now.</source>
        <translation>{target} já não existe no Azure. Analise novamente para ver a VM como está agora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/guards.py" line="+59"/>
        <source>Azure&apos;s answer about the VM could not be read: {detail}</source>
        <translation>Não foi possível ler a resposta do Azure sobre a VM: {detail}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The VM {vm} no longer exists in Azure: there is nothing to fix.</source>
        <translation>A VM {vm} já não existe no Azure: não há nada a corrigir.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{what} could not be read: {reason}</source>
        <translation>Não foi possível obter {what}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/extension_removal.py" line="+92"/>
        <location filename="../core/wizards/extensions.py" line="+66"/>
        <source>Remove the failed backup extension</source>
        <translation>Remover a extensão de cópia de segurança com falha</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup extension {extension} on {vm} is not in a failed state ({state}): there is nothing to remove.</source>
        <translation>A extensão de cópia de segurança {extension} em {vm} não está num estado de falha ({state}): não há nada a remover.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{vm} has no backup extension: it is already gone. The next backup installs {extension} again.</source>
        <translation>{vm} não tem extensão de cópia de segurança: já foi removida. A próxima cópia de segurança volta a instalar {extension}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the extension {extension} from {vm}</source>
        <translation>Remover a extensão {extension} de {vm}</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/backup_now.py" line="+116"/>
        <location filename="../core/wizards/actions/extension_removal.py" line="-85"/>
        <source>Extension {extension}</source>
        <translation>Extensão {extension}</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/extension_removal.py" line="+2"/>
        <source>installed, provisioning state {state}</source>
        <translation>instalada, estado de aprovisionamento {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/wizards/actions/restore_points.py" line="+87"/>
        <source>removed</source>
        <translation>já não existe</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Remove the failed backup extension {extensions} from {vm}. Azure Backup installs it again at the next backup.</source>
        <translation>Remover de {vm} a extensão de cópia de segurança com falha {extensions}. O Azure Backup volta a instalá-la na próxima cópia de segurança.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The VM&apos;s provisioning state returns to Succeeded once no extension is failed. Then back up now: that installs the extension again.</source>
        <translation>O estado de aprovisionamento da VM volta a Succeeded (concluído com êxito) quando nenhuma extensão tiver falhas. Depois, faça uma cópia de segurança agora: isso volta a instalar a extensão.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The extension was already gone from {vm}.</source>
        <translation>A extensão já tinha sido removida de {vm}.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Removed {extensions} from {vm}. The VM&apos;s provisioning state is now {state}.</source>
        <translation>{extensions} foi removida de {vm}. O estado de aprovisionamento da VM é agora {state}.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/backup_now.py" line="-85"/>
        <location filename="../core/wizards/steps.py" line="+89"/>
        <source>Back up now</source>
        <translation>Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/guards.py" line="-44"/>
        <source>Which vault protects {vm}</source>
        <translation>o cofre que protege {vm}</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/base.py" line="-64"/>
        <source>The audit log {path} cannot be written ({reason}), so no change was sent. Backup Doctor records every change before making it: choose another audit log file, or free the disk.</source>
        <translation>Não é possível escrever no registo de auditoria {path} ({reason}), por isso nenhuma alteração foi enviada. O Backup Doctor regista cada alteração antes de a fazer: escolha outro ficheiro de registo de auditoria ou liberte espaço no disco.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/backup_now.py" line="+7"/>
        <source>{vm} is not backed up by any Recovery Services vault: configure backup for it first.</source>
        <translation>{vm} não tem cópia de segurança em nenhum cofre dos Serviços de Recuperação: configure primeiro a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The protection of {vm} is {state} in {vault}: resume it before backing up.</source>
        <translation>A proteção de {vm} em {vault} está no estado {state}: retome-a antes de fazer a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The VM&apos;s backup jobs could not be read, so a running backup cannot be ruled out; Azure refuses a second one.</source>
        <translation>Não foi possível ler as tarefas de cópia de segurança da VM, pelo que não é possível excluir uma cópia de segurança em curso; o Azure recusa uma segunda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup of {vm} is already running, since {time} (job {job}), and Azure starts no other until it ends. Wait for it to end, or cancel it if it is stuck, then preview this step again.</source>
        <translation>Já está em curso uma cópia de segurança de {vm}, desde {time} (tarefa {job}), e o Azure não inicia outra enquanto esta não terminar. Aguarde que termine, ou cancele-a se estiver bloqueada, e depois pré-visualize este passo novamente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The latest backup of {vm}, started {time}, succeeded: there is no need for another one now.</source>
        <translation>A última cópia de segurança de {vm}, iniciada em {time}, foi concluída com êxito: não é preciso outra agora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup of {vm}</source>
        <translation>Cópia de segurança de {vm}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latest: {status}, {time}</source>
        <translation>última: {status}, {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none in the jobs read</source>
        <translation>nenhuma nas tarefas lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new on-demand backup job</source>
        <translation>uma nova tarefa de cópia de segurança a pedido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not installed, or failed</source>
        <translation>não instalada, ou com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed by the backup</source>
        <translation>instalada pela cópia de segurança</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start an on-demand backup of {vm} in {vault}</source>
        <translation>Iniciar uma cópia de segurança a pedido de {vm} em {vault}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A backup can take from minutes to hours. Backup Doctor follows the job for up to {minutes} minutes, then reports it as still running; the next scan shows how it ended.</source>
        <translation>Uma cópia de segurança pode demorar de minutos a horas. O Backup Doctor acompanha a tarefa durante até {minutes} minutos e, depois, indica-a como ainda em curso; a próxima análise mostra como terminou.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start a backup of {vm} now, in {vault}.</source>
        <translation>Iniciar agora uma cópia de segurança de {vm}, em {vault}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Azure Backup accepted the backup of {vm}; scan again to see how it ends.</source>
        <translation>O Azure Backup aceitou a cópia de segurança de {vm}; analise novamente para ver como termina.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the backup job {job}…</source>
        <translation>A aguardar a tarefa de cópia de segurança {job}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The job {job} of {vm} goes on in Azure; Backup Doctor stopped waiting for it as asked. Scan again later to see how it ended.</source>
        <translation>A tarefa {job} de {vm} continua no Azure; o Backup Doctor deixou de a aguardar, como pedido. Analise novamente mais tarde para ver como terminou.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The job {job} of {vm} was started, but it could not be followed: {reason}</source>
        <translation>A tarefa {job} de {vm} foi iniciada, mas não foi possível acompanhá-la: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The job {job} of {vm} is still {status}; the next scan shows how it ends.</source>
        <translation>A tarefa {job} de {vm} continua no estado {status}; a próxima análise mostra como termina.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup of {vm} failed (job {job}): {error}</source>
        <translation>A cópia de segurança de {vm} falhou (tarefa {job}): {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup of {vm} ended with the status {status} (job {job}).</source>
        <translation>A cópia de segurança de {vm} terminou com o estado {status} (tarefa {job}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup job {job} of {vm} is now {status}.</source>
        <translation>A tarefa de cópia de segurança {job} de {vm} está agora no estado {status}.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/restore_points.py" line="-56"/>
        <source>{level}, notes: “{notes}”</source>
        <translation>{level}, notas: «{notes}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{level}, no notes</source>
        <translation>{level}, sem notas</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/wizards/restore_points.py" line="+67"/>
        <source>Remove the lock on the restore point resource group</source>
        <translation>Remover o bloqueio do grupo de recursos dos pontos de restauro</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/guards.py" line="+2"/>
        <source>The locks that apply to {vm}</source>
        <translation>os bloqueios que se aplicam a {vm}</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/restore_points.py" line="+10"/>
        <source>No lock stops Azure Backup from cleaning up the restore points of {vm}: there is nothing to remove.</source>
        <translation>Nenhum bloqueio impede o Azure Backup de limpar os pontos de restauro de {vm}: não há nada a remover.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the lock {lock} from {scope}</source>
        <translation>Remover o bloqueio {lock} de {scope}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+228"/>
        <source>Lock {lock} on {scope}</source>
        <translation>Bloqueio {lock} em {scope}</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>The lock was already removed from {vm}&apos;s restore points.</source>
        <translation>O bloqueio já tinha sido removido dos pontos de restauro de {vm}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove {locks} so that Azure Backup can delete the expired restore points of {vm}.</source>
        <translation>Remover {locks} para que o Azure Backup possa eliminar os pontos de restauro expirados de {vm}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit log keeps each lock&apos;s name, level, notes and owners, so the wizard can put it back exactly as it was once the restore points are cleaned up.</source>
        <translation>O registo de auditoria guarda o nome, o nível, as notas e os proprietários de cada bloqueio, para que o assistente o possa repor exatamente como estava depois de limpar os pontos de restauro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed the lock {locks}. Azure Backup can now delete expired restore points; the audit log records the lock so that it can be put back.</source>
        <translation>O bloqueio {locks} foi removido. O Azure Backup já pode eliminar os pontos de restauro expirados; o registo de auditoria guarda o bloqueio para que possa ser reposto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the restore point collections</source>
        <translation>Eliminar as coleções de pontos de restauro</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/guards.py" line="+3"/>
        <source>The restore point collections of {vm}</source>
        <translation>as coleções de pontos de restauro de {vm}</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/restore_points.py" line="+10"/>
        <source>{vm} has no restore point collection left: they are already gone.</source>
        <translation>{vm} já não tem nenhuma coleção de pontos de restauro: já foram eliminadas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{vm} has {count} of at most {limit} instant restore points: no clean-up is needed.</source>
        <translation>{vm} tem {count} de um máximo de {limit} pontos de restauro instantâneo: não é preciso limpar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the restore point collection {collection} in {group}</source>
        <translation>Eliminar a coleção de pontos de restauro {collection} em {group}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore point collection {collection}</source>
        <translation>Coleção de pontos de restauro {collection}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} restore points</source>
        <translation>pontos de restauro: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the instant restore points (disk snapshots) in these collections are deleted; the recovery points in the Recovery Services vault are kept. Azure Backup makes a new collection at the next backup.</source>
        <translation>Só são eliminados os pontos de restauro instantâneo (instantâneos dos discos) destas coleções; os pontos de recuperação no cofre dos Serviços de Recuperação são mantidos. O Azure Backup cria uma nova coleção na próxima cópia de segurança.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A collection with many restore points can take long to delete and time out; trying again usually succeeds.</source>
        <translation>Uma coleção com muitos pontos de restauro pode demorar a eliminar e exceder o tempo limite; tentar novamente costuma resultar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The lock {locks} still applies: Azure will refuse to delete until it is removed.</source>
        <translation>O bloqueio {locks} continua a aplicar-se: o Azure vai recusar a eliminação até que seja removido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete {collections} ({count} instant restore points) so that {vm} can be backed up.</source>
        <translation>Eliminar {collections} (pontos de restauro instantâneo: {count}) para que seja possível fazer a cópia de segurança de {vm}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted {collections}. {vm} has room for new restore points again.</source>
        <translation>{collections} eliminada. {vm} volta a ter espaço para novos pontos de restauro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put the lock back as it was</source>
        <translation>Repor o bloqueio como estava</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The audit log has no lock that Backup Doctor removed for {vm}: there is nothing to put back.</source>
        <translation>O registo de auditoria não tem nenhum bloqueio removido pelo Backup Doctor para {vm}: não há nada a repor.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no lock</source>
        <translation>sem bloqueio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put the lock {lock} back on {scope}</source>
        <translation>Repor o bloqueio {lock} em {scope}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The lock {locks} is already back, as it was: there is nothing to do.</source>
        <translation>O bloqueio {locks} já foi reposto, como estava: não há nada a fazer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put back {locks} exactly as it was: same name, level, notes and owners.</source>
        <translation>Repor {locks} exatamente como estava: o mesmo nome, nível, notas e proprietários.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While the lock is there, Azure Backup cannot delete expired restore points, and the limit of {limit} will be reached again. Microsoft advises against locking the resource groups Azure Backup uses (AzureBackupRG_&lt;region&gt;_&lt;number&gt;); agree on it with whoever set the lock.</source>
        <translation>Enquanto o bloqueio existir, o Azure Backup não pode eliminar pontos de restauro expirados e o limite de {limit} será atingido novamente. A Microsoft desaconselha bloquear os grupos de recursos que o Azure Backup utiliza (AzureBackupRG_&lt;region&gt;_&lt;number&gt;); combine-o com quem definiu o bloqueio.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The lock {locks} is back, as it was.</source>
        <translation>O bloqueio {locks} foi reposto, como estava.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/key_vault.py" line="+27"/>
        <source>keys: {keys}; secrets: {secrets}</source>
        <translation>chaves: {keys}; segredos: {secrets}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give Azure Backup access to the key vault</source>
        <translation>Dar ao Azure Backup acesso ao cofre de chaves</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{vm} is not encrypted with Azure Disk Encryption: Azure Backup needs no key vault access for it.</source>
        <translation>{vm} não está encriptada com o Azure Disk Encryption: o Azure Backup não precisa de acesso a um cofre de chaves para esta VM.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No disk of {vm} names the key vault that holds its keys, so none can be changed.</source>
        <translation>Nenhum disco de {vm} indica o cofre de chaves que guarda as chaves, pelo que não é possível alterar nenhum.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Backup Management Service could not be found in Microsoft Entra ID (its object id is needed for the access policy): grant the access by hand, as the next step shows.</source>
        <translation>Não foi possível encontrar o Backup Management Service no Microsoft Entra ID (o ID de objeto é necessário para a política de acesso): conceda o acesso manualmente, como mostra o passo seguinte.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Let the Backup Management Service read and back up the keys and secrets in {vault}</source>
        <translation>Permitir que o Backup Management Service leia e faça cópias de segurança das chaves e dos segredos em {vault}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access policy of the Backup Management Service ({objectId}) in {vault}</source>
        <translation>Política de acesso do Backup Management Service ({objectId}) em {vault}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no access policy</source>
        <translation>sem política de acesso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key vault {vaults} uses Azure RBAC, where access policies do not apply: assign the role by hand, as the next step shows.</source>
        <translation>O cofre de chaves {vaults} utiliza o RBAC do Azure, onde as políticas de acesso não se aplicam: atribua a função manualmente, como mostra o passo seguinte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Backup Management Service already has keys: {keys} and secrets: {secrets} in {vaults}: there is nothing to grant.</source>
        <translation>O Backup Management Service já tem as permissões de chave {keys} e as permissões de segredo {secrets} em {vaults}: não há nada a conceder.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the Backup Management Service keys: {keys} and secrets: {secrets} in {vaults}.</source>
        <translation>Dar ao Backup Management Service as permissões de chave {keys} e as permissões de segredo {secrets} em {vaults}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Permissions are only added (the access policy operation &apos;add&apos;); nothing the service or anyone else already has is taken away.</source>
        <translation>As permissões só são adicionadas (a operação «add» da política de acesso); nada do que o serviço ou outra pessoa já tenha é retirado.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Azure Backup may now read and back up the keys and secrets of {vm} in {vaults}.</source>
        <translation>O Azure Backup já pode ler e fazer cópias de segurança das chaves e dos segredos de {vm} em {vaults}.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/job_cancel.py" line="+31"/>
        <location filename="../core/wizards/protection.py" line="+94"/>
        <source>Cancel the running backup</source>
        <translation>Cancelar a cópia de segurança em curso</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/guards.py" line="-4"/>
        <source>The backup jobs of {vm}</source>
        <translation>as tarefas de cópia de segurança de {vm}</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/job_cancel.py" line="+12"/>
        <source>The backup job {job} of {vm} is already being cancelled.</source>
        <translation>A tarefa de cópia de segurança {job} de {vm} já está a ser cancelada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup of {vm} is running: the latest job, {job}, already ended ({status}). There is nothing to cancel.</source>
        <translation>Não há nenhuma cópia de segurança de {vm} em curso: a última tarefa, {job}, já terminou ({status}). Não há nada a cancelar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No backup of {vm} is running: there is nothing to cancel.</source>
        <translation>Não há nenhuma cópia de segurança de {vm} em curso: não há nada a cancelar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel the backup job {job} in {vault}</source>
        <translation>Cancelar a tarefa de cópia de segurança {job} em {vault}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup job {job}, started {time} ({age} ago)</source>
        <translation>Tarefa de cópia de segurança {job}, iniciada em {time} (há {age})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel the backup of {vm} that has been running for {age}.</source>
        <translation>Cancelar a cópia de segurança de {vm} que está em curso há {age}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cancelled backup makes no recovery point. Cancel only a backup that is stuck: a first backup of large disks can take many hours.</source>
        <translation>Uma cópia de segurança cancelada não cria nenhum ponto de recuperação. Cancele apenas uma cópia de segurança presa: a primeira cópia de segurança de discos grandes pode demorar muitas horas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The backup job {job} had already ended: there was nothing to cancel.</source>
        <translation>A tarefa de cópia de segurança {job} já tinha terminado: não havia nada a cancelar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled {count} backup jobs of {vm}.</source>
        <translation>Tarefas de cópia de segurança de {vm} canceladas: {count}.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/protection.py" line="+93"/>
        <location filename="../core/wizards/protection.py" line="+64"/>
        <source>Resume the protection</source>
        <translation>Retomar a proteção</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{vm} is not backed up by any Recovery Services vault, so there is no protection to resume: configure backup for it.</source>
        <translation>{vm} não tem cópia de segurança em nenhum cofre dos Serviços de Recuperação, pelo que não há proteção a retomar: configure a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The protection of {vm} is already active ({state}) in {vault}: there is nothing to resume.</source>
        <translation>A proteção de {vm} em {vault} já está ativa, com o estado {state}: não há nada a retomar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The protection state of {vm} is {state}, which cannot be resumed from here: open its backup item in the vault {vault}.</source>
        <translation>O estado de proteção de {vm} é {state}, que não pode ser retomado a partir daqui: abra o respetivo item de cópia de segurança no cofre {vault}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup item of {vm} in {vault} has no backup policy: resume it in the portal and choose one.</source>
        <translation>O item de cópia de segurança de {vm} em {vault} não tem política de cópia de segurança: retome-o no portal e escolha uma.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume the protection of {vm} in {vault} with the policy {policy}</source>
        <translation>Retomar a proteção de {vm} em {vault} com a política {policy}</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Protection of {vm} in {vault}</source>
        <translation>Proteção de {vm} em {vault}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Protected, policy {policy}</source>
        <translation>Protected (protegida), política {policy}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resume the backups of {vm} in {vault}, with its policy {policy}.</source>
        <translation>Retomar as cópias de segurança de {vm} em {vault}, com a política {policy}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled backups start again at the policy&apos;s next time; the recovery points kept while protection was stopped stay as they are.</source>
        <translation>As cópias de segurança agendadas recomeçam na próxima hora definida na política; os pontos de recuperação guardados enquanto a proteção esteve parada mantêm-se.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The protection of {vm} is now {state}, with the policy {policy}.</source>
        <translation>A proteção de {vm} está agora no estado {state}, com a política {policy}.</translation>
    </message>
    <message>
        <location filename="../core/wizards/agent.py" line="+46"/>
        <source>Azure Backup reaches a Windows VM through the Windows Azure Guest Agent; when that service is stopped or damaged, restarting or reinstalling it brings the VM back in touch with Azure.</source>
        <translation>O Azure Backup comunica com uma VM Windows através do Windows Azure Guest Agent; quando esse serviço está parado ou danificado, reiniciá-lo ou reinstalá-lo volta a pôr a VM em contacto com o Azure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+115"/>
        <source>Why the agent matters</source>
        <translation>Porque é que o agente é importante</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Azure reports the guest agent of {vm} as {agentStatus} (version {agentVersion}). Azure Backup asks the agent to run its snapshot extension; while the agent does not answer, every backup fails. A reinstall also brings the agent up to date (Azure supports versions from {minimumVersion}).</source>
        <translation>O Azure indica o estado {agentStatus} para o agente convidado de {vm} (versão {agentVersion}). O Azure Backup pede ao agente que execute a extensão de instantâneos; enquanto o agente não responder, todas as cópias de segurança falham. Uma reinstalação também atualiza o agente (o Azure suporta versões a partir da {minimumVersion}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restart the Windows Azure Guest Agent service</source>
        <translation>Reiniciar o serviço Windows Azure Guest Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to {vm} as an administrator. In Services (services.msc), find Windows Azure Guest Agent: if it is stopped, start it; if it runs, restart it. Or run these commands in an elevated PowerShell. Then check in the portal that the agent status becomes Ready.</source>
        <translation>Inicie sessão em {vm} como administrador. Em Serviços (services.msc), procure Windows Azure Guest Agent: se estiver parado, inicie-o; se estiver em execução, reinicie-o. Em alternativa, execute estes comandos numa janela do PowerShell como administrador. Depois, confirme no portal que o estado do agente passa a Ready (pronto).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Is it running?</source>
        <translation>Está em execução?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart it</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual machine {vm} &gt; Overview &gt; Properties &gt; Agent status</source>
        <translation>Máquina virtual {vm} &gt; Descrição geral &gt; Propriedades &gt; Estado do agente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reinstall the agent if the service is missing or stays unresponsive</source>
        <translation>Reinstalar o agente se o serviço não existir ou continuar sem responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If Windows Azure Guest Agent is not among the services, check in Programs and Features whether the Windows Azure VM Agent is installed; if it is, uninstall it. Then download the latest agent installer from {agentMsiUrl} and install it as an administrator. Afterwards the service must appear in services.msc and be running.</source>
        <translation>Se o Windows Azure Guest Agent não constar dos serviços, verifique em Programas e Funcionalidades se o Windows Azure VM Agent está instalado; se estiver, desinstale-o. Depois, transfira o instalador mais recente do agente a partir de {agentMsiUrl} e instale-o como administrador. No fim, o serviço tem de aparecer em services.msc e estar em execução.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Is the agent installed, and which version?</source>
        <translation>O agente está instalado? Em que versão?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the latest installer</source>
        <translation>Transferir o instalador mais recente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it (elevated PowerShell)</source>
        <translation>Instalar (PowerShell como administrador)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest Windows Azure VM Agent installer</source>
        <translation>Instalador mais recente do Windows Azure VM Agent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make sure .NET Framework 4.5 or later is installed</source>
        <translation>Confirmar que o .NET Framework 4.5 ou posterior está instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent needs .NET Framework 4.5 or later to talk to Azure. The command answers True when it is installed; if it answers False or fails, install a current .NET Framework on {vm}.</source>
        <translation>O agente precisa do .NET Framework 4.5 ou posterior para comunicar com o Azure. O comando responde True quando está instalado; se responder False ou falhar, instale um .NET Framework atual em {vm}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>True when .NET Framework 4.5 or later is installed</source>
        <translation>True se o .NET Framework 4.5 ou posterior estiver instalado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which .NET Framework versions are installed</source>
        <translation>Versões do .NET Framework instaladas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+123"/>
        <source>Check the agent from Azure</source>
        <translation>Verificar o agente a partir do Azure</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Read {vm} again: the agent must be Ready, report recently and have a supported version. The agent reports every few minutes, so allow it a moment after the restart.</source>
        <translation>Ler novamente {vm}: o agente tem de estar Ready (pronto), ter comunicado recentemente e ter uma versão suportada. O agente comunica de poucos em poucos minutos; aguarde um pouco depois de o reiniciar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Is the agent running?</source>
        <translation>O agente está em execução?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it (Ubuntu, Debian)</source>
        <translation>Iniciar (Ubuntu, Debian)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start it (other distributions)</source>
        <translation>Iniciar (outras distribuições)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Most agent and extension failures on Linux VMs come from an old or stopped Azure Linux Agent (waagent): update it from the distribution&apos;s repository, make sure it runs and restarts on its own, then back up again.</source>
        <translation>A maior parte das falhas do agente e das extensões em VMs Linux vem de um Azure Linux Agent (waagent) antigo ou parado: atualize-o a partir do repositório da distribuição, confirme que está em execução e que se reinicia sozinho e faça novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure reports the Linux agent of {vm} as {agentStatus}, version {agentVersion}; Azure supports versions from {minimumVersion}. Azure Backup runs its snapshot extension through this agent.</source>
        <translation>O Azure indica o estado {agentStatus} para o agente Linux de {vm}, versão {agentVersion}; o Azure suporta versões a partir da {minimumVersion}. O Azure Backup executa a extensão de instantâneos através deste agente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update the agent from the distribution&apos;s repository</source>
        <translation>Atualizar o agente a partir do repositório da distribuição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the command for the distribution of {vm} ({osName}). Update the agent only through the distribution&apos;s packages, not with code downloaded from GitHub; if the distribution has no recent agent, ask its vendor. The agent&apos;s releases page shows the latest version.</source>
        <translation>Execute o comando para a distribuição de {vm} ({osName}). Atualize o agente apenas através dos pacotes da distribuição, não com código transferido do GitHub; se a distribuição não tiver um agente recente, contacte o fornecedor. A página de versões do agente mostra a versão mais recente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed version</source>
        <translation>Versão instalada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ubuntu</source>
        <translation>Ubuntu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debian</source>
        <translation>Debian</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Red Hat, CentOS, Oracle Linux, AlmaLinux, Rocky Linux</source>
        <translation>Red Hat, CentOS, Oracle Linux, AlmaLinux, Rocky Linux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SUSE</source>
        <translation>SUSE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Linux Agent releases</source>
        <translation>Versões do Azure Linux Agent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make sure the agent is running</source>
        <translation>Confirmar que o agente está em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the waagent process. If it is not there, start the service: it is called walinuxagent on Ubuntu and Debian and waagent on other distributions.</source>
        <translation>Procure o processo waagent. Se não existir, inicie o serviço: chama-se walinuxagent no Ubuntu e no Debian e waagent nas outras distribuições.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Let systemd restart the agent when it stops</source>
        <translation>Deixar o systemd reiniciar o agente quando parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drop-in file makes systemd restart the agent whenever it exits, so that a crash does not stop backups until someone notices.</source>
        <translation>Um ficheiro drop-in faz com que o systemd reinicie o agente sempre que este termina, para que uma falha não impeça as cópias de segurança até alguém reparar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+102"/>
        <source>Ubuntu, Debian</source>
        <translation>Ubuntu, Debian</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+99"/>
        <source>Other distributions</source>
        <translation>Outras distribuições</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Read {vm} again: the agent must be Ready, report recently and have a supported version.</source>
        <translation>Ler novamente {vm}: o agente tem de estar Ready (pronto), ter comunicado recentemente e ter uma versão suportada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the backup still fails: turn on verbose logging and collect the logs</source>
        <translation>Se a cópia de segurança continuar a falhar: ativar o registo detalhado e recolher os registos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Logs.Verbose=y in /etc/waagent.conf and restart the agent, back up again, then collect /var/lib/waagent/*.xml, /var/log/waagent.log and /var/log/azure/ for support.</source>
        <translation>Defina Logs.Verbose=y em /etc/waagent.conf e reinicie o agente, faça novamente a cópia de segurança e, depois, recolha /var/lib/waagent/*.xml, /var/log/waagent.log e /var/log/azure/ para o suporte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turn on verbose logging (then restart the agent)</source>
        <translation>Ativar o registo detalhado (e reiniciar o agente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collect the logs into /tmp/waagent-logs.tar.gz</source>
        <translation>Recolher os registos em /tmp/waagent-logs.tar.gz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Linux agent reads its options from /etc/waagent.conf; backups need Extensions.Enable=y (extensions may run) and Provisioning.Agent=auto.</source>
        <translation>O agente Linux lê as opções em /etc/waagent.conf; as cópias de segurança precisam de Extensions.Enable=y (as extensões podem ser executadas) e de Provisioning.Agent=auto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why these options matter</source>
        <translation>Porque é que estas opções são importantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With Extensions.Enable=n the agent never runs the backup extension, so every snapshot of {vm} times out. Azure cannot read this file: check it inside the VM.</source>
        <translation>Com Extensions.Enable=n, o agente nunca executa a extensão de cópia de segurança, pelo que todos os instantâneos de {vm} excedem o tempo limite. O Azure não consegue ler este ficheiro: verifique-o dentro da VM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All the agent&apos;s configuration options</source>
        <translation>Todas as opções de configuração do agente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the two options</source>
        <translation>Verificar as duas opções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command prints both lines. They must read Extensions.Enable=y and Provisioning.Agent=auto; a missing line counts as wrong.</source>
        <translation>O comando mostra as duas linhas. Têm de indicar Extensions.Enable=y e Provisioning.Agent=auto; uma linha em falta conta como errada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set them and restart the agent</source>
        <translation>Defini-las e reiniciar o agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first command corrects both lines, the next two add them when they are missing; then restart the agent (walinuxagent on Ubuntu and Debian, waagent elsewhere).</source>
        <translation>O primeiro comando corrige as duas linhas e os dois seguintes acrescentam-nas quando faltam; depois, reinicie o agente (walinuxagent no Ubuntu e no Debian, waagent nas outras distribuições).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The guest agent answers only while the VM runs: start the VM from Azure, wait for the agent to be Ready, then back up.</source>
        <translation>O agente convidado só responde enquanto a VM está em execução: inicie a VM a partir do Azure, aguarde que o agente fique Ready (pronto) e faça a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the VM must run</source>
        <translation>Porque é que a VM tem de estar em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vm} is {powerState}. Azure Backup takes the snapshot through the guest agent, which only runs inside a running VM. Start it from Azure, not from inside the guest, so that Azure knows its real state.</source>
        <translation>{vm} está no estado {powerState}. O Azure Backup cria o instantâneo através do agente convidado, que só funciona numa VM em execução. Inicie-a a partir do Azure, e não dentro do sistema convidado, para que o Azure conheça o estado real.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start the VM from Azure</source>
        <translation>Iniciar a VM a partir do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start {vm} in the portal, or with one of these commands. If the VM must stay off, expect its backups to fail until it runs again.</source>
        <translation>Inicie {vm} no portal ou com um destes comandos. Se a VM tiver de ficar desligada, as cópias de segurança vão falhar até voltar a estar em execução.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Virtual machine {vm} &gt; Overview &gt; Start</source>
        <translation>Máquina virtual {vm} &gt; Descrição geral &gt; Iniciar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the VM runs and its agent is Ready</source>
        <translation>Verificar que a VM está em execução e o agente está Ready (pronto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again: it must be running with a Ready agent.</source>
        <translation>Ler novamente {vm}: tem de estar em execução, com o agente Ready (pronto).</translation>
    </message>
    <message>
        <location filename="../core/wizards/encryption.py" line="+73"/>
        <source>To back up a VM encrypted with Azure Disk Encryption, Azure Backup (as the Backup Management Service) must be able to read and back up its keys and secrets in the key vault.</source>
        <translation>Para fazer a cópia de segurança de uma VM encriptada com o Azure Disk Encryption, o Azure Backup (como Backup Management Service) tem de poder ler e fazer cópias de segurança das chaves e dos segredos no cofre de chaves.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What Azure Backup needs</source>
        <translation>De que precisa o Azure Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disks of {vm} are encrypted with keys kept in {keyVaults}. Azure Backup copies those keys and secrets with each backup, acting as the Backup Management Service (application id {appId}, object id {objectId} in this tenant). It needs keys: {keyPermissions} and secrets: {secretPermissions}.</source>
        <translation>Os discos de {vm} estão encriptados com chaves guardadas em {keyVaults}. O Azure Backup copia essas chaves e segredos em cada cópia de segurança, como Backup Management Service (ID de aplicação {appId}, ID de objeto {objectId} neste inquilino). Precisa das permissões de chave {keyPermissions} e das permissões de segredo {secretPermissions}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up and restore encrypted Azure VMs</source>
        <translation>Fazer cópias de segurança e restaurar VMs do Azure encriptadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The permissions for encrypted VMs (Azure CLI)</source>
        <translation>As permissões para VMs encriptadas (CLI do Azure)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an access policy for the Backup Management Service</source>
        <translation>Adicionar uma política de acesso para o Backup Management Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a key vault that uses access policies, Backup Doctor adds the missing permissions to the Backup Management Service&apos;s policy (or adds the policy). Nothing else in the vault changes. By hand: in the portal (template Azure Backup), or with one of the commands.</source>
        <translation>Num cofre de chaves que utiliza políticas de acesso, o Backup Doctor adiciona as permissões em falta à política do Backup Management Service (ou adiciona a política). Nada mais muda no cofre. Manualmente: no portal (modelo Azure Backup) ou com um dos comandos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key vaults &gt; {keyVault} &gt; Access policies &gt; Create &gt; Template: Azure Backup</source>
        <translation>Cofres de chaves &gt; {keyVault} &gt; Políticas de acesso &gt; Criar &gt; Modelo: Azure Backup</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assign a role in a key vault that uses Azure RBAC</source>
        <translation>Atribuir uma função num cofre de chaves que utiliza o RBAC do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rbacKeyVaults} uses Azure RBAC, where access policies do not apply. Assign the Backup Management Service the built-in role Key Vault Administrator on the vault, or a custom role with only the data actions Microsoft lists for Azure Backup: {dataActions}. Assigning roles needs Owner or User Access Administrator on the vault; Backup Doctor does not do it for you.</source>
        <translation>{rbacKeyVaults} utiliza o RBAC do Azure, onde as políticas de acesso não se aplicam. Atribua ao Backup Management Service a função incorporada Key Vault Administrator no cofre, ou uma função personalizada apenas com as ações de dados que a Microsoft indica para o Azure Backup: {dataActions}. Atribuir funções exige Owner ou User Access Administrator no cofre; o Backup Doctor não o faz por si.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Key vaults &gt; {keyVault} &gt; Access control (IAM) &gt; Add role assignment &gt; Key Vault Administrator &gt; Backup Management Service</source>
        <translation>Cofres de chaves &gt; {keyVault} &gt; Controlo de acesso (IAM) &gt; Adicionar atribuição de função &gt; Key Vault Administrator &gt; Backup Management Service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key Vault roles in Azure RBAC</source>
        <translation>Funções do Key Vault no RBAC do Azure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the key vault access</source>
        <translation>Verificar o acesso ao cofre de chaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} and its key vaults again: the Backup Management Service must have the permissions it needs. Role assignments are not read, so a vault in RBAC mode stays a warning.</source>
        <translation>Ler novamente {vm} e os respetivos cofres de chaves: o Backup Management Service tem de ter as permissões de que precisa. As atribuições de funções não são lidas, pelo que um cofre no modo RBAC continua a dar um aviso.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Azure Backup backs up disks of up to 32 TB, and encrypted disks of up to 4 TB: spread the data of a larger disk over smaller ones.</source>
        <translation>O Azure Backup faz cópias de segurança de discos até 32 TB e de discos encriptados até 4 TB: distribua os dados de um disco maior por discos mais pequenos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which disk is too large</source>
        <translation>Que disco é demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large on {vm}: {disks}. The limits are {limit} GiB (32 TB) per disk and {encryptedLimit} GiB (4 TB) per disk encrypted with Azure Disk Encryption. A disk cannot be made smaller, so its data must move to smaller disks.</source>
        <translation>Demasiado grandes em {vm}: {disks}. Os limites são {limit} GiB (32 TB) por disco e {encryptedLimit} GiB (4 TB) por disco encriptado com o Azure Disk Encryption. Não é possível reduzir um disco, pelo que os dados têm de passar para discos mais pequenos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Split the disk</source>
        <translation>Dividir o disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach new disks within the limits, move the data to them inside the guest (for example with robocopy on Windows or rsync on Linux) and point applications at the new location, then detach {disk} and delete it once nothing needs it. Plan a maintenance window: applications must stop writing while the data moves.</source>
        <translation>Anexe discos novos dentro dos limites, mova os dados para eles dentro do sistema convidado (por exemplo, com robocopy no Windows ou rsync no Linux) e aponte as aplicações para a nova localização; depois, desanexe {disk} e elimine-o quando já não for necessário. Planeie uma janela de manutenção: as aplicações têm de parar de escrever enquanto os dados são movidos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the disk sizes</source>
        <translation>Verificar os tamanhos dos discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again: every disk must be within the limits.</source>
        <translation>Ler novamente {vm}: todos os discos têm de estar dentro dos limites.</translation>
    </message>
    <message>
        <location filename="../core/wizards/extensions.py" line="-20"/>
        <source>A failed backup extension keeps the VM in the Failed state; removing it and backing up on demand installs a fresh copy and runs the backup.</source>
        <translation>Uma extensão de cópia de segurança com falha mantém a VM no estado Failed (com falha); removê-la e fazer uma cópia de segurança a pedido instala uma cópia nova da extensão e executa a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What went wrong</source>
        <translation>O que correu mal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete {backupExtension} from {vm}. Backup Doctor shows exactly what it will delete and asks before doing it. To do it by hand instead: in the portal, or with one of the commands.</source>
        <translation>Eliminar {backupExtension} de {vm}. O Backup Doctor mostra exatamente o que vai eliminar e pede confirmação antes de o fazer. Para o fazer manualmente: no portal ou com um dos comandos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Virtual machine {vm} &gt; Settings &gt; Extensions + applications &gt; {backupExtension} &gt; Uninstall</source>
        <translation>Máquina virtual {vm} &gt; Definições &gt; Extensões + aplicações &gt; {backupExtension} &gt; Desinstalar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+135"/>
        <location filename="../core/wizards/platform_guides.py" line="+180"/>
        <source>Check the VM&apos;s state</source>
        <translation>Verificar o estado da VM</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Read {vm} again: no backup extension may be failed, and the VM must be back in the state Succeeded.</source>
        <translation>Ler novamente {vm}: nenhuma extensão de cópia de segurança pode ter falhas e a VM tem de voltar ao estado Succeeded (concluído com êxito).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the reinstalled extension</source>
        <translation>Verificar a extensão reinstalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again: the backup installed {backupExtension} afresh, and it must not be failed.</source>
        <translation>Ler novamente {vm}: a cópia de segurança instalou {backupExtension} de novo e a extensão não pode ter falhas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Another failed extension keeps the VM in the Failed state and can stop the backup extension from running: fix it or remove it, then back up again.</source>
        <translation>Outra extensão com falha mantém a VM no estado Failed (com falha) e pode impedir a execução da extensão de cópia de segurança: corrija-a ou remova-a e faça novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why backup waits for this extension</source>
        <translation>Porque é que a cópia de segurança aguarda por esta extensão</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The backup extension {backupExtension} on {vm} is in a failed state; it reported “{extensionMessage}”. A failed extension puts the whole VM in the provisioning state {provisioningState}, and Azure Backup stops until it is gone. Azure Backup installs the extension by itself at the next backup, so removing it is safe.</source>
        <translation>A extensão de cópia de segurança {backupExtension} em {vm} está num estado de falha; indicou «{extensionMessage}». Uma extensão com falha coloca toda a VM no estado de aprovisionamento {provisioningState} e o Azure Backup fica parado até que seja removida. O Azure Backup volta a instalar a extensão sozinho na próxima cópia de segurança, pelo que é seguro removê-la.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The extension {failedExtensions} on {vm} is in a failed state; it reported “{extensionMessage}”. The guest agent handles extensions one after the other, and a VM with a failed extension is in the provisioning state {provisioningState}, so Azure Backup cannot run its own extension until this one is healthy again.</source>
        <translation>A extensão {failedExtensions} em {vm} está num estado de falha; indicou «{extensionMessage}». O agente convidado trata as extensões uma de cada vez e uma VM com uma extensão com falha fica no estado de aprovisionamento {provisioningState}, pelo que o Azure Backup não consegue executar a sua própria extensão até esta voltar a estar em bom estado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read the extension&apos;s error</source>
        <translation>Ler o erro da extensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the extension&apos;s details to read its full message, and fix what it names (often a setting or a script of the extension itself; see its own documentation).</source>
        <translation>Abra os detalhes da extensão para ler a mensagem completa e corrija o que indica (muitas vezes uma definição ou um script da própria extensão; consulte a respetiva documentação).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Virtual machine {vm} &gt; Settings &gt; Extensions + applications &gt; {extension}</source>
        <translation>Máquina virtual {vm} &gt; Definições &gt; Extensões + aplicações &gt; {extension}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the extension if it is not needed, or install it again</source>
        <translation>Remover a extensão se não for necessária, ou instalá-la novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If {extension} is not needed on {vm}, uninstall it. If it is, uninstall it and install it again with correct settings. Ask its owner first: Backup Doctor does not remove other teams&apos; extensions.</source>
        <translation>Se {extension} não for necessária em {vm}, desinstale-a. Se for, desinstale-a e volte a instalá-la com as definições corretas. Fale primeiro com o responsável: o Backup Doctor não remove extensões de outras equipas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Virtual machine {vm} &gt; Settings &gt; Extensions + applications &gt; {extension} &gt; Uninstall</source>
        <translation>Máquina virtual {vm} &gt; Definições &gt; Extensões + aplicações &gt; {extension} &gt; Desinstalar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the VM&apos;s extensions</source>
        <translation>Verificar as extensões da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again: no extension may be failed, and the VM must be in the state Succeeded.</source>
        <translation>Ler novamente {vm}: nenhuma extensão pode ter falhas e a VM tem de estar no estado Succeeded (concluído com êxito).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup that starts while Azure is still changing the VM (provisioning state Updating) can fail: wait until the VM is back to Succeeded, then back up again.</source>
        <translation>Uma cópia de segurança iniciada enquanto o Azure ainda está a alterar a VM (estado de aprovisionamento Updating — a atualizar) pode falhar: aguarde até a VM voltar ao estado Succeeded (concluído com êxito) e faça novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why backup waits</source>
        <translation>Porque é que a cópia de segurança tem de aguardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vm} is in the provisioning state {provisioningState}: an operation on the VM or one of its extensions is still running. Azure Backup needs a VM whose last operation has finished.</source>
        <translation>{vm} está no estado de aprovisionamento {provisioningState}: ainda está em curso uma operação na VM ou numa das suas extensões. O Azure Backup precisa de uma VM cuja última operação tenha terminado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait for the operation to finish</source>
        <translation>Aguardar que a operação termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what is running in the VM&apos;s activity log and wait for it. If the VM stays Updating for hours, look for an extension stuck in Transitioning; reapplying the VM&apos;s state often unblocks it.</source>
        <translation>Veja no registo de atividades da VM o que está em curso e aguarde. Se a VM ficar em Updating (a atualizar) durante horas, procure uma extensão presa em Transitioning; reaplicar o estado da VM costuma desbloqueá-la.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reapply</source>
        <translation>Reaplicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual machine {vm} &gt; Activity log</source>
        <translation>Máquina virtual {vm} &gt; Registo de atividades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read {vm} again: its provisioning state must be Succeeded.</source>
        <translation>Ler novamente {vm}: o estado de aprovisionamento tem de ser Succeeded (concluído com êxito).</translation>
    </message>
    <message>
        <location filename="../core/wizards/guest.py" line="+29"/>
        <source>AppLocker, or another application control tool, may stop the backup extension&apos;s program IaaSBcdrExtension.exe from running when its rules go by publisher or path; an exclusion lets it run.</source>
        <translation>O AppLocker, ou outra ferramenta de controlo de aplicações, pode impedir a execução do programa da extensão de cópia de segurança, IaaSBcdrExtension.exe, quando as regras se baseiam no editor ou no caminho; uma exclusão permite que seja executado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What is blocked</source>
        <translation>O que está bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup extension takes the snapshot of {vm} with IaaSBcdrExtension.exe, installed under {extensionPath}. Rules that allow only known publishers or folders can block it, and the snapshot then never starts. Azure cannot see these rules: look inside the VM.</source>
        <translation>A extensão de cópia de segurança cria o instantâneo de {vm} com IaaSBcdrExtension.exe, instalado em {extensionPath}. Regras que só permitem editores ou pastas conhecidos podem bloqueá-lo e, nesse caso, o instantâneo nunca começa. O Azure não vê estas regras: verifique dentro da VM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About AppLocker</source>
        <translation>Acerca do AppLocker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See whether AppLocker blocks the extension</source>
        <translation>Ver se o AppLocker bloqueia a extensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an elevated PowerShell on {vm}: the first command lists AppLocker&apos;s recent decisions about the extension, the second saves the effective policy to read, the third tests the extension&apos;s program against it.</source>
        <translation>Numa janela do PowerShell como administrador em {vm}: o primeiro comando lista as decisões recentes do AppLocker sobre a extensão, o segundo guarda a política efetiva para a consultar e o terceiro testa o programa da extensão contra essa política.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent AppLocker events about the extension</source>
        <translation>Eventos recentes do AppLocker sobre a extensão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the effective policy</source>
        <translation>Guardar a política efetiva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Would the policy allow the extension?</source>
        <translation>A política permitiria a extensão?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow IaaSBcdrExtension.exe</source>
        <translation>Permitir IaaSBcdrExtension.exe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an allow rule for the extension: a path rule for {extensionPath}, or a publisher rule for the signed program, which keeps working when the extension&apos;s version folder changes. The commands make a publisher rule from the installed file and merge it into the local policy. If the policy comes from Group Policy or Intune, add the rule there instead, or it will be overwritten.</source>
        <translation>Adicione uma regra de permissão para a extensão: uma regra de caminho para {extensionPath} ou uma regra de editor para o programa assinado, que continua a funcionar quando a pasta da versão da extensão muda. Os comandos criam uma regra de editor a partir do ficheiro instalado e juntam-na à política local. Se a política vier da Política de Grupo ou do Intune, adicione lá a regra, ou será substituída.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make the rule</source>
        <translation>Criar a regra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge it into the local policy</source>
        <translation>Juntá-la à política local</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exclude the agent&apos;s folder from the application control tool</source>
        <translation>Excluir a pasta do agente da ferramenta de controlo de aplicações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux the agent keeps the backup extension (Microsoft.Azure.RecoveryServices.VMSnapshotLinux) under {linuxFolder}. Exclude that folder in the application control tool used on {vm}, as its vendor documents.</source>
        <translation>No Linux, o agente guarda a extensão de cópia de segurança (Microsoft.Azure.RecoveryServices.VMSnapshotLinux) em {linuxFolder}. Exclua essa pasta na ferramenta de controlo de aplicações utilizada em {vm}, conforme a documentação do fornecedor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup extension must report the snapshot&apos;s status back to Azure: shut the VM down from Azure rather than from inside, and keep DHCP on in the guest so that the VM finds the Azure host.</source>
        <translation>A extensão de cópia de segurança tem de comunicar ao Azure o estado do instantâneo: encerre a VM a partir do Azure e não por dentro, e mantenha o DHCP ativo no sistema convidado para que a VM encontre o anfitrião do Azure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the status gets lost</source>
        <translation>Porque é que o estado se perde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VM shut down from inside (for example from a remote desktop session) can look running to Azure while nothing answers. And a guest without DHCP does not learn the address of the Azure host, so extensions can neither be downloaded nor report back. Azure shows {vm} as {powerState}.</source>
        <translation>Uma VM encerrada por dentro (por exemplo, a partir de uma sessão de ambiente de trabalho remoto) pode parecer em execução para o Azure sem que nada responda. E um sistema convidado sem DHCP não fica a saber o endereço do anfitrião do Azure, pelo que as extensões não podem ser transferidas nem comunicar. O Azure mostra {vm} no estado {powerState}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shut the VM down from Azure</source>
        <translation>Encerrar a VM a partir do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If {vm} was shut down from inside, check that the portal shows it stopped. If it does not, stop it from Azure: in the portal or with one of these commands.</source>
        <translation>Se {vm} foi encerrada por dentro, confirme que o portal a mostra parada. Caso contrário, pare-a a partir do Azure: no portal ou com um destes comandos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Virtual machine {vm} &gt; Overview &gt; Stop</source>
        <translation>Máquina virtual {vm} &gt; Descrição geral &gt; Parar</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Keep DHCP on inside the VM</source>
        <translation>Manter o DHCP ativo dentro da VM</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The network adapter must get its address from DHCP. The first command shows which adapters have DHCP off; the next two turn it on for one adapter (put its name in). Changing the address can cut your remote session: use the serial console if needed.</source>
        <translation>O adaptador de rede tem de obter o endereço por DHCP. O primeiro comando mostra que adaptadores têm o DHCP desativado; os dois seguintes ativam-no num adaptador (indique o nome). Mudar o endereço pode cortar a sessão remota: se for preciso, utilize a consola série.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network interface must get its address from DHCP: dhcp4: true in netplan (Ubuntu), or the method auto in NetworkManager (Red Hat and others).</source>
        <translation>A interface de rede tem de obter o endereço por DHCP: dhcp4: true no netplan (Ubuntu), ou o método auto no NetworkManager (Red Hat e outras).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ubuntu (netplan)</source>
        <translation>Ubuntu (netplan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NetworkManager</source>
        <translation>NetworkManager</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set a fixed private address in Azure, not in the guest</source>
        <translation>Definir um endereço privado fixo no Azure, não no sistema convidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If {vm} needs a fixed private IP address, set it on its network interface in Azure (assignment Static); DHCP then always hands the guest that address.</source>
        <translation>Se {vm} precisar de um endereço IP privado fixo, defina-o na interface de rede no Azure (atribuição Estática); o DHCP passa a dar sempre esse endereço ao sistema convidado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network interface &gt; Settings &gt; IP configurations &gt; ipconfig1 &gt; Assignment: Static</source>
        <translation>Interface de rede &gt; Definições &gt; «IP configurations» &gt; ipconfig1 &gt; Atribuição: Estática</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Static private IP address with PowerShell</source>
        <translation>Endereço IP privado estático com o PowerShell</translation>
    </message>
    <message>
        <location filename="../core/wizards/protection.py" line="-99"/>
        <source>A new backup cannot start while an earlier backup of the same VM is running: wait for it, or cancel it if it is stuck, then back up again.</source>
        <translation>Não é possível iniciar uma nova cópia de segurança enquanto estiver em curso uma cópia de segurança anterior da mesma VM: aguarde ou, se estiver presa, cancele-a, e faça novamente a cópia de segurança.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup that is in the way</source>
        <translation>A cópia de segurança que está a bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job {job} has been backing up {vm} in the vault {vault} since {jobStart} ({jobAge}). Azure Backup runs one backup of a VM at a time, so other backups fail until it ends. If the VM was moved to another vault, a job still running in the old vault blocks it too.</source>
        <translation>A tarefa {job} está a fazer a cópia de segurança de {vm} no cofre {vault} desde {jobStart} ({jobAge}). O Azure Backup executa uma cópia de segurança de cada vez por VM, pelo que as outras falham até esta terminar. Se a VM foi movida para outro cofre, uma tarefa ainda em curso no cofre antigo também a bloqueia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup best practices and performance</source>
        <translation>Boas práticas e desempenho da cópia de segurança</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at the job</source>
        <translation>Ver a tarefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the job in the vault and see how far it got. A first backup, or one of large disks, can rightly take many hours: then wait. If it makes no progress, cancel it.</source>
        <translation>Abra a tarefa no cofre e veja até onde chegou. Uma primeira cópia de segurança, ou uma de discos grandes, pode demorar muitas horas com razão: nesse caso, aguarde. Se não avançar, cancele-a.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery Services vault {vault} &gt; Monitoring &gt; Backup jobs &gt; {job}</source>
        <translation>Cofre dos Serviços de Recuperação {vault} &gt; Monitorização &gt; Tarefas de cópia de segurança &gt; {job}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel {job} if it is stuck. Backup Doctor asks before cancelling and waits until the job is Cancelled. By hand: in the vault&apos;s job list, or with one of the commands.</source>
        <translation>Cancelar {job} se estiver presa. O Backup Doctor pede confirmação antes de cancelar e aguarda até a tarefa ficar Cancelled (cancelada). Manualmente: na lista de tarefas do cofre ou com um dos comandos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery Services vault {vault} &gt; Monitoring &gt; Backup jobs &gt; {job} &gt; Cancel</source>
        <translation>Cofre dos Serviços de Recuperação {vault} &gt; Monitorização &gt; Tarefas de cópia de segurança &gt; {job} &gt; Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check that no backup is running</source>
        <translation>Verificar que não há nenhuma cópia de segurança em curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again: no backup of it may be running.</source>
        <translation>Ler novamente {vm}: não pode haver nenhuma cópia de segurança da VM em curso.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A VM whose protection is stopped or paused is not backed up, and a backup asked for now fails: resume the protection with its policy.</source>
        <translation>Uma VM com a proteção parada ou em pausa não tem cópias de segurança, e uma cópia de segurança pedida agora falha: retome a proteção com a respetiva política.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why no backup runs</source>
        <translation>Porque é que não há cópias de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The protection of {vm} in the vault {vault} is {protectionState}: its recovery points are kept, but no new backup is taken. Resuming with its policy {policy} starts the scheduled backups again.</source>
        <translation>A proteção de {vm} no cofre {vault} está no estado {protectionState}: os pontos de recuperação são mantidos, mas não são feitas novas cópias de segurança. Retomar com a política {policy} volta a iniciar as cópias de segurança agendadas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume the protection of {vm} with the policy {policy}. By hand: in the vault, or with the command.</source>
        <translation>Retomar a proteção de {vm} com a política {policy}. Manualmente: no cofre ou com o comando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery Services vault {vault} &gt; Backup items &gt; Azure Virtual Machine &gt; {vm} &gt; Resume backup</source>
        <translation>Cofre dos Serviços de Recuperação {vault} &gt; Itens de cópia de segurança &gt; Máquina Virtual do Azure &gt; {vm} &gt; Retomar cópia de segurança</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the protection</source>
        <translation>Verificar a proteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again: its protection must be active.</source>
        <translation>Ler novamente {vm}: a proteção tem de estar ativa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Recovery Services vault protects this VM: if it should be backed up, configure backup for it in a vault with a policy.</source>
        <translation>Nenhum cofre dos Serviços de Recuperação protege esta VM: se deve ter cópia de segurança, configure-a num cofre, com uma política.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether the VM should be backed up</source>
        <translation>Se a VM deve ter cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No vault in the subscription of {vm} protects it, so it has no backup at all. That may be on purpose (a test VM); ask its owner before configuring backup, which has a cost.</source>
        <translation>Nenhum cofre da subscrição de {vm} a protege, pelo que não tem nenhuma cópia de segurança. Pode ser intencional (uma VM de teste); fale com o responsável antes de configurar a cópia de segurança, que tem custos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configure backup</source>
        <translation>Configurar a cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a Recovery Services vault in the region {location} and a backup policy, then enable backup for {vm}: in the portal or with the command (put in the vault, its resource group and the policy). Azure Backup installs its extension at the first backup.</source>
        <translation>Escolha um cofre dos Serviços de Recuperação na região {location} e uma política de cópia de segurança e, depois, ative a cópia de segurança de {vm}: no portal ou com o comando (indique o cofre, o respetivo grupo de recursos e a política). O Azure Backup instala a extensão na primeira cópia de segurança.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Virtual machine {vm} &gt; Operations &gt; Backup &gt; Enable backup</source>
        <translation>Máquina virtual {vm} &gt; Operações &gt; Cópia de segurança &gt; Ativar cópia de segurança</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that a vault protects the VM</source>
        <translation>Verificar que um cofre protege a VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again: a vault must protect it.</source>
        <translation>Ler novamente {vm}: tem de estar protegida por um cofre.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The VM platform (the Compute Resource Provider) refused part of the backup; the job&apos;s error details say what it objected to and what to do.</source>
        <translation>A plataforma da VM (o fornecedor de recursos Compute) recusou parte da cópia de segurança; os detalhes do erro da tarefa indicam o motivo e o que fazer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the platform reported</source>
        <translation>O que a plataforma indicou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup job {job} of {vm} ({jobStart}) failed with: {errorMessage} Its details say: {recommendations} The code to follow is {namedCode}.</source>
        <translation>A tarefa de cópia de segurança {job} de {vm} ({jobStart}) falhou com: {errorMessage} Os detalhes indicam: {recommendations} O código a seguir é {namedCode}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the job&apos;s error details and follow them</source>
        <translation>Ler os detalhes do erro da tarefa e segui-los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the failed job in the vault to read the whole message. Do what its recommendations say: the fix depends on the code they name ({namedCode}), not on the backup. Search that code in the Azure documentation, or paste it into Backup Doctor&apos;s Explain box if it is a backup error.</source>
        <translation>Abra a tarefa com falha no cofre para ler a mensagem completa. Siga as recomendações: a correção depende do código que indicam ({namedCode}), não da cópia de segurança. Procure esse código na documentação do Azure ou, se for um erro de cópia de segurança, cole-o na procura de erros do Backup Doctor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery Services vault {vault} &gt; Monitoring &gt; Backup jobs &gt; Failed &gt; {job} &gt; Error details</source>
        <translation>Cofre dos Serviços de Recuperação {vault} &gt; Monitorização &gt; Tarefas de cópia de segurança &gt; Com falha &gt; {job} &gt; Detalhes do erro</translation>
    </message>
    <message>
        <location filename="../core/wizards/restore_points.py" line="-21"/>
        <source>A VM can keep at most 18 instant restore points; Azure Backup deletes expired ones unless a lock on their resource group stops it. Remove the lock, clean up, then decide whether to put the lock back.</source>
        <translation>Uma VM pode ter no máximo 18 pontos de restauro instantâneo; o Azure Backup elimina os expirados, a menos que um bloqueio no respetivo grupo de recursos o impeça. Remova o bloqueio, faça a limpeza e decida depois se repõe o bloqueio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why backups stopped</source>
        <translation>Porque é que as cópias de segurança pararam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vm} has {restorePoints} instant restore points (at most {limit}) in {collections}, kept in the resource group {rpGroups}. Lock in the way: {locks}. Azure Backup keeps instant restore points in separate resource groups (AzureBackupRG_&lt;region&gt;_&lt;number&gt;) and deletes expired ones itself; a lock there stops the deletion, points pile up, and new backups fail. Several backups a day fill the collection quickly too.</source>
        <translation>{vm} tem {restorePoints} pontos de restauro instantâneo (no máximo {limit}) em {collections}, guardados no grupo de recursos {rpGroups}. Bloqueio que impede a limpeza: {locks}. O Azure Backup guarda os pontos de restauro instantâneo em grupos de recursos próprios (AzureBackupRG_&lt;region&gt;_&lt;number&gt;) e elimina sozinho os expirados; um bloqueio nesses grupos impede a eliminação, os pontos acumulam-se e as novas cópias de segurança falham. Várias cópias de segurança por dia também enchem rapidamente a coleção.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove {locks}. Backup Doctor records each lock (name, level, notes, owners) in the audit log before removing it, so that a later step can put it back exactly as it was.</source>
        <translation>Remover {locks}. O Backup Doctor regista cada bloqueio (nome, nível, notas, proprietários) no registo de auditoria antes de o remover, para que um passo posterior o possa repor exatamente como estava.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resource groups &gt; {lockGroup} &gt; Settings &gt; Locks &gt; {lock} &gt; Delete</source>
        <translation>Grupos de recursos &gt; {lockGroup} &gt; Definições &gt; Bloqueios &gt; {lock} &gt; Eliminar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clean up the restore point collections</source>
        <translation>Limpar as coleções de pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the lock gone, the restore points must be cleaned up. Deleting the collections ({collections}) does it at once; Azure Backup starts a new collection at the next backup. The other way is to back up on demand and let Azure Backup clean up by itself: that takes some hours, and the first backup may still fail.</source>
        <translation>Sem o bloqueio, é preciso limpar os pontos de restauro. Eliminar as coleções ({collections}) fá-lo de imediato; o Azure Backup cria uma nova coleção na próxima cópia de segurança. A alternativa é fazer uma cópia de segurança a pedido e deixar o Azure Backup limpar sozinho: isso demora algumas horas e a primeira cópia de segurança ainda pode falhar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resource groups &gt; {collectionGroup} &gt; Overview &gt; Show hidden types &gt; {collection} &gt; Delete</source>
        <translation>Grupos de recursos &gt; {collectionGroup} &gt; Descrição geral &gt; Mostrar tipos ocultos &gt; {collection} &gt; Eliminar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Count the restore points again</source>
        <translation>Contar novamente os pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again: it must be under the limit of {limit} restore points.</source>
        <translation>Ler novamente {vm}: tem de estar abaixo do limite de {limit} pontos de restauro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the lock back, if it must stay</source>
        <translation>Repor o bloqueio, se tiver de ficar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If whoever set the lock needs it, put it back exactly as it was, from the audit log&apos;s record. While it is there, Azure Backup cannot clean up and the limit will be reached again; Microsoft advises against locking the resource groups Azure Backup uses.</source>
        <translation>Se quem definiu o bloqueio precisar dele, reponha-o exatamente como estava, a partir do registo de auditoria. Enquanto existir, o Azure Backup não consegue fazer a limpeza e o limite será atingido novamente; a Microsoft desaconselha bloquear os grupos de recursos que o Azure Backup utiliza.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep it from happening again</source>
        <translation>Evitar que volte a acontecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back {vm} up once a day: instant restore points are kept for one to five days, depending on the policy, and only {limit} can exist at a time. Keep locks off the AzureBackupRG resource groups.</source>
        <translation>Faça uma cópia de segurança de {vm} por dia: os pontos de restauro instantâneo são mantidos entre um e cinco dias, conforme a política, e só podem existir {limit} de cada vez. Não coloque bloqueios nos grupos de recursos AzureBackupRG.</translation>
    </message>
    <message>
        <location filename="../core/wizards/run.py" line="+178"/>
        <source>{vm} could not be read again: {reason}</source>
        <translation>Não foi possível ler novamente {vm}: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+31"/>
        <source>Not fixed yet on {vm}: {findings}</source>
        <translation>Ainda não está corrigido em {vm}: {findings}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Verified on {vm}: {findings}</source>
        <translation>Verificado em {vm}: {findings}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../core/wizards/steps.py" line="+1"/>
        <source>Start an on-demand backup of {vm} to prove the fix: Azure Backup installs its extension if it is missing and takes a snapshot. Backup Doctor follows the job and reports how it ends.</source>
        <translation>Iniciar uma cópia de segurança a pedido de {vm} para comprovar a correção: o Azure Backup instala a extensão, se faltar, e cria um instantâneo. O Backup Doctor acompanha a tarefa e indica como termina.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery Services vault &gt; Backup items &gt; Azure Virtual Machine &gt; {vm} &gt; Backup now</source>
        <translation>Cofre dos Serviços de Recuperação &gt; Itens de cópia de segurança &gt; Máquina Virtual do Azure &gt; {vm} &gt; Fazer cópia de segurança agora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the latest backup</source>
        <translation>Verificar a última cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again and check that its latest backup succeeded.</source>
        <translation>Ler novamente {vm} e verificar que a última cópia de segurança foi concluída com êxito.</translation>
    </message>
    <message>
        <location filename="../core/wizards/guest_fixes.py" line="+73"/>
        <source>Start the guest agent services and set them to start automatically</source>
        <translation>Iniciar os serviços do agente convidado e configurá-los para iniciar automaticamente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart VSS and the services of writers that are not Stable</source>
        <translation>Reiniciar o VSS e os serviços dos escritores que não estão Stable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart COM+ and start the Distributed Transaction Coordinator</source>
        <translation>Reiniciar o COM+ e iniciar o Coordenador de Transações Distribuídas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set Extensions.Enable=y and Provisioning.Agent=auto, then restart the agent</source>
        <translation>Definir Extensions.Enable=y e Provisioning.Agent=auto e reiniciar o agente</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reinstall MSDTC so that it runs as Network Service (elevated, in a maintenance window)</source>
        <translation>Reinstalar o MSDTC para que seja executado como Network Service (com privilégios elevados, numa janela de manutenção)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save /etc/azure/vmbackup.conf as plain ASCII (keeps a copy)</source>
        <translation>Guardar /etc/azure/vmbackup.conf como ASCII simples (mantém uma cópia)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unmount a mount that cannot be opened, or list it in MountsToSkip of /etc/azure/vmbackup.conf</source>
        <translation>Desmontar a montagem que não pode ser aberta, ou indicá-la em MountsToSkip de /etc/azure/vmbackup.conf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the serial console or SSH: set Extensions.Enable=y, then restart the agent (Run Command cannot, since the agent runs no extension)</source>
        <translation>Na consola série ou por SSH: definir Extensions.Enable=y e reiniciar o agente (o Run Command não o pode fazer, porque o agente não executa extensões)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not confirmed: nothing was run.</source>
        <translation>Não confirmado: nada foi executado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The guest did not answer.</source>
        <translation>O convidado não respondeu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current state could not be read, so nothing was run: {reason}</source>
        <translation>Não foi possível ler o estado atual, por isso nada foi executado: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to do: the guest is already fine.</source>
        <translation>Nada a fazer: o convidado já está bem.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Azure refused: {reason}</source>
        <translation>O Azure recusou: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped waiting. The script may still finish inside the VM; check again later.</source>
        <translation>Deixou de aguardar. O script pode ainda terminar dentro da VM; verifique novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done, and verified: the check inside the VM no longer finds the problem.</source>
        <translation>Concluído e confirmado: a verificação dentro da VM já não encontra o problema.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The script ran, but the check inside the VM still finds the problem; follow the manual steps.</source>
        <translation>O script foi executado, mas a verificação dentro da VM ainda encontra o problema; siga os passos manuais.</translation>
    </message>
    <message>
        <location filename="../core/wizards/permissions.py" line="+52"/>
        <source>Your account ({account}) lacks the permission {permission} on {scope}, so nothing was tried. The built-in role {role} grants it: ask an administrator for it, or ask someone who has it to run this fix.</source>
        <translation>A sua conta ({account}) não tem a permissão {permission} em {scope}, por isso nada foi tentado. A função incorporada {role} concede-a: peça-a a um administrador, ou peça a quem a tenha que execute esta correção.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/policy_group.py" line="+167"/>
        <location filename="../core/wizards/lock_scope.py" line="+42"/>
        <source>the resource group {group}</source>
        <translation>o grupo de recursos {group}</translation>
    </message>
    <message>
        <location filename="../core/wizards/lock_scope.py" line="+3"/>
        <source>the whole subscription {subscription}</source>
        <translation>toda a subscrição {subscription}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every resource there (VMs: {vms}; managed disks: {disks})</source>
        <translation>todos os recursos aí existentes (VMs: {vms}; discos geridos: {disks})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every resource there (they could not be counted)</source>
        <translation>todos os recursos aí existentes (não foi possível contá-los)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock {lock} is not on a restore point resource group: it is on {where}, where it also protects {protects}. Microsoft&apos;s advice is about the restore point group (AzureBackupRG_&lt;region&gt;_&lt;number&gt;). The narrowest change that fixes {vm}: remove this lock only while the restore points are cleaned up, then put it back with the later step; and ask its owner to lock the resources it is meant for rather than the whole scope.</source>
        <translation>O bloqueio {lock} não está num grupo de recursos de pontos de restauro: está em {where}, onde também protege {protects}. O conselho da Microsoft diz respeito ao grupo de pontos de restauro (AzureBackupRG_&lt;região&gt;_&lt;número&gt;). A alteração mais restrita que corrige {vm}: remova este bloqueio apenas enquanto os pontos de restauro são limpos e volte a colocá-lo com o passo seguinte; e peça ao respetivo proprietário que bloqueie os recursos a que se destina, em vez de todo o âmbito.</translation>
    </message>
    <message>
        <location filename="../core/wizards/control_plane.py" line="+15"/>
        <source>The backup extension is stuck in deletion; with the guest agent healthy, deleting the extension from Azure lets the next backup install a fresh one.</source>
        <translation>A extensão de cópia de segurança está bloqueada na eliminação; com o agente convidado saudável, eliminar a extensão a partir do Azure permite que a próxima cópia de segurança instale uma nova.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure the guest agent is healthy</source>
        <translation>Confirmar que o agente convidado está saudável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next backup can install the extension again only if the guest agent of {vm} is running and Ready; the agent findings say whether it is.</source>
        <translation>A próxima cópia de segurança só consegue voltar a instalar a extensão se o agente convidado de {vm} estiver em execução e Ready; os resultados sobre o agente indicam se está.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the backup extension</source>
        <translation>Eliminar a extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {extension} from {vm} through the API (the portal may not list it). The VM keeps running.</source>
        <translation>Eliminar {extension} de {vm} através da API (o portal pode não a mostrar). A VM continua em execução.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the backup extension</source>
        <translation>Verificar a extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again and check that no backup extension is stuck in deletion.</source>
        <translation>Ler {vm} de novo e confirmar que nenhuma extensão de cópia de segurança está bloqueada na eliminação.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The vault still protects a VM that no longer exists; recreate the VM with the same name and resource group, or stop protection and choose whether to keep the backup data.</source>
        <translation>O cofre continua a proteger uma VM que já não existe; volte a criar a VM com o mesmo nome e grupo de recursos, ou pare a proteção e escolha se mantém os dados de cópia de segurança.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why every backup of {vm} fails</source>
        <translation>Porque falham todas as cópias de segurança de {vm}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vm} was deleted, but its backup item in {vault} is still protected, so each scheduled backup looks for the VM and fails. If the VM should come back, recreate it with the same name and resource group: its backups then run again and the next steps can be skipped. Otherwise stop the protection, and choose in the next two steps whether to keep the backup data or delete it.</source>
        <translation>{vm} foi eliminada, mas o item de cópia de segurança em {vault} continua protegido, por isso cada cópia de segurança agendada procura a VM e falha. Se a VM tiver de voltar, crie-a de novo com o mesmo nome e no mesmo grupo de recursos: as cópias de segurança voltam a ser feitas e pode ignorar os passos seguintes. Caso contrário, pare a proteção e escolha nos dois passos seguintes se mantém ou elimina os dados de cópia de segurança.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop protecting a VM</source>
        <translation>Parar a proteção de uma VM</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/protection.py" line="+90"/>
        <location filename="../core/wizards/control_plane.py" line="+7"/>
        <source>Stop protection and keep the backup data</source>
        <translation>Parar a proteção e manter os dados de cópia de segurança</translation>
    </message>
    <message>
        <location filename="../core/wizards/control_plane.py" line="+1"/>
        <source>No more backups of {vm}; its recovery points are kept, with no expiry, until you delete them (you can still restore from them, and their storage is billed). To delete the data instead, skip this step.</source>
        <translation>Deixa de haver cópias de segurança de {vm}; os pontos de recuperação são mantidos, sem prazo, até os eliminar (ainda pode restaurar a partir deles, e o armazenamento continua a ser faturado). Para eliminar os dados, ignore este passo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovery Services vault &gt; Backup items &gt; Azure Virtual Machine &gt; {vm} &gt; Stop backup &gt; Retain backup data</source>
        <translation>Cofre dos Serviços de Recuperação &gt; Itens de cópia de segurança &gt; Máquina Virtual do Azure &gt; {vm} &gt; Parar cópia de segurança &gt; Reter os dados da cópia de segurança</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/protection.py" line="+88"/>
        <location filename="../core/wizards/control_plane.py" line="+11"/>
        <source>Stop protection and delete the backup data</source>
        <translation>Parar a proteção e eliminar os dados de cópia de segurança</translation>
    </message>
    <message>
        <location filename="../core/wizards/control_plane.py" line="+1"/>
        <source>No more backups of {vm}, and its recovery points are deleted. With soft delete on in {vault} (the default) they stay recoverable for 14 days, or the period the vault sets, then they are gone for good. Skip this step to keep the data.</source>
        <translation>Deixa de haver cópias de segurança de {vm}, e os pontos de recuperação são eliminados. Com a eliminação recuperável ativa em {vault} (a predefinição), continuam recuperáveis durante 14 dias, ou o período definido no cofre, e depois desaparecem definitivamente. Ignore este passo para manter os dados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovery Services vault &gt; Backup items &gt; Azure Virtual Machine &gt; {vm} &gt; Stop backup &gt; Delete backup data</source>
        <translation>Cofre dos Serviços de Recuperação &gt; Itens de cópia de segurança &gt; Máquina Virtual do Azure &gt; {vm} &gt; Parar cópia de segurança &gt; Eliminar os dados da cópia de segurança</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check that no vault still looks for {vm}</source>
        <translation>Verificar que nenhum cofre ainda procura {vm}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the vault items of {vm} again and check that none still backs up the deleted VM.</source>
        <translation>Ler de novo os itens de {vm} nos cofres e verificar que nenhum continua a fazer cópias de segurança da VM eliminada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A Deny policy blocks the resource group Azure Backup creates for restore points; change the policy&apos;s effect to Modify, or create the group yourself with the name Azure Backup uses.</source>
        <translation>Uma política Deny bloqueia o grupo de recursos que o Azure Backup cria para os pontos de restauro; mude o efeito da política para Modify, ou crie o grupo com o nome que o Azure Backup usa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the restore point group</source>
        <translation>Criar o grupo de pontos de restauro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create {restorePointGroup} in {location} with the tags the policy {policy} requires, as Microsoft documents, so that the next backup of {vm} uses it instead of creating it. The policy does not change. This needs permission to create resource groups in the subscription (Contributor); without it, send the command below to someone who has it.</source>
        <translation>Criar {restorePointGroup} em {location} com as etiquetas que a política {policy} exige, como a Microsoft documenta, para que a próxima cópia de segurança de {vm} o utilize em vez de o criar. A política não muda. É necessária permissão para criar grupos de recursos na subscrição (Contributor); sem ela, envie o comando abaixo a alguém que a tenha.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create the restore point group with the required tags</source>
        <translation>Criar o grupo de pontos de restauro com as etiquetas exigidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or change the policy</source>
        <translation>Ou alterar a política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other documented fix: with Resource Policy Contributor, change the effect of {policy} from Deny to Modify, so that it adds the tags instead of refusing (Modify needs a managed identity on the assignment). This changes the policy for every resource it covers, so it is the policy owner&apos;s decision; Backup Doctor does not make it.</source>
        <translation>A outra correção documentada: com Resource Policy Contributor, mude o efeito de {policy} de Deny para Modify, para que acrescente as etiquetas em vez de recusar (o Modify precisa de uma identidade gerida na atribuição). Isto altera a política para todos os recursos que abrange, por isso a decisão é de quem gere a política; o Backup Doctor não a toma.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure Backup&apos;s resource group for VMs</source>
        <translation>O grupo de recursos do Azure Backup para VMs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Policy&apos;s Modify effect</source>
        <translation>O efeito Modify do Azure Policy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check that no policy denies the backup</source>
        <translation>Verificar que nenhuma política recusa a cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the latest backup of {vm} again and check that no Azure Policy denied it.</source>
        <translation>Ler novamente a última cópia de segurança de {vm} e verificar que nenhuma política do Azure Policy a recusou.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A read-only lock on a storage account stops backup and restore from writing to it; remove it, or use a delete lock, which protects the account without blocking writes.</source>
        <translation>Um bloqueio só de leitura numa conta de armazenamento impede a cópia de segurança e o restauro de escrever nela; remova-o, ou use um bloqueio de eliminação, que protege a conta sem bloquear as escritas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the read-only lock</source>
        <translation>Substituir o bloqueio só de leitura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the read-only lock {lock} on {storageAccount}, or replace it with a delete lock (CanNotDelete). Removing a lock needs Owner or User Access Administrator.</source>
        <translation>Remova o bloqueio só de leitura {lock} em {storageAccount}, ou substitua-o por um bloqueio de eliminação (CanNotDelete). Remover um bloqueio exige a função Owner ou User Access Administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the read-only lock</source>
        <translation>Remover o bloqueio só de leitura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the storage account locks</source>
        <translation>Verificar os bloqueios da conta de armazenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the locks again and check that no storage account of {vm} is read-only.</source>
        <translation>Ler os bloqueios de novo e confirmar que nenhuma conta de armazenamento de {vm} está só de leitura.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup data taken while the VM used Trusted Launch cannot continue on a Standard VM; delete the old backup data and protect the VM again, or recreate it under another name.</source>
        <translation>Os dados de cópia de segurança obtidos enquanto a VM usava Trusted Launch não podem continuar numa VM Standard; elimine os dados antigos e proteja a VM de novo, ou volte a criá-la com outro nome.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the old backup data and protect again</source>
        <translation>Eliminar os dados antigos e proteger de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {vault}: turn soft delete off, stop protection of {vm} and delete its backup data, turn soft delete back on, then configure backup again once the deletion has finished. This loses the old recovery points; recreating the VM under another name or resource group keeps them.</source>
        <translation>Em {vault}: desative a eliminação recuperável, pare a proteção de {vm} eliminando os dados de cópia de segurança, volte a ativar a eliminação recuperável e configure a cópia de segurança de novo quando a eliminação terminar. Isto perde os pontos de recuperação antigos; voltar a criar a VM com outro nome ou noutro grupo de recursos mantém-nos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery Services vault &gt; Properties &gt; Security settings &gt; Soft delete</source>
        <translation>Cofre dos Serviços de Recuperação &gt; Propriedades &gt; Definições de segurança &gt; Eliminação recuperável</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the VM&apos;s security type</source>
        <translation>Verificar o tipo de segurança da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again and check its security type against its OS disk.</source>
        <translation>Ler {vm} de novo e comparar o tipo de segurança com o do disco do SO.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/extension_removal.py" line="+14"/>
        <source>Delete the backup extension stuck in deletion</source>
        <translation>Eliminar a extensão de cópia de segurança bloqueada na eliminação</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup extension of {vm} is stuck in deletion: there is nothing to delete. The next backup installs {extension} if it is missing.</source>
        <translation>Nenhuma extensão de cópia de segurança de {vm} está bloqueada na eliminação: não há nada a eliminar. A próxima cópia de segurança instala {extension} se faltar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the extension {extension} from {vm}</source>
        <translation>Eliminar a extensão {extension} de {vm}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {extensions}, stuck in deletion, from {vm}. Nothing else on the VM changes and it keeps running; Azure Backup installs the extension again at the next backup.</source>
        <translation>Eliminar {extensions}, bloqueada na eliminação, de {vm}. Nada mais muda na VM e esta continua em execução; o Azure Backup volta a instalar a extensão na próxima cópia de segurança.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The guest agent must be Ready for the next backup to install the extension again.</source>
        <translation>O agente convidado tem de estar Ready para que a próxima cópia de segurança volte a instalar a extensão.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleted {extensions} from {vm}. Backup extensions left on the VM: {remaining}.</source>
        <translation>{extensions} eliminada de {vm}. Extensões de cópia de segurança que restam na VM: {remaining}.</translation>
    </message>
    <message>
        <location filename="../core/wizards/guest_linux.py" line="+12"/>
        <source>The Linux backup extension freezes and opens every mount point for a consistent snapshot; repair the ones it cannot, or tell it to skip them.</source>
        <translation>A extensão de cópia de segurança Linux congela e abre todos os pontos de montagem para um instantâneo consistente; repare os que não consegue, ou indique-lhe que os ignore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the mount points that failed</source>
        <translation>Encontrar os pontos de montagem que falharam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, the extension&apos;s log names the mount points it could not freeze (&quot;Failed to FITHAW&quot;). Look for mount points listed twice and for stale file recovery mounts left by a restore.</source>
        <translation>Em {vm}, o registo da extensão indica os pontos de montagem que não conseguiu congelar (&quot;Failed to FITHAW&quot;). Procure pontos de montagem listados duas vezes e montagens antigas de recuperação de ficheiros deixadas por um restauro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mount points the extension could not thaw</source>
        <translation>Pontos de montagem que a extensão não conseguiu descongelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mount points and duplicates</source>
        <translation>Pontos de montagem e duplicados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check and remount, or skip the mount point</source>
        <translation>Verificar e voltar a montar, ou ignorar o ponto de montagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmount each failing device, run fsck on it and mount it again; remove duplicate or stale entries. A mount point that cannot be unmounted can be skipped: add it to MountsToSkip in /etc/azure/vmbackup.conf (copy the file from the extension&apos;s tempPlugin folder if it is missing).</source>
        <translation>Desmonte cada dispositivo com falha, execute o fsck e volte a montá-lo; remova as entradas duplicadas ou antigas. Um ponto de montagem que não possa ser desmontado pode ser ignorado: acrescente-o a MountsToSkip em /etc/azure/vmbackup.conf (copie o ficheiro da pasta tempPlugin da extensão se não existir).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup extension&apos;s configuration</source>
        <translation>A configuração da extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An application-consistent pre-script or post-script that runs past its time-out makes the backup fall back to file-system consistency; give it more time.</source>
        <translation>Um pré-script ou pós-script de consistência da aplicação que excede o tempo limite faz a cópia de segurança recorrer à consistência do sistema de ficheiros; dê-lhe mais tempo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raise the script time-out</source>
        <translation>Aumentar o tempo limite do script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, in /etc/azure/VMSnapshotScriptPluginConfig.json, raise timeoutInSeconds (30 seconds by default, at most 1800) to more than the script needs, or make the script faster.</source>
        <translation>Em {vm}, em /etc/azure/VMSnapshotScriptPluginConfig.json, aumente timeoutInSeconds (30 segundos por predefinição, no máximo 1800) para mais do que o script precisa, ou torne o script mais rápido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current time-out</source>
        <translation>O tempo limite atual</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Linux backup extension reads /etc/azure/vmbackup.conf only as plain ASCII; convert the file back.</source>
        <translation>A extensão de cópia de segurança Linux só lê o /etc/azure/vmbackup.conf em ASCII simples; converta o ficheiro de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Convert the file to ASCII</source>
        <translation>Converter o ficheiro para ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, check the file&apos;s encoding and convert it to ASCII, keeping a copy of the original.</source>
        <translation>Em {vm}, verifique a codificação do ficheiro e converta-o para ASCII, guardando uma cópia do original.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s encoding</source>
        <translation>A codificação do ficheiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Convert to ASCII</source>
        <translation>Converter para ASCII</translation>
    </message>
    <message>
        <location filename="../core/wizards/guest_windows.py" line="+20"/>
        <source>The backup extension runs on .NET on Windows and on Python on Linux; when that runtime is missing or broken the extension cannot start, and only the guest can repair it.</source>
        <translation>A extensão de cópia de segurança é executada sobre o .NET no Windows e sobre o Python no Linux; quando esse ambiente falta ou está danificado, a extensão não arranca, e só o convidado o pode reparar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install or repair .NET Framework</source>
        <translation>Instalar ou reparar o .NET Framework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, install a current .NET Framework 4.x, or run its repair, then restart the Windows Azure Guest Agent service. The first command shows the installed release.</source>
        <translation>Em {vm}, instale um .NET Framework 4.x atual, ou execute a reparação, e depois reinicie o serviço Windows Azure Guest Agent. O primeiro comando mostra a versão instalada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Installed .NET Framework release</source>
        <translation>Versão instalada do .NET Framework</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the guest agent</source>
        <translation>Reiniciar o agente convidado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install Python and check the distribution is supported</source>
        <translation>Instalar o Python e confirmar que a distribuição é suportada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, install the distribution&apos;s Python package (the extension supports Python 2.7 and 3) and make sure the distribution and version are in Azure Backup&apos;s support matrix.</source>
        <translation>Em {vm}, instale o pacote Python da distribuição (a extensão suporta o Python 2.7 e 3) e confirme que a distribuição e a versão constam da matriz de suporte do Azure Backup.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which Python is there, and which distribution</source>
        <translation>Que Python existe e qual é a distribuição</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Azure VM backup support matrix</source>
        <translation>Matriz de suporte da cópia de segurança de VMs do Azure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The guest agent reads the extension&apos;s settings with a certificate Azure gives it; a wrong clock or an expired certificate breaks that, and a deallocate and start makes Azure issue a new one.</source>
        <translation>O agente convidado lê as definições da extensão com um certificado que o Azure lhe entrega; um relógio errado ou um certificado expirado impedem-no, e desalocar e iniciar a VM faz o Azure emitir um novo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the VM&apos;s clock</source>
        <translation>Corrigir o relógio da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that {vm} keeps time from Azure&apos;s host or an NTP server, and correct the clock if it has drifted.</source>
        <translation>Confirme que {vm} acerta a hora pelo anfitrião do Azure ou por um servidor NTP, e corrija o relógio se estiver desviado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows time status</source>
        <translation>Estado da hora do Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux time status</source>
        <translation>Estado da hora do Linux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look for an expired CRP certificate</source>
        <translation>Procurar um certificado CRP expirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Personal store of the local computer, look for the certificate issued to &quot;Windows Azure CRP Certificate Generator&quot;. If it has expired, deallocate {vm} from Azure and start it again (it stops the VM for a few minutes): Azure then issues a new one.</source>
        <translation>No repositório de certificados Pessoal do computador local, procure o certificado emitido para &quot;Windows Azure CRP Certificate Generator&quot;. Se tiver expirado, desaloque {vm} a partir do Azure e volte a iniciá-la (a VM fica parada alguns minutos): o Azure emite então um novo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CRP certificate and its expiry</source>
        <translation>O certificado CRP e a data de expiração</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deallocate and start the VM</source>
        <translation>Desalocar e iniciar a VM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An antivirus that blocks IaaSBcdrExtension.exe stops the snapshot; excluding the extension&apos;s folders lets it run.</source>
        <translation>Um antivírus que bloqueia o IaaSBcdrExtension.exe impede o instantâneo; excluir as pastas da extensão permite que seja executada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm that the antivirus is the cause</source>
        <translation>Confirmar que a causa é o antivírus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Event Viewer &gt; Windows Logs &gt; Application on {vm}, look at the time of the failed backup for &quot;Faulting application name: IaaSBcdrExtension.exe&quot;.</source>
        <translation>No Visualizador de Eventos &gt; Registos do Windows &gt; Aplicação de {vm}, procure à hora da cópia de segurança falhada &quot;Faulting application name: IaaSBcdrExtension.exe&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Crashes of the backup extension</source>
        <translation>Falhas da extensão de cópia de segurança</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exclude the extension&apos;s folders</source>
        <translation>Excluir as pastas da extensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the antivirus on {vm}, exclude C:\Packages\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot and C:\WindowsAzure\Logs\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot. The command does it for Microsoft Defender; other products have their own console.</source>
        <translation>No antivírus de {vm}, exclua C:\Packages\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot e C:\WindowsAzure\Logs\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot. O comando fá-lo no Microsoft Defender; outros produtos têm a sua própria consola.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Microsoft Defender exclusions</source>
        <translation>Exclusões do Microsoft Defender</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Windows backup extension cannot run without its manifest file; put it back from the extension&apos;s package and find what deleted it.</source>
        <translation>A extensão de cópia de segurança do Windows não funciona sem o ficheiro de manifesto; reponha-o a partir do pacote da extensão e descubra o que o eliminou.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the manifest back</source>
        <translation>Repor o manifesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, open the newest version folder under C:\Packages\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot, extract the extension&apos;s .zip package there again so that its manifest file is back, then restart the Windows Azure Guest Agent service. An antivirus or anti-malware tool often deletes it: check its quarantine and add an exclusion.</source>
        <translation>Em {vm}, abra a pasta da versão mais recente em C:\Packages\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot, volte a extrair aí o pacote .zip da extensão para repor o ficheiro de manifesto e reinicie o serviço Windows Azure Guest Agent. Muitas vezes é um antivírus ou antimalware que o elimina: veja a quarentena e acrescente uma exclusão.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manifest files present</source>
        <translation>Ficheiros de manifesto presentes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup extension installs the Visual C++ runtime it needs; when Windows Installer or the registry refuses, repair them and install it by hand.</source>
        <translation>A extensão de cópia de segurança instala o ambiente de execução Visual C++ de que precisa; quando o Windows Installer ou o registo o recusam, repare-os e instale-o manualmente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install the runtime from the extension&apos;s folder</source>
        <translation>Instalar o ambiente de execução a partir da pasta da extensão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, run the vcredist installer found in the extension&apos;s version folder under C:\Packages\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot. Windows Installer must be allowed to start: the Start value of HKLM\SYSTEM\CurrentControlSet\Services\Msiserver must be 3, not 4. If the installation still fails, re-register Windows Installer.</source>
        <translation>Em {vm}, execute o instalador vcredist que está na pasta da versão da extensão em C:\Packages\Plugins\Microsoft.Azure.RecoveryServices.VMSnapshot. O Windows Installer tem de poder arrancar: o valor Start de HKLM\SYSTEM\CurrentControlSet\Services\Msiserver tem de ser 3, não 4. Se a instalação continuar a falhar, volte a registar o Windows Installer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Let Windows Installer start</source>
        <translation>Permitir o arranque do Windows Installer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-register Windows Installer</source>
        <translation>Registar novamente o Windows Installer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check registry permissions and the antivirus</source>
        <translation>Verificar as permissões do registo e o antivírus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the Application log shows error 1401 on Software\Classes, give the administrators full control of HKLM\SOFTWARE\Classes and restart the Windows Azure Guest Agent service. An antivirus must allow the installation.</source>
        <translation>Se o registo Aplicação mostrar o erro 1401 em Software\Classes, dê aos administradores controlo total de HKLM\SOFTWARE\Classes e reinicie o serviço Windows Azure Guest Agent. O antivírus tem de permitir a instalação.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup extension reads its settings with a certificate kept in the MachineKeys folder; changed permissions there break it, and resetting them and removing the old certificates lets Azure issue new ones.</source>
        <translation>A extensão de cópia de segurança lê as definições com um certificado guardado na pasta MachineKeys; permissões alteradas nessa pasta impedem-no, e repor as permissões e remover os certificados antigos permite que o Azure emita novos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset the MachineKeys permissions</source>
        <translation>Repor as permissões de MachineKeys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, the defaults are Everyone: read and write (special access) and BUILTIN\Administrators: full control. Compare, then remove any other user and restore those two.</source>
        <translation>Em {vm}, as predefinições são Todos: leitura e escrita (acesso especial) e BUILTIN\Administrators: controlo total. Compare e, depois, remova qualquer outro utilizador e reponha essas duas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current permissions</source>
        <translation>Permissões atuais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the old CRP certificates</source>
        <translation>Eliminar os certificados CRP antigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Personal store of the local computer, delete every certificate issued to the classic deployment model or to &quot;Windows Azure CRP Certificate Generator&quot;.</source>
        <translation>No repositório de certificados Pessoal do computador local, elimine todos os certificados emitidos para o modelo de implementação clássica ou para &quot;Windows Azure CRP Certificate Generator&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the CRP certificates</source>
        <translation>Eliminar os certificados CRP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A half-installed backup provider makes the extension&apos;s command fail; resetting its registry flag and the storage library it loads lets the next backup install it cleanly.</source>
        <translation>Um fornecedor de cópias de segurança instalado só em parte faz falhar o comando da extensão; repor a sua marca no registo e a biblioteca de armazenamento que carrega permite que a próxima cópia de segurança o instale corretamente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset the provider</source>
        <translation>Repor o fornecedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, set IsProviderInstalled to False under HKLM\SOFTWARE\Microsoft\BcdrAgent, and rename the Microsoft.WindowsAzure.Storage folder in the global assembly cache (C:\Windows\Microsoft.NET\assembly\GAC_MSIL) so that the extension installs its own copy.</source>
        <translation>Em {vm}, defina IsProviderInstalled como False em HKLM\SOFTWARE\Microsoft\BcdrAgent e mude o nome da pasta Microsoft.WindowsAzure.Storage na cache global de assemblies (C:\Windows\Microsoft.NET\assembly\GAC_MSIL), para que a extensão instale a sua própria cópia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset the provider flag</source>
        <translation>Repor a marca do fornecedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename the storage library folder</source>
        <translation>Mudar o nome da pasta da biblioteca de armazenamento</translation>
    </message>
    <message>
        <location filename="../core/wizards/guest_windows_snapshot.py" line="+13"/>
        <source>Installing the extension needs desktop heap memory; raising the limit and restarting the VM gives it room.</source>
        <translation>A instalação da extensão precisa de memória de ambiente de trabalho (desktop heap); aumentar o limite e reiniciar a VM dá-lhe espaço.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Raise the desktop heap</source>
        <translation>Aumentar a memória de ambiente de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, in HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\SubSystems, edit the Windows value so that it contains SharedSection=1024,20480,4096, then restart the VM in a maintenance window (it is unavailable for a few minutes).</source>
        <translation>Em {vm}, em HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\SubSystems, edite o valor Windows para que contenha SharedSection=1024,20480,4096 e reinicie a VM numa janela de manutenção (fica indisponível durante alguns minutos).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current value</source>
        <translation>O valor atual</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup extension needs the COM+ System Application and the Distributed Transaction Coordinator; restart them, and reinstall MSDTC if it will not start.</source>
        <translation>A extensão de cópia de segurança precisa da aplicação de sistema COM+ e do Coordenador de Transações Distribuídas; reinicie-os e reinstale o MSDTC se não arrancar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the COM+ System Application</source>
        <translation>Iniciar a aplicação de sistema COM+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, start or restart the COM+ System Application service. The Distributed Transaction Coordinator must run as Network Service.</source>
        <translation>Em {vm}, inicie ou reinicie o serviço Aplicação de Sistema COM+. O Coordenador de Transações Distribuídas tem de ser executado como Network Service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart COM+</source>
        <translation>Reiniciar o COM+</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account MSDTC runs as</source>
        <translation>Conta com que o MSDTC é executado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reinstall MSDTC if needed</source>
        <translation>Reinstalar o MSDTC se for preciso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the services will not start, stop MSDTC, run msdtc -uninstall and msdtc -install, start MSDTC and then the COM+ System Application.</source>
        <translation>Se os serviços não arrancarem, pare o MSDTC, execute msdtc -uninstall e msdtc -install, inicie o MSDTC e depois a aplicação de sistema COM+.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reinstall MSDTC</source>
        <translation>Reinstalar o MSDTC</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The snapshot needs every VSS writer Stable; restart the services of the writers that are not, and if that does not help, take the blob snapshots without threads.</source>
        <translation>O instantâneo precisa de todos os escritores VSS no estado Stable; reinicie os serviços dos que não estiverem e, se não resultar, tire os instantâneos dos blobs sem threads.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restart the writers that are not Stable</source>
        <translation>Reiniciar os escritores que não estão no estado Stable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, list the writers; for each one whose state is not [1] Stable, restart its service. Restarting some services affects production: do it in an agreed maintenance window.</source>
        <translation>Em {vm}, liste os escritores; para cada um cujo estado não seja [1] Stable, reinicie o respetivo serviço. Reiniciar alguns serviços afeta a produção: faça-o numa janela de manutenção acordada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VSS writers and their state</source>
        <translation>Escritores VSS e o seu estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take blob snapshots without threads</source>
        <translation>Tirar instantâneos dos blobs sem threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the writers fail again, set SnapshotWithoutThreads so that the extension does not create threads for blob snapshots.</source>
        <translation>Se os escritores voltarem a falhar, defina SnapshotWithoutThreads para que a extensão não crie threads para os instantâneos dos blobs.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restarting the Volume Shadow Copy service usually clears its bad state; if not, restart the VM in a maintenance window.</source>
        <translation>Reiniciar o serviço Cópia Sombra de Volumes normalmente resolve o mau estado; caso contrário, reinicie a VM numa janela de manutenção.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restart the VSS service</source>
        <translation>Reiniciar o serviço VSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, restart the Volume Shadow Copy service. If the next backup fails the same way, restart the VM in a maintenance window: it is unavailable for a few minutes.</source>
        <translation>Em {vm}, reinicie o serviço Cópia Sombra de Volumes. Se a próxima cópia de segurança falhar da mesma forma, reinicie a VM numa janela de manutenção: fica indisponível durante alguns minutos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart VSS</source>
        <translation>Reiniciar o VSS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VSS cannot snapshot a drive that BitLocker keeps locked; Microsoft&apos;s page says to turn BitLocker off on the VM&apos;s drives and check VSS again.</source>
        <translation>O VSS não consegue tirar o instantâneo de uma unidade que o BitLocker mantém bloqueada; a página da Microsoft indica desativar o BitLocker nas unidades da VM e voltar a verificar o VSS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the locked drives</source>
        <translation>Encontrar as unidades bloqueadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, see which drives BitLocker keeps locked. Unlock them, or, as the documentation says, turn BitLocker off on them; for encryption that backup supports, use Azure Disk Encryption or encryption at host instead.</source>
        <translation>Em {vm}, veja que unidades o BitLocker mantém bloqueadas. Desbloqueie-as ou, como indica a documentação, desative o BitLocker nelas; para uma encriptação que a cópia de segurança suporte, use o Azure Disk Encryption ou a encriptação no anfitrião.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BitLocker state of each drive</source>
        <translation>Estado do BitLocker de cada unidade</translation>
    </message>
    <message>
        <location filename="../core/wizards/guest_windows.py" line="+12"/>
        <source>The backup extension talks to Azure Storage over TLS 1.2; .NET uses it only when strong cryptography is turned on.</source>
        <translation>A extensão de cópia de segurança comunica com o Armazenamento do Azure por TLS 1.2; o .NET só o usa quando a criptografia forte está ativada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set SchUseStrongCrypto for every .NET Framework</source>
        <translation>Definir SchUseStrongCrypto para cada .NET Framework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, add SchUseStrongCrypto=1 (DWORD) under every .NET Framework version key in HKLM\SOFTWARE\Microsoft\.NETFramework and HKLM\SOFTWARE\WOW6432Node\Microsoft\.NETFramework.</source>
        <translation>Em {vm}, acrescente SchUseStrongCrypto=1 (DWORD) em cada chave de versão do .NET Framework em HKLM\SOFTWARE\Microsoft\.NETFramework e HKLM\SOFTWARE\WOW6432Node\Microsoft\.NETFramework.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set the value on every version</source>
        <translation>Definir o valor em todas as versões</translation>
    </message>
    <message>
        <location filename="../core/wizards/guest_windows_snapshot.py" line="+12"/>
        <source>When the VM is too busy to make the snapshot&apos;s calls in time, the extension can take the snapshot through the host instead of the guest.</source>
        <translation>Quando a VM está demasiado ocupada para fazer a tempo as chamadas do instantâneo, a extensão pode tirá-lo através do anfitrião em vez do convidado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take snapshots through the host</source>
        <translation>Tirar os instantâneos através do anfitrião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, set the two values below so that the extension tries the host first. If the backup still fails, move its schedule to a quieter time or give the VM more resources.</source>
        <translation>Em {vm}, defina os dois valores abaixo para que a extensão tente primeiro o anfitrião. Se a cópia de segurança continuar a falhar, mude o agendamento para uma hora mais calma ou dê mais recursos à VM.</translation>
    </message>
    <message>
        <location filename="../core/wizards/guest_windows.py" line="+12"/>
        <source>A proxy in the VM can delay the calls that take the disk snapshots; let the system account reach Azure directly.</source>
        <translation>Um proxy na VM pode atrasar as chamadas que tiram os instantâneos dos discos; permita que a conta de sistema chegue diretamente ao Azure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bypass the proxy for the system account</source>
        <translation>Contornar o proxy para a conta de sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, remove the proxy, or stop the local system account from using it; outbound HTTPS to Azure Storage must stay open (the Storage service tag in the network security group).</source>
        <translation>Em {vm}, remova o proxy ou impeça a conta de sistema local de o usar; o HTTPS de saída para o Armazenamento do Azure tem de continuar aberto (a etiqueta de serviço Storage no grupo de segurança de rede).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No proxy for the system account</source>
        <translation>Sem proxy para a conta de sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The machine-wide proxy</source>
        <translation>O proxy de toda a máquina</translation>
    </message>
    <message>
        <location filename="../core/wizards/platform_guides.py" line="-157"/>
        <source>Backups need the VM agent: install it (VMs moved from on-premises or made from a generalized image may lack it) and make sure the VM&apos;s settings say it is there.</source>
        <translation>As cópias de segurança precisam do agente da VM: instale-o (as VMs migradas do local ou criadas a partir de uma imagem generalizada podem não o ter) e confirme que as definições da VM indicam que existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install the Windows guest agent</source>
        <translation>Instalar o agente convidado do Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, download and install the VM agent&apos;s MSI as an administrator, then check that the Windows Azure Guest Agent service is running.</source>
        <translation>Em {vm}, transfira e instale o MSI do agente da VM como administrador e confirme que o serviço Windows Azure Guest Agent está em execução.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Is the agent&apos;s service there?</source>
        <translation>O serviço do agente existe?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows VM agent installer</source>
        <translation>Instalador do agente de VMs Windows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the Linux guest agent</source>
        <translation>Instalar o agente convidado do Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On {vm}, install the agent from the distribution&apos;s repository (the package is usually walinuxagent or WALinuxAgent) and start it; never install it from GitHub.</source>
        <translation>Em {vm}, instale o agente a partir do repositório da distribuição (o pacote chama-se normalmente walinuxagent ou WALinuxAgent) e inicie-o; nunca o instale a partir do GitHub.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Is the agent there and running?</source>
        <translation>O agente existe e está em execução?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tell Azure the agent is installed</source>
        <translation>Indicar ao Azure que o agente está instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure shows the agent only once it reports; the VM&apos;s osProfile.allowExtensionOperations must be true (and, for classic VMs, ProvisionGuestAgent). The command reads both.</source>
        <translation>O Azure só mostra o agente depois de este comunicar; o osProfile.allowExtensionOperations da VM tem de ser true (e, nas VMs clássicas, ProvisionGuestAgent). O comando lê ambos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the agent</source>
        <translation>Verificar o agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again and check that its agent reports Ready.</source>
        <translation>Ler {vm} de novo e confirmar que o agente comunica Ready.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Azure Backup backs up a VM that is Running, Stopped or Deallocated; a VM in the Failed state must be repaired first, and one between states must settle.</source>
        <translation>O Azure Backup faz cópias de segurança de uma VM em execução, parada ou desalocada; uma VM no estado Failed tem de ser reparada primeiro, e uma entre estados tem de estabilizar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the backup cannot start</source>
        <translation>Porque é que a cópia de segurança não pode começar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{vm} is in a state that does not allow backups. If it is moving between Running and shut down, wait until it settles and back up again.</source>
        <translation>{vm} está num estado que não permite cópias de segurança. Se estiver a passar de em execução para encerrada, aguarde até o estado estabilizar e faça a cópia de segurança de novo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reapply the VM&apos;s state</source>
        <translation>Aplicar novamente o estado da VM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redeploy the VM (restarts it)</source>
        <translation>Reimplementar a VM (reinicia-a)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exclude the agent&apos;s folder from SELinux</source>
        <translation>Excluir a pasta do agente do SELinux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If {vm} runs SELinux in enforcing mode, exclude /var/lib/waagent from the policy and check that the backup extension is installed.</source>
        <translation>Se {vm} usar o SELinux no modo enforcing, exclua /var/lib/waagent da política e confirme que a extensão de cópia de segurança está instalada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SELinux mode and recent denials</source>
        <translation>Modo do SELinux e recusas recentes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read {vm} again and check that its state allows backups.</source>
        <translation>Ler {vm} de novo e confirmar que o estado permite cópias de segurança.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A VM short of memory, CPU or disk space cannot take its snapshot in time; free resources, restart it or resize it. A restart or resize stops the VM for a few minutes.</source>
        <translation>Uma VM com pouca memória, CPU ou espaço em disco não consegue tirar o instantâneo a tempo; liberte recursos, reinicie-a ou redimensione-a. Um reinício ou redimensionamento para a VM durante alguns minutos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>See what is short</source>
        <translation>Ver o que falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the memory, CPU and free disk space of {vm} around the backup time (the VM&apos;s Metrics in the portal, or inside the guest).</source>
        <translation>Veja a memória, a CPU e o espaço livre em disco de {vm} à hora da cópia de segurança (as Métricas da VM no portal, ou dentro do convidado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Virtual machine &gt; Monitoring &gt; Metrics</source>
        <translation>Máquina virtual &gt; Monitorização &gt; Métricas</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Restart the VM in the Failed state</source>
        <translation>Reiniciar a VM no estado Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart {vm} (or start it, if it is not running): a successful operation clears the Failed state. The VM is unavailable for a few minutes. Without the permission to restart VMs (Virtual Machine Contributor), send the commands below to someone who has it: reapplying the VM&apos;s state retries the last operation without a restart; redeploying moves it to another host and loses the temporary disk&apos;s data.</source>
        <translation>Reiniciar {vm} (ou iniciá-la, se não estiver em execução): uma operação bem-sucedida tira-a do estado Failed. A VM fica indisponível durante alguns minutos. Sem a permissão para reiniciar VMs (Virtual Machine Contributor), envie os comandos abaixo a alguém que a tenha: aplicar novamente o estado da VM repete a última operação sem a reiniciar; reimplementá-la muda-a para outro anfitrião e perde os dados do disco temporário.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/vm_power.py" line="+172"/>
        <location filename="../core/wizards/platform_guides.py" line="+11"/>
        <location line="+83"/>
        <location line="+10"/>
        <source>Restart the VM</source>
        <translation>Reiniciar a VM</translation>
    </message>
    <message>
        <location filename="../core/wizards/platform_guides.py" line="-77"/>
        <source>Or resize it, when its size could not be allocated</source>
        <translation>Ou redimensioná-la, quando o tamanho não pôde ser alocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When Azure had no capacity for the VM&apos;s size, move {vm} to another size Azure offers with at least the same vCPUs and memory. The VM restarts and is then billed at the new size&apos;s price.</source>
        <translation>Quando o Azure não tinha capacidade para o tamanho da VM, mude {vm} para outro tamanho que o Azure ofereça com pelo menos as mesmas vCPUs e memória. A VM reinicia e passa a ser faturada ao preço do novo tamanho.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+85"/>
        <source>Sizes the VM can move to</source>
        <translation>Tamanhos para os quais a VM pode mudar</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+85"/>
        <source>Resize the VM (restarts it)</source>
        <translation>Redimensionar a VM (reinicia-a)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>A restart frees memory held by the guest. {vm} is unavailable for a few minutes: do it in a maintenance window. Without the permission to restart VMs (Virtual Machine Contributor), send the command below to someone who has it.</source>
        <translation>Reiniciar liberta a memória retida pelo sistema convidado. {vm} fica indisponível durante alguns minutos: faça-o numa janela de manutenção. Sem a permissão para reiniciar VMs (Virtual Machine Contributor), envie o comando abaixo a alguém que a tenha.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Or resize the VM</source>
        <translation>Ou redimensionar a VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger size adds memory and CPU; {vm} restarts and is then billed at the new size&apos;s price. If the free disk space is low, enlarge the disk instead.</source>
        <translation>Um tamanho maior acrescenta memória e CPU; {vm} reinicia e passa a ser faturada ao preço do novo tamanho. Se o espaço livre em disco for pouco, aumente antes o disco.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Snapshots fail when the disks are at their IOPS limit or another tool snapshots them at the same time; back up at a quieter time and spread the load.</source>
        <translation>Os instantâneos falham quando os discos estão no limite de IOPS ou quando outra ferramenta tira instantâneos ao mesmo tempo; faça a cópia de segurança a uma hora mais calma e distribua a carga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move the backup schedule</source>
        <translation>Mudar o agendamento da cópia de segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the backup policy of {vm} to a time when the VM is least busy, and keep other snapshot tools (Azure Site Recovery, scripts) at least a few minutes away from it: storage allows one snapshot per disk per minute.</source>
        <translation>Mude a política de cópia de segurança de {vm} para uma hora em que a VM esteja menos ocupada, e mantenha outras ferramentas de instantâneos (Azure Site Recovery, scripts) a alguns minutos de distância: o armazenamento só permite um instantâneo por disco por minuto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery Services vault &gt; Backup policies</source>
        <translation>Cofre dos Serviços de Recuperação &gt; Políticas de cópia de segurança</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spread the disk load</source>
        <translation>Distribuir a carga dos discos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread the load across more disks or move to disks with more IOPS.</source>
        <translation>Distribua a carga por mais discos ou mude para discos com mais IOPS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure managed disk types</source>
        <translation>Tipos de discos geridos do Azure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A disk blob can keep only so many snapshots; delete the snapshots that are not needed (never the base blobs) and keep soft-deleted ones from piling up.</source>
        <translation>Um blob de disco só pode ter um certo número de instantâneos; elimine os instantâneos desnecessários (nunca os blobs base) e evite que os eliminados de forma recuperável se acumulem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete unneeded blob snapshots</source>
        <translation>Eliminar instantâneos de blobs desnecessários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the storage account of each unmanaged disk of {vm}, list the blob snapshots and delete the ones no longer needed; delete snapshots only, never the disk blob itself. If blob soft delete is on, shorten its retention.</source>
        <translation>Na conta de armazenamento de cada disco não gerido de {vm}, liste os instantâneos dos blobs e elimine os que já não são precisos; elimine apenas instantâneos, nunca o próprio blob do disco. Se a eliminação recuperável de blobs estiver ativa, reduza a retenção.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Blob snapshots in the container</source>
        <translation>Instantâneos de blobs no contentor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep Azure Site Recovery apart</source>
        <translation>Manter o Azure Site Recovery separado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If Azure Site Recovery protects {vm}, set isanysnapshotfailed to False in /etc/azure/vmbackup.conf and schedule it away from the backup.</source>
        <translation>Se o Azure Site Recovery proteger {vm}, defina isanysnapshotfailed como False em /etc/azure/vmbackup.conf e agende-o longe da cópia de segurança.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copying the snapshot to the vault timed out, usually because of a transient storage error; back up again, and follow the best practices if it recurs.</source>
        <translation>A cópia do instantâneo para o cofre esgotou o tempo limite, normalmente devido a um erro transitório do armazenamento; faça a cópia de segurança de novo e siga as boas práticas se se repetir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot of {vm} was taken but not copied to the vault in time. This is usually transient; if it repeats, the disks may lack the IOPS for the transfer.</source>
        <translation>O instantâneo de {vm} foi tirado mas não foi copiado para o cofre a tempo. Normalmente é transitório; se se repetir, os discos podem não ter IOPS suficientes para a transferência.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best practices for VM backup</source>
        <translation>Boas práticas de cópia de segurança de VMs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On the V1 backup stack a premium VM&apos;s snapshot is copied inside its storage account; keep at least half of the account free, or move to the current backup stack.</source>
        <translation>Na pilha de cópia de segurança V1, o instantâneo de uma VM premium é copiado dentro da conta de armazenamento; mantenha pelo menos metade da conta livre, ou passe para a pilha atual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free space in the storage account</source>
        <translation>Libertar espaço na conta de armazenamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at most half of the premium storage account of {vm} (about 17.5 TB), so that Azure Backup can copy the snapshot there before sending it to the vault.</source>
        <translation>Use no máximo metade da conta de armazenamento premium de {vm} (cerca de 17,5 TB), para que o Azure Backup possa copiar aí o instantâneo antes de o enviar para o cofre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure Backup supports a limited number of data disks per VM; detach the extra ones. Detaching a disk removes it from the guest: stop what uses it first.</source>
        <translation>O Azure Backup suporta um número limitado de discos de dados por VM; desligue os excedentes. Desligar um disco retira-o do convidado: pare primeiro o que o utiliza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detach the extra data disks</source>
        <translation>Desligar os discos de dados excedentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which data disks of {vm} can go, stop the applications that use them, unmount them in the guest and detach them. The disks themselves are kept.</source>
        <translation>Escolha que discos de dados de {vm} podem sair, pare as aplicações que os usam, desmonte-os no convidado e desligue-os. Os próprios discos são mantidos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detach one data disk</source>
        <translation>Desligar um disco de dados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual machine &gt; Settings &gt; Disks</source>
        <translation>Máquina virtual &gt; Definições &gt; Discos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the number of data disks</source>
        <translation>Verificar o número de discos de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read {vm} again and check that it has no more data disks than backup supports.</source>
        <translation>Ler {vm} de novo e confirmar que não tem mais discos de dados do que a cópia de segurança suporta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Classic VMs, classic storage accounts and the V1 backup stack are no longer supported for these disks; move the VM to Azure Resource Manager and managed disks.</source>
        <translation>As VMs clássicas, as contas de armazenamento clássicas e a pilha de cópia de segurança V1 já não são suportadas para estes discos; passe a VM para o Azure Resource Manager e para discos geridos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move to Resource Manager and managed disks</source>
        <translation>Passar para o Resource Manager e para discos geridos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the disks of {vm} out of the classic storage account (converting them to managed disks does it), or migrate a classic VM to Resource Manager. Until then, a classic VM with an invalid network configuration can be backed up while shut down.</source>
        <translation>Retire os discos de {vm} da conta de armazenamento clássica (convertê-los em discos geridos fá-lo), ou migre uma VM clássica para o Resource Manager. Até lá, uma VM clássica com uma configuração de rede inválida pode ter cópia de segurança enquanto estiver encerrada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Convert the VM to managed disks (deallocate it first)</source>
        <translation>Converter a VM para discos geridos (desaloque-a primeiro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migrate classic resources to Resource Manager</source>
        <translation>Migrar recursos clássicos para o Resource Manager</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A VM encrypted with Azure Disk Encryption using an Azure AD app must stay on that method; moving it to the method without Azure AD is not supported for backup.</source>
        <translation>Uma VM encriptada com o Azure Disk Encryption usando uma aplicação do Azure AD tem de continuar nesse método; a passagem para o método sem o Azure AD não é suportada na cópia de segurança.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare the VM&apos;s encryption settings</source>
        <translation>Comparar as definições de encriptação da VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which Azure Disk Encryption extension version {vm} has (1.1 is without Azure AD, 0.1 with it) and return the VM to the method it was protected with.</source>
        <translation>Verifique que versão da extensão do Azure Disk Encryption {vm} tem (1.1 é sem o Azure AD, 0.1 é com ele) e devolva a VM ao método com que estava protegida.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/protection.py" line="-157"/>
        <source>{vm} exists in Azure, so its backups can run: this step only stops the protection of a VM that no longer exists. (A VM recreated with the same name and resource group is the other documented fix.)</source>
        <translation>{vm} existe no Azure, por isso as cópias de segurança podem ser feitas: este passo só para a proteção de uma VM que já não existe. (Criar de novo a VM com o mesmo nome e no mesmo grupo de recursos é a outra correção documentada.)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>recovery points in the vault</source>
        <translation>pontos de recuperação no cofre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovery points in the vault, the latest backup on {time}</source>
        <translation>pontos de recuperação no cofre, a última cópia de segurança em {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Azure refused because a lock applies to the vault&apos;s backup items: {reason} Someone with Owner or User Access Administrator must remove the lock first; then try again.</source>
        <translation>O Azure recusou porque um bloqueio se aplica aos itens de cópia de segurança do cofre: {reason} Alguém com a função Owner ou User Access Administrator tem de remover primeiro o bloqueio; depois tente novamente.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stop the protection of {vm} in {vault}, keeping its backup data</source>
        <translation>Parar a proteção de {vm} em {vault}, mantendo os dados de cópia de segurança</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{state}, policy {policy}</source>
        <translation>{state}, política {policy}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped, no policy</source>
        <translation>Parada, sem política</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+87"/>
        <source>Backup data of {vm}</source>
        <translation>Dados de cópia de segurança de {vm}</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>kept, with no expiry, until you delete it</source>
        <translation>mantidos, sem prazo, até os eliminar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop protecting {vm} in {vaults} and keep its backup data. No backup of it runs any more (the VM no longer exists, so every scheduled one fails); the recovery points already taken are kept, with no expiry, until you delete them, and their storage is still billed.</source>
        <translation>Parar a proteção de {vm} em {vaults} e manter os dados de cópia de segurança. Deixa de ser feita qualquer cópia de segurança (a VM já não existe, por isso todas as agendadas falham); os pontos de recuperação já criados são mantidos, sem prazo, até os eliminar, e o armazenamento continua a ser faturado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can still restore from the kept recovery points, and delete them later (the next step of this wizard, or the vault&apos;s Backup items).</source>
        <translation>Ainda pode restaurar a partir dos pontos de recuperação mantidos e eliminá-los mais tarde (no passo seguinte deste assistente ou nos Itens de cópia de segurança do cofre).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The protection of {vm} is now {state}: no more backups of it are scheduled, and its backup data is kept.</source>
        <translation>A proteção de {vm} está agora {state}: deixa de haver cópias de segurança agendadas, e os dados de cópia de segurança são mantidos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stop the protection of {vm} in {vault} and delete its backup data</source>
        <translation>Parar a proteção de {vm} em {vault} e eliminar os dados de cópia de segurança</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stop protecting {vm} in {vaults} and delete its backup data. No backup of it runs any more, and its recovery points are deleted: nothing of {vm} can be restored once they are gone.</source>
        <translation>Parar a proteção de {vm} em {vaults} e eliminar os dados de cópia de segurança. Deixa de ser feita qualquer cópia de segurança, e os pontos de recuperação são eliminados: depois de desaparecerem, nada de {vm} pode ser restaurado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup item of {vm} was already gone.</source>
        <translation>O item de cópia de segurança de {vm} já não existia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protection of {vm} is stopped and its backup data deleted in {vaults}. The vault keeps it soft-deleted for {days} days, when it can still be undeleted; then it is gone for good.</source>
        <translation>A proteção de {vm} está parada e os dados de cópia de segurança foram eliminados em {vaults}. O cofre mantém-nos em eliminação recuperável durante {days} dias, em que ainda é possível anular a eliminação; depois desaparecem definitivamente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protection of {vm} is stopped and its backup data deleted for good in {vaults}.</source>
        <translation>A proteção de {vm} está parada e os dados de cópia de segurança foram eliminados definitivamente em {vaults}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deleted: soft-deleted for {days} days (can be undeleted), then gone for good</source>
        <translation>eliminados: em eliminação recuperável durante {days} dias (é possível anular a eliminação), depois desaparecem definitivamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted for good at once (soft delete is off in the vault)</source>
        <translation>eliminados definitivamente de imediato (a eliminação recuperável está desativada no cofre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Soft delete is on in {vault}: the deleted data is kept {days} more days in soft-deleted state, when it can be undeleted from the vault&apos;s Backup items (and is not billed); after that it is gone for good.</source>
        <translation>A eliminação recuperável está ativa em {vault}: os dados eliminados são mantidos mais {days} dias em estado de eliminação recuperável, em que é possível anular a eliminação nos Itens de cópia de segurança do cofre (sem custos); depois disso desaparecem definitivamente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Soft delete is off in {vault}: the data is deleted for good at once and cannot be undeleted.</source>
        <translation>A eliminação recuperável está desativada em {vault}: os dados são eliminados definitivamente de imediato e não é possível anular a eliminação.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The soft delete setting of {vault} could not be read ({reason}). Soft delete is on by default: then the deleted data is kept {days} more days in soft-deleted state, when it can be undeleted; if someone turned it off, the data is gone for good at once.</source>
        <translation>Não foi possível ler a definição de eliminação recuperável de {vault} ({reason}). A eliminação recuperável está ativa por predefinição: nesse caso os dados eliminados são mantidos mais {days} dias em estado de eliminação recuperável, em que é possível anular a eliminação; se alguém a desativou, os dados desaparecem definitivamente de imediato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{vault} does not state its soft delete setting; soft delete is on by default: the deleted data is kept {days} more days in soft-deleted state, when it can be undeleted, then it is gone for good.</source>
        <translation>{vault} não indica a definição de eliminação recuperável; a eliminação recuperável está ativa por predefinição: os dados eliminados são mantidos mais {days} dias em estado de eliminação recuperável, em que é possível anular a eliminação, e depois desaparecem definitivamente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No vault protects {vm} any more (its backup item is gone): there is nothing to stop.</source>
        <translation>Nenhum cofre protege já {vm} (o item de cópia de segurança já não existe): não há nada para parar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The protection of {vm} in {vault} is already stopped and its backup data deleted: it stays soft-deleted until {time}, then it is gone for good. There is nothing to do.</source>
        <translation>A proteção de {vm} em {vault} já está parada e os dados de cópia de segurança já foram eliminados: ficam em eliminação recuperável até {time} e depois desaparecem definitivamente. Não há nada a fazer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The protection of {vm} in {vault} is already {state}: the vault no longer backs it up. Its backup data is kept; the other step deletes it.</source>
        <translation>A proteção de {vm} em {vault} já está {state}: o cofre deixou de fazer cópias de segurança. Os dados de cópia de segurança são mantidos; o outro passo elimina-os.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/policy_group.py" line="-99"/>
        <source>No vault backs up {vm} with a backup policy, so no restore point group is needed for it.</source>
        <translation>Nenhum cofre faz cópias de segurança de {vm} com uma política de cópia de segurança, por isso não é preciso um grupo de pontos de restauro para ela.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create the restore point group with the tags the policy requires</source>
        <translation>Criar o grupo de pontos de restauro com as etiquetas que a política exige</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The latest backup of {vm} was not denied by a policy naming its restore point group, and {group} {state}: there is nothing to create.</source>
        <translation>A última cópia de segurança de {vm} não foi recusada por uma política que indique o seu grupo de pontos de restauro, e {group} {state}: não há nada a criar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is created by Azure Backup at the next backup</source>
        <translation>é criado pelo Azure Backup na próxima cópia de segurança</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The failed backup&apos;s error does not name the policy, so the tags it requires are unknown. Look for Deny policies assigned to the subscription (Azure Policy &gt; Assignments) and follow the manual step.</source>
        <translation>O erro da cópia de segurança falhada não indica a política, por isso as etiquetas que exige são desconhecidas. Procure políticas Deny atribuídas à subscrição (Azure Policy &gt; Atribuições) e siga o passo manual.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The rule of the policy {policy} does not say plainly which tags a resource group needs (or it is not about resource groups), so creating the group might not satisfy it. Follow the manual step: change the policy, or create the group with what it requires.</source>
        <translation>A regra da política {policy} não diz claramente que etiquetas um grupo de recursos precisa (ou não diz respeito a grupos de recursos), por isso criar o grupo pode não a satisfazer. Siga o passo manual: altere a política, ou crie o grupo com o que ela exige.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{group} already exists with the tags the policy {policy} requires ({tags}): the next backup of {vm} uses it. Back up now to check.</source>
        <translation>{group} já existe com as etiquetas que a política {policy} exige ({tags}): a próxima cópia de segurança de {vm} utiliza-o. Faça uma cópia de segurança agora para confirmar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the VM {vm}</source>
        <translation>a VM {vm}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{tag}={value}: the value the policy {policy} requires.</source>
        <translation>{tag}={value}: o valor que a política {policy} exige.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The policy {policy} requires the tag {tag}, and neither {vm} nor its resource group has a value for it to copy. Create {group} by hand with the value your organisation uses (manual step).</source>
        <translation>A política {policy} exige a etiqueta {tag}, e nem {vm} nem o seu grupo de recursos têm um valor para copiar. Crie {group} à mão com o valor que a sua organização usa (passo manual).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{tag}={value}: the policy {policy} requires the tag; its value is copied from {origin}.</source>
        <translation>{tag}={value}: a política {policy} exige a etiqueta; o valor é copiado de {origin}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resource group {group}</source>
        <translation>Grupo de recursos {group}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created in {location}</source>
        <translation>criado em {location}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Tags of {group}</source>
        <translation>Etiquetas de {group}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Create the resource group {group} in {location} with the tags {tags}, which the policy {policy} requires, so that the next backup of {vm} finds the group for its restore points instead of creating it (which the policy denies). The policy itself does not change: it still applies to every other resource group. The group is empty until the next backup puts the restore point collection of {vm} in it; an empty group costs nothing.</source>
        <translation>Criar o grupo de recursos {group} em {location} com as etiquetas {tags}, que a política {policy} exige, para que a próxima cópia de segurança de {vm} encontre o grupo para os seus pontos de restauro em vez de o criar (o que a política recusa). A política em si não muda: continua a aplicar-se a todos os outros grupos de recursos. O grupo fica vazio até a próxima cópia de segurança lá colocar a coleção de pontos de restauro de {vm}; um grupo vazio não tem custos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add the tags {tags}, which the policy {policy} requires, to the restore point group {group} of {vm}; its other tags and everything in it stay as they are. The policy itself does not change.</source>
        <translation>Acrescentar as etiquetas {tags}, que a política {policy} exige, ao grupo de pontos de restauro {group} de {vm}; as outras etiquetas e tudo o que contém ficam como estão. A política em si não muda.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Do not lock this group: Azure Backup must be able to create and delete restore points in it.</source>
        <translation>Não aplique bloqueios a este grupo: o Azure Backup tem de poder criar e eliminar pontos de restauro nele.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create or update the resource group {group}</source>
        <translation>Criar ou atualizar o grupo de recursos {group}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The resource group {group} is ready in {location} with the tags {tags}. Back up now: the backup of {vm} puts its restore points there instead of creating a group the policy denies.</source>
        <translation>O grupo de recursos {group} está pronto em {location} com as etiquetas {tags}. Faça uma cópia de segurança agora: a cópia de segurança de {vm} coloca lá os pontos de restauro em vez de criar um grupo que a política recusa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Azure Policy still denies the group with these tags: another policy, or a rule Backup Doctor could not read, requires more. Ask whoever manages Azure Policy, or follow the manual step.</source>
        <translation>O Azure Policy continua a recusar o grupo com estas etiquetas: outra política, ou uma regra que o Backup Doctor não conseguiu ler, exige mais. Pergunte a quem gere o Azure Policy, ou siga o passo manual.</translation>
    </message>
    <message>
        <location filename="../core/wizards/actions/vm_power.py" line="-82"/>
        <source>{vm} is not in the Failed state (provisioning {state}, power {power}) and no backup failed for lack of resources since its last restart: there is nothing to restart or resize. Back up now to check.</source>
        <translation>{vm} não está no estado Failed (aprovisionamento {state}, energia {power}) e nenhuma cópia de segurança falhou por falta de recursos desde o último reinício: não há nada a reiniciar nem a redimensionar. Faça uma cópia de segurança agora para confirmar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{vm} is in the Failed state, which does not allow backups.</source>
        <translation>{vm} está no estado Failed, que não permite cópias de segurança.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest backup of {vm} failed for lack of resources in the VM ({codes}).</source>
        <translation>A última cópia de segurança de {vm} falhou por falta de recursos na VM ({codes}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{vm} is between states ({power}): wait until it is Running, Stopped or Deallocated, then look again.</source>
        <translation>{vm} está entre estados ({power}): aguarde até estar em execução, parada ou desalocada e volte a ver.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Azure has no capacity for the VM&apos;s size where it runs now: {reason} Resize the VM to another size (the next step), or try again later.</source>
        <translation>O Azure não tem capacidade para o tamanho da VM onde ela está agora: {reason} Redimensione a VM para outro tamanho (o passo seguinte), ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Azure does not allow this now: {reason}</source>
        <translation>O Azure não permite isto agora: {reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The last operation failed because Azure had no capacity for the size {size}: the same size may fail again. The resize step moves the VM to another size.</source>
        <translation>A última operação falhou porque o Azure não tinha capacidade para o tamanho {size}: o mesmo tamanho pode voltar a falhar. O passo de redimensionamento muda a VM para outro tamanho.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restart {vm}. Its operating system shuts down and starts again: the VM is unavailable for a few minutes, and what runs on it stops (open sessions and unsaved work are lost). It keeps its size, disks and IP addresses, and billing does not change. Do it in a maintenance window.</source>
        <translation>Reiniciar {vm}. O sistema operativo encerra e volta a arrancar: a VM fica indisponível durante alguns minutos, e o que nela é executado para (as sessões abertas e o trabalho não guardado perdem-se). Mantém o tamanho, os discos e os endereços IP, e a faturação não muda. Faça-o numa janela de manutenção.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restart {vm}</source>
        <translation>Reiniciar {vm}</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>State of {vm}</source>
        <translation>Estado de {vm}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state}, {power}</source>
        <translation>{state}, {power}</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>restarted: unavailable for a few minutes, then running</source>
        <translation>reiniciada: indisponível durante alguns minutos, depois em execução</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start {vm}, which is {power}. Once it runs, its compute time is billed again (a stopped and deallocated VM is not), and it may get a new public IP address unless that address is static.</source>
        <translation>Iniciar {vm}, que está {power}. Quando estiver em execução, o tempo de computação volta a ser faturado (uma VM parada e desalocada não é), e pode receber um novo endereço IP público, a não ser que esse endereço seja estático.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start {vm}</source>
        <translation>Iniciar {vm}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running (billed while it runs)</source>
        <translation>em execução (faturada enquanto estiver em execução)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{vm} restarted: provisioning {state}, power {power}.</source>
        <translation>{vm} reiniciada: aprovisionamento {state}, energia {power}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{size} ({cores} vCPU, {memory} GiB)</source>
        <translation>{size} ({cores} vCPU, {memory} GiB)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Resize the VM</source>
        <translation>Redimensionar a VM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Azure offers no size for {vm} with at least its {current}: choose a size yourself (the command of this step lists them).</source>
        <translation>O Azure não oferece nenhum tamanho para {vm} com pelo menos o atual, {current}: escolha um tamanho (o comando deste passo lista-os).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Azure restarts the VM to resize it: it is unavailable for a few minutes and what runs on it stops.</source>
        <translation>O Azure reinicia a VM para a redimensionar: fica indisponível durante alguns minutos e o que nela é executado para.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The VM is not running and stays so.</source>
        <translation>A VM não está em execução e assim continua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resize {vm} from {current} to {new}, a size Azure offers for it now with at least the same vCPUs and memory (of the same series where there is one, the smallest first). {disruption} From then on the VM is billed at the price of {size}.</source>
        <translation>Redimensionar {vm} de {current} para {new}, um tamanho que o Azure lhe oferece agora com pelo menos as mesmas vCPUs e memória (da mesma série, quando existe, o mais pequeno primeiro). {disruption} A partir daí, a VM é faturada ao preço de {size}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other sizes Azure offers with at least as much: {sizes}. To pick one of them, use this step&apos;s command instead.</source>
        <translation>Outros tamanhos que o Azure oferece com pelo menos o mesmo: {sizes}. Para escolher um deles, use antes o comando deste passo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resize {vm} to {size}</source>
        <translation>Redimensionar {vm} para {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size of {vm}</source>
        <translation>Tamanho de {vm}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{vm} now has the size {size}: provisioning {state}, power {power}.</source>
        <translation>{vm} tem agora o tamanho {size}: aprovisionamento {state}, energia {power}.</translation>
    </message>
</context>
</TS>
