package load

import "encoding/json"

var jsonUnmarshal = json.Unmarshal
