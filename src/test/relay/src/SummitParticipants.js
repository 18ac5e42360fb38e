// Pages a summit's participants, a nested list, through its connection sibling.
graphql`
  fragment SummitParticipants_summit on Summit
  @refetchable(queryName: "SummitParticipantsPaginationQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 3 }, after: { type: "String" }) {
    participantsConnection(first: $first, after: $after) @connection(key: "SummitParticipants_participantsConnection") {
      totalCount
      edges {
        node {
          role
          person {
            ...RefetchPerson_person
          }
        }
      }
    }
  }
`;

graphql`
  fragment SummitParticipants_statements on Summit
  @refetchable(queryName: "SummitParticipantsStatementsPaginationQuery")
  @argumentDefinitions(last: { type: "Int", defaultValue: 2 }, before: { type: "String" }) {
    statementsConnection(last: $last, before: $before) @connection(key: "SummitParticipants_statementsConnection") {
      edges {
        node {
          ...RefetchStatement_statement
        }
      }
    }
  }
`;
