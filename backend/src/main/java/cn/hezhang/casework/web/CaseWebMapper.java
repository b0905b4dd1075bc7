package cn.hezhang.casework.web;

import cn.hezhang.casework.CaseCommands;
import org.mapstruct.Mapper;

/** Request bodies to the module's commands. */
@Mapper(componentModel = "spring")
interface CaseWebMapper {
	CaseCommands.Triage toCommand(CaseRequests.TriageRequest request);

	CaseCommands.Assign toCommand(CaseRequests.AssignRequest request);

	CaseCommands.RequestExtension toCommand(CaseRequests.ExtensionRequestBody request);

	CaseCommands.Decision toCommand(CaseRequests.DecisionRequest request);
}
