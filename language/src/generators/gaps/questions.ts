/**
 * Mager and Pipe's performance-analysis questions, as far as the model
 * answers them: a question is answered when the analysis states a cause in
 * the cells it asks about (or, for "is it worth solving?", the size of the
 * gap); otherwise the report says what to find out.
 */
import type { Cell } from '../../generated/ast.js';
import type { GapAnalysis } from '../../model/gaps.js';
import { describeGapSize, gapSide } from '../../model/gaps.js';
import { describeTarget } from '../../model/targets.js';
import type { GapReport } from './schema.js';
import { quotedCause } from './wording.js';

type Question = GapReport['questions'][number];

interface CellQuestion {
    id: Question['id'];
    question: string;
    cells: readonly Cell[];
    /** How a stated cause answers it. */
    yes: string;
    /** What to find out when no cause is stated. */
    open: string;
}

const CELL_QUESTIONS: readonly CellQuestion[] = [
    { id: 'expectations', question: 'Are expectations clear?', cells: ['information'], yes: 'No',
        open: 'No information cause is stated: check that people know what is expected and get feedback on how they are doing.' },
    { id: 'resources', question: 'Are resources adequate?', cells: ['resources'], yes: 'No',
        open: 'No resources cause is stated: check tools, data, time and access.' },
    { id: 'consequences', question: 'Are consequences right?', cells: ['incentives', 'motives'], yes: 'No',
        open: 'No incentives or motives cause is stated: check whether performing is rewarded, and not performing punished or ignored.' },
    { id: 'skill', question: 'Is it really a skill deficiency?', cells: ['knowledge'], yes: 'Yes, in part',
        open: 'No knowledge cause is stated: could they do it if their lives depended on it? If so, training will not help.' },
    { id: 'potential', question: 'Do they have the potential to perform?', cells: ['capacity'], yes: 'No',
        open: 'No capacity cause is stated: check whether the job asks more than people can do.' }
];

function worthSolving(analysis: GapAnalysis): Question {
    const sized = analysis.performances.filter(p => p.size !== undefined && p.target);
    const question = 'Is it worth solving?';
    if (sized.length === 0) {
        return { id: 'worth-solving', question, answered: false, answer: 'The current performance is not stated (or cannot be compared with a target): measure the gap and what it costs first.' };
    }
    const parts = sized.map(p => `${p.kpi!.title} is ${p.size === 0 ? 'on target' : `${describeGapSize(p.size!, p.target!)} ${gapSide(p.target!, p.current) === 'over' ? 'over' : 'short'}`} (${describeTarget(p.target!)})`);
    return { id: 'worth-solving', question, answered: true, answer: `The gap is measured: ${parts.join('; ')}. Whether closing it is worth its cost is for the business to weigh.` };
}

export function questions(analysis: GapAnalysis): Question[] {
    return [worthSolving(analysis), ...CELL_QUESTIONS.map(q => {
        const causes = analysis.causes.map(c => c.cause).filter(c => c.cell !== undefined && q.cells.includes(c.cell));
        return causes.length > 0
            ? { id: q.id, question: q.question, answered: true, answer: `${q.yes}: ${causes.map(quotedCause).join('; ')}` }
            : { id: q.id, question: q.question, answered: false, answer: q.open };
    })];
}
