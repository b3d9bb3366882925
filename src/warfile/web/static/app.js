// Scroll the emphasised span of a document page into view (the ?span=START-END parameter).
document.addEventListener("DOMContentLoaded", function () {
  var article = document.querySelector("[data-focus]");
  if (!article) return;
  var target = document.getElementById(article.getAttribute("data-focus"));
  if (target) target.scrollIntoView({ block: "center" });
});
