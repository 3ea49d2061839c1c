# CSV source with a header, PERMISSIVE mode: quoted fields, empty fields, bad numbers, short and long rows.
result = (spark.readStream.format("csv").option("header", True)
          .schema("timestamp TIMESTAMP, category STRING, value DOUBLE, n INT")
          .load(INPUT))
OUTPUT_MODE = "append"
