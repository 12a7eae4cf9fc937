// Placeholder home page until the public site lands (issue 3).
export default function HomePage() {
  return <main><h1>Byline</h1></main>;
}
