// Starts Swagger UI on the API documentation page. It lives in its own file because the
// Content-Security-Policy allows no inline script. The base layout leaves out Swagger UI's top bar,
// whose logo needs an inline style, and there is no online validator: the page works offline.
window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-document'),
    domNode: root,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null,
    defaultModelsExpandDepth: 0
  });
});
