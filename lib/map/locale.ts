/**
 * French labels for MapLibre's controls and canvas (its `locale` option).
 * `Map.Title` becomes the canvas's accessible name.
 */
export const MAP_TITLE =
  "Carte des solutions trouvées. Déplacez la carte avec les flèches du clavier, zoomez avec les touches plus et moins. La liste des résultats, sous la carte, donne les mêmes informations.";

export const MAP_LOCALE: Record<string, string> = {
  "AttributionControl.ToggleAttribution": "Afficher ou masquer les sources de la carte",
  "AttributionControl.MapFeedback": "Signaler une erreur sur la carte",
  "FullscreenControl.Enter": "Afficher la carte en plein écran",
  "FullscreenControl.Exit": "Quitter le plein écran",
  "GeolocateControl.FindMyLocation": "Afficher ma position",
  "GeolocateControl.LocationNotAvailable": "Position non disponible",
  "LogoControl.Title": "Logo MapLibre",
  "Map.Title": MAP_TITLE,
  "Marker.Title": "Repère sur la carte",
  "NavigationControl.ResetBearing": "Réinitialiser l'orientation",
  "NavigationControl.ZoomIn": "Zoomer",
  "NavigationControl.ZoomOut": "Dézoomer",
  "Popup.Close": "Fermer",
  "ScaleControl.Feet": "pi",
  "ScaleControl.Meters": "m",
  "ScaleControl.Kilometers": "km",
  "ScaleControl.Miles": "mi",
  "ScaleControl.NauticalMiles": "M",
  "GlobeControl.Enable": "Afficher le globe",
  "GlobeControl.Disable": "Afficher la carte à plat",
  "TerrainControl.Enable": "Afficher le relief",
  "TerrainControl.Disable": "Masquer le relief",
  "CooperativeGesturesHandler.WindowsHelpText": "Pour zoomer, utilisez la molette en maintenant la touche Ctrl",
  "CooperativeGesturesHandler.MacHelpText": "Pour zoomer, utilisez la molette en maintenant la touche ⌘",
  "CooperativeGesturesHandler.MobileHelpText": "Pour déplacer la carte, utilisez deux doigts",
};
