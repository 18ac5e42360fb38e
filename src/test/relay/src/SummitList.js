// Pages an organization's summits both ways (usePaginationFragment: loadNext and loadPrevious).
graphql`
  fragment SummitList_organization on Organization
  @refetchable(queryName: "SummitListPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int" }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  ) {
    summits(first: $first, after: $after, last: $last, before: $before)
      @connection(key: "SummitList_summits") {
      totalCount
      edges {
        node {
          id
          date
          ...RefetchSummit_summit
        }
      }
    }
  }
`;

graphql`
  query SummitListQuery($code: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    organization(code: $code) {
      ...SummitList_organization @arguments(first: $first, after: $after, last: $last, before: $before)
    }
  }
`;
