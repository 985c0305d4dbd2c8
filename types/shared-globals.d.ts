// The WHATWG URL class exists in both Node and the browser; shared/ code may use it and
// nothing else from either environment.
declare class URL {
  constructor(input: string, base?: string);
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly href: string;
}
