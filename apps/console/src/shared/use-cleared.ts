import { useGetIdentity } from 'react-admin';

/**
 * Whether the signed-in user has confidential clearance. Users without it neither read nor
 * write confidential fields (the API refuses such writes), so their forms leave them out.
 */
export function useCleared(): boolean {
  const { identity } = useGetIdentity();
  return identity?.clearance === 'confidential';
}
