export class VerificationView {
  intact!: boolean;
  count!: number;
  headSeq!: number;
  headHash!: string;
  brokenAtSeq?: number;
  reason?: string;
  tampering!: string | null;
}
