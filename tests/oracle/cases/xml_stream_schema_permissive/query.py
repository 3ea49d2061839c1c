# XML source (Spark 4's built-in format) with a schema: rowTag, attributes as _-prefixed
# fields, a value that does not convert (PERMISSIVE: NULL and the record in _corrupt_record).
result = (spark.readStream.format("xml").option("rowTag", "event")
          .schema("_id LONG, category STRING, value DOUBLE, n INT, _corrupt_record STRING")
          .load(INPUT))
OUTPUT_MODE = "append"
