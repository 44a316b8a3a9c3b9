// The question the "what catches a failed rep" choice answers, shared by the advisor page
// and the widget. The choices and their words are the core's (px.describe().enums.safety).
export const SAFETY_LABEL = 'What catches a failed rep';
