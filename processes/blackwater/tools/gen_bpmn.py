#!/usr/bin/env python3
"""Writes the two black-odorous BPMN files (model + diagram) from the compact description below.
Run from the repository root: python3 processes/blackwater/tools/gen_bpmn.py. Edit here, not in the .bpmn."""
from xml.sax.saxutils import escape

SIZES = {'start': (36, 36), 'end': (36, 36), 'terminate': (36, 36), 'user': (100, 80), 'service': (100, 80),
         'receive': (100, 80), 'xor': (50, 50), 'and': (50, 50), 'evgw': (50, 50), 'timer': (36, 36),
         'msgcatch': (36, 36), 'timerstart': (36, 36), 'sub': None, 'boundarytimer': (36, 36)}


def gen(pid, name, doc, nodes, flows, messages, out):
    # nodes: dict id -> dict(type, name, x, y, parent, attrs, w, h, attached)
    inc = {n: [] for n in nodes}
    outg = {n: [] for n in nodes}
    for f in flows:
        outg[f['src']].append(f['id'])
        inc[f['tgt']].append(f['id'])

    def node_xml(nid, ind):
        n = nodes[nid]
        t = n['type']
        a = n.get('attrs', '')
        nm = ' name="%s"' % escape(n['name']) if n.get('name') else ''
        io = ''.join('%s  <bpmn:incoming>%s</bpmn:incoming>\n' % (ind, i) for i in inc[nid]) + \
             ''.join('%s  <bpmn:outgoing>%s</bpmn:outgoing>\n' % (ind, o) for o in outg[nid])
        if t in ('start',):
            return '%s<bpmn:startEvent id="%s"%s>\n%s%s</bpmn:startEvent>\n' % (ind, nid, nm, io, ind)
        if t == 'timerstart':
            return ('%s<bpmn:startEvent id="%s"%s>\n%s%s  <bpmn:timerEventDefinition id="%s_Def">\n%s    '
                    '<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">%s</bpmn:timeCycle>\n%s  </bpmn:timerEventDefinition>\n%s</bpmn:startEvent>\n') % (
                ind, nid, nm, io, ind, nid, ind, escape(n['cycle']), ind, ind)
        if t == 'end':
            return '%s<bpmn:endEvent id="%s"%s>\n%s%s</bpmn:endEvent>\n' % (ind, nid, nm, io, ind)
        if t == 'terminate':
            return '%s<bpmn:endEvent id="%s"%s>\n%s%s  <bpmn:terminateEventDefinition id="%s_Def" />\n%s</bpmn:endEvent>\n' % (
                ind, nid, nm, io, ind, nid, ind)
        if t == 'user':
            return '%s<bpmn:userTask id="%s"%s %s>\n%s%s</bpmn:userTask>\n' % (ind, nid, nm, a, io, ind)
        if t == 'service':
            return '%s<bpmn:serviceTask id="%s"%s %s>\n%s%s</bpmn:serviceTask>\n' % (ind, nid, nm, a, io, ind)
        if t == 'receive':
            return '%s<bpmn:receiveTask id="%s"%s messageRef="%s">\n%s%s</bpmn:receiveTask>\n' % (ind, nid, nm, n['message'], io, ind)
        if t == 'xor':
            d = ' default="%s"' % n['default'] if n.get('default') else ''
            return '%s<bpmn:exclusiveGateway id="%s"%s%s>\n%s%s</bpmn:exclusiveGateway>\n' % (ind, nid, nm, d, io, ind)
        if t == 'and':
            return '%s<bpmn:parallelGateway id="%s"%s>\n%s%s</bpmn:parallelGateway>\n' % (ind, nid, nm, io, ind)
        if t == 'evgw':
            return '%s<bpmn:eventBasedGateway id="%s"%s>\n%s%s</bpmn:eventBasedGateway>\n' % (ind, nid, nm, io, ind)
        if t == 'timer':
            return ('%s<bpmn:intermediateCatchEvent id="%s"%s>\n%s%s  <bpmn:timerEventDefinition id="%s_Def">\n%s    '
                    '<bpmn:timeDate xsi:type="bpmn:tFormalExpression">%s</bpmn:timeDate>\n%s  </bpmn:timerEventDefinition>\n%s</bpmn:intermediateCatchEvent>\n') % (
                ind, nid, nm, io, ind, nid, ind, escape(n['date']), ind, ind)
        if t == 'msgcatch':
            return ('%s<bpmn:intermediateCatchEvent id="%s"%s>\n%s%s  <bpmn:messageEventDefinition id="%s_Def" messageRef="%s" />\n'
                    '%s</bpmn:intermediateCatchEvent>\n') % (ind, nid, nm, io, ind, nid, n['message'], ind)
        if t == 'boundarytimer':
            return ('%s<bpmn:boundaryEvent id="%s"%s cancelActivity="false" attachedToRef="%s">\n%s%s  <bpmn:timerEventDefinition id="%s_Def">\n%s    '
                    '<bpmn:timeDate xsi:type="bpmn:tFormalExpression">%s</bpmn:timeDate>\n%s  </bpmn:timerEventDefinition>\n%s</bpmn:boundaryEvent>\n') % (
                ind, nid, nm, n['attached'], io, ind, nid, ind, escape(n['date']), ind, ind)
        if t == 'sub':
            body = ''.join(node_xml(c, ind + '  ') for c in nodes if nodes[c].get('parent') == nid)
            body += ''.join(flow_xml(f, ind + '  ') for f in flows if nodes[f['src']].get('parent') == nid)
            return '%s<bpmn:subProcess id="%s"%s>\n%s%s%s</bpmn:subProcess>\n' % (ind, nid, nm, io, body, ind)
        raise Exception(t)

    def flow_xml(f, ind):
        nm = ' name="%s"' % escape(f['name']) if f.get('name') else ''
        if f.get('cond'):
            return ('%s<bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s">\n%s  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression>\n%s</bpmn:sequenceFlow>\n') % (
                ind, f['id'], nm, f['src'], f['tgt'], ind, escape(f['cond']), ind)
        return '%s<bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s" />\n' % (ind, f['id'], nm, f['src'], f['tgt'])

    def size(nid):
        n = nodes[nid]
        if n['type'] == 'sub':
            return n['w'], n['h']
        return SIZES[n['type']]

    def center(nid):
        n = nodes[nid]
        w, h = size(nid)
        return n['x'] + w / 2, n['y'] + h / 2

    def waypoints(f):
        s, t = f['src'], f['tgt']
        sx, sy = center(s)
        tx, ty = center(t)
        sw, sh = size(s)
        tw, th = size(t)
        if f.get('via'):
            pts = [(sx, sy)] + f['via'] + [(tx, ty)]
            # clip first/last to the shapes' borders roughly
            fx, fy = pts[1]
            pts[0] = (sx, sy - sh / 2) if fy < sy - sh / 2 else (sx, sy + sh / 2) if fy > sy + sh / 2 else (sx + sw / 2 if fx > sx else sx - sw / 2, sy)
            lx, ly = pts[-2]
            pts[-1] = (tx, ty - th / 2) if ly < ty - th / 2 else (tx, ty + th / 2) if ly > ty + th / 2 else (tx - tw / 2 if lx < tx else tx + tw / 2, ty)
            return pts
        if abs(sy - ty) < 1:
            return [(sx + sw / 2, sy), (tx - tw / 2, ty)] if tx > sx else [(sx - sw / 2, sy), (tx + tw / 2, ty)]
        if nodes[s]['type'] in ('xor', 'and', 'evgw', 'boundarytimer'):
            return [(sx, sy + sh / 2 if ty > sy else sy - sh / 2), (sx, ty), (tx - tw / 2, ty)]
        return [(sx + sw / 2, sy), (tx, sy), (tx, ty - th / 2 if ty > sy else ty + th / 2)]

    x = ['<?xml version="1.0" encoding="UTF-8"?>\n',
         '<!-- Generated by processes/blackwater/tools/gen_bpmn.py: edit the generator, then run it. -->\n',
         '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
         'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
         'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_%s" targetNamespace="http://hezhang.cn/bpmn" '
         'exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">\n' % pid,
         '  <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="1825">\n' % (pid, escape(name)),
         '    <bpmn:documentation>%s</bpmn:documentation>\n' % escape(doc)]
    for nid in nodes:
        if not nodes[nid].get('parent'):
            x.append(node_xml(nid, '    '))
    for f in flows:
        if not nodes[f['src']].get('parent'):
            x.append(flow_xml(f, '    '))
    x.append('  </bpmn:process>\n')
    for mid, mname in messages:
        x.append('  <bpmn:message id="%s" name="%s" />\n' % (mid, mname))
    x.append('  <bpmndi:BPMNDiagram id="BPMNDiagram_%s">\n    <bpmndi:BPMNPlane id="BPMNPlane_%s" bpmnElement="%s">\n' % (pid, pid, pid))
    for nid, n in nodes.items():
        w, h = size(nid)
        extra = ' isExpanded="true"' if n['type'] == 'sub' else ''
        x.append('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s>\n        <dc:Bounds x="%d" y="%d" width="%d" height="%d" />\n' % (
            nid, nid, extra, n['x'], n['y'], w, h))
        if n.get('name') and n['type'] not in ('user', 'service', 'receive', 'sub'):
            x.append('        <bpmndi:BPMNLabel>\n          <dc:Bounds x="%d" y="%d" width="90" height="27" />\n        </bpmndi:BPMNLabel>\n' % (
                n['x'] + w / 2 - 45, n['y'] + h + 4))
        x.append('      </bpmndi:BPMNShape>\n')
    for f in flows:
        x.append('      <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">\n' % (f['id'], f['id']))
        for px, py in waypoints(f):
            x.append('        <di:waypoint x="%d" y="%d" />\n' % (px, py))
        x.append('      </bpmndi:BPMNEdge>\n')
    x.append('    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n')
    open(out, 'w', encoding='utf-8').write(''.join(x))


def N(t, name, x, y, **kw):
    d = dict(type=t, name=name, x=x, y=y)
    d.update(kw)
    return d


OFFICE = 'camunda:candidateGroups="${officeGroup}" camunda:dueDate="${officeDue}"'
lifecycle_nodes = {
    'StartEvent_Identified': N('start', '黑臭水体已识别', 152, 222),
    'Task_PublishBody': N('user', '公示黑臭水体', 240, 200, attrs=OFFICE),
    'Task_PlanRemediation': N('user', '制定整治方案', 400, 200, attrs=OFFICE),
    'SubProcess_Remediation': N('sub', '整治', 560, 100, w=560, h=300),
    'StartEvent_RemediationStarted': N('start', '开始整治', 590, 222, parent='SubProcess_Remediation'),
    'Gateway_ForkRemediation': N('and', None, 665, 215, parent='SubProcess_Remediation'),
    'ReceiveTask_AwaitInitialEffect': N('receive', '等待初见成效', 760, 130, parent='SubProcess_Remediation', message='Msg_InitialEffect'),
    'EndEvent_InitialEffect': N('terminate', '初见成效', 1030, 152, parent='SubProcess_Remediation'),
    'Gateway_NextMilestone': N('xor', '还有未到期的里程碑?', 760, 295, parent='SubProcess_Remediation', default='SequenceFlow_NoMoreMilestones'),
    'TimerEvent_MilestoneDue': N('timer', '里程碑到期', 862, 302, parent='SubProcess_Remediation', date='${nextMilestoneDue}'),
    'ServiceTask_CheckMilestone': N('service', '检查里程碑', 930, 280, parent='SubProcess_Remediation',
                                    attrs='camunda:delegateExpression="${milestoneDueDelegate}"'),
    'EndEvent_MilestonesWatched': N('end', '里程碑已全部到期', 767, 370, parent='SubProcess_Remediation'),
    'TimerEvent_RemediationDeadline': N('boundarytimer', '整治期限已到', 1002, 382, attached='SubProcess_Remediation', date='${deadline}'),
    'ServiceTask_FlagOverdue': N('service', '标记逾期', 970, 450, attrs='camunda:delegateExpression="${remediationOverdueDelegate}"'),
    'EndEvent_OverdueFlagged': N('end', '已标记逾期', 1122, 472),
    'Task_AssessCompletion': N('user', '整治效果评估', 1180, 200, attrs=OFFICE),
    'Gateway_CompletionPassed': N('xor', '评估通过?', 1335, 215),
    'EventGateway_LongTermWatch': N('evgw', '长效监管', 1435, 215),
    'MessageEvent_Rebound': N('msgcatch', '返黑返臭', 1542, 122, message='Msg_Rebound'),
    'TimerEvent_WatchEnds': N('timer', '长效监管期满', 1542, 222, date='${watchUntil}'),
    'EndEvent_LongTermClean': N('end', '长制久清', 1632, 222),
}
lifecycle_flows = [
    dict(id='SequenceFlow_ToPublish', src='StartEvent_Identified', tgt='Task_PublishBody'),
    dict(id='SequenceFlow_Published', src='Task_PublishBody', tgt='Task_PlanRemediation'),
    dict(id='SequenceFlow_Planned', src='Task_PlanRemediation', tgt='SubProcess_Remediation'),
    dict(id='SequenceFlow_RemediationStarted', src='StartEvent_RemediationStarted', tgt='Gateway_ForkRemediation'),
    dict(id='SequenceFlow_ToAwaitEffect', src='Gateway_ForkRemediation', tgt='ReceiveTask_AwaitInitialEffect'),
    dict(id='SequenceFlow_EffectReached', src='ReceiveTask_AwaitInitialEffect', tgt='EndEvent_InitialEffect'),
    dict(id='SequenceFlow_ToMilestones', src='Gateway_ForkRemediation', tgt='Gateway_NextMilestone'),
    dict(id='SequenceFlow_MilestoneAhead', src='Gateway_NextMilestone', tgt='TimerEvent_MilestoneDue', name='是',
         cond='${hasNextMilestone}'),
    dict(id='SequenceFlow_NoMoreMilestones', src='Gateway_NextMilestone', tgt='EndEvent_MilestonesWatched', name='否'),
    dict(id='SequenceFlow_MilestoneReached', src='TimerEvent_MilestoneDue', tgt='ServiceTask_CheckMilestone'),
    dict(id='SequenceFlow_MilestoneChecked', src='ServiceTask_CheckMilestone', tgt='Gateway_NextMilestone',
         via=[(980, 345)]),
    dict(id='SequenceFlow_DeadlinePassed', src='TimerEvent_RemediationDeadline', tgt='ServiceTask_FlagOverdue'),
    dict(id='SequenceFlow_OverdueFlagged', src='ServiceTask_FlagOverdue', tgt='EndEvent_OverdueFlagged'),
    dict(id='SequenceFlow_ToAssessment', src='SubProcess_Remediation', tgt='Task_AssessCompletion'),
    dict(id='SequenceFlow_Assessed', src='Task_AssessCompletion', tgt='Gateway_CompletionPassed'),
    dict(id='SequenceFlow_Eliminated', src='Gateway_CompletionPassed', tgt='EventGateway_LongTermWatch', name='通过·销号',
         cond='${completionPassed}'),
    dict(id='SequenceFlow_AssessmentFailed', src='Gateway_CompletionPassed', tgt='SubProcess_Remediation', name='未通过·继续整治',
         cond='${!completionPassed}', via=[(1360, 80), (840, 80)]),
    dict(id='SequenceFlow_WatchRebound', src='EventGateway_LongTermWatch', tgt='MessageEvent_Rebound'),
    dict(id='SequenceFlow_WatchTimer', src='EventGateway_LongTermWatch', tgt='TimerEvent_WatchEnds'),
    dict(id='SequenceFlow_Reopened', src='MessageEvent_Rebound', tgt='Task_PlanRemediation', name='重新整治',
         via=[(1560, 50), (450, 50)]),
    dict(id='SequenceFlow_WatchEnded', src='TimerEvent_WatchEnds', tgt='EndEvent_LongTermClean'),
]
gen('BlackOdorousLifecycleProcess', '城市黑臭水体全过程管理',
    '识别（监测或公众调查）→ 公示（名称、所在城市、位置、级别、责任人、河长、整治期限）→ 制定整治方案（控源截污、内源治理/清淤疏浚、'
    '垃圾清理、生态修复、活水保质，含里程碑）→ 整治（里程碑定时检查，整治期限到期标记逾期）→ 初见成效（连续监测不再黑臭）→ '
    '整治效果评估（四项指标均不黑臭且公众满意度≥90%）→ 销号 → 长效监管：销号后监测再现轻度或重度黑臭即返黑返臭，重新整治并立案。'
    ' Variables hold references and decisions only; the record lives in bo_body.',
    lifecycle_nodes, lifecycle_flows, [('Msg_InitialEffect', 'Msg_InitialEffect'), ('Msg_Rebound', 'Msg_Rebound')],
    'processes/blackwater/BlackOdorousLifecycleProcess.bpmn')

report_nodes = {
    'StartEvent_HalfYear': N('timerstart', '每半年', 152, 102, cycle='0 0 1 1 1,7 ?'),
    'ServiceTask_GenerateReport': N('service', '生成半年公开报告', 240, 80,
                                    attrs='camunda:delegateExpression="${halfYearReportDelegate}"'),
    'EndEvent_ReportPublished': N('end', '报告已公开', 402, 102),
}
report_flows = [
    dict(id='SequenceFlow_ToGenerate', src='StartEvent_HalfYear', tgt='ServiceTask_GenerateReport'),
    dict(id='SequenceFlow_Generated', src='ServiceTask_GenerateReport', tgt='EndEvent_ReportPublished'),
]
gen('BlackOdorousReportProcess', '黑臭水体半年公开报告',
    '每年1月1日与7月1日（服务器时区0点）生成上半年/下半年的城市黑臭水体整治情况公开报告（PDF 与公开数据集）。',
    report_nodes, report_flows, [], 'processes/blackwater/BlackOdorousReportProcess.bpmn')
