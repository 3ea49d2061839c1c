# XML source: nested struct and a repeated element read as an array; a windowed count over them.
from pyspark.sql import functions as F
src = (spark.readStream.format("xml").option("rowTag", "order")
       .schema("ts TIMESTAMP, customer STRUCT<name: STRING, _tier: STRING>, item ARRAY<STRING>")
       .load(INPUT))
result = (src.withWatermark("ts", "10 minutes")
          .groupBy(F.window("ts", "5 minutes"), F.col("customer._tier").alias("tier"))
          .agg(F.count("*").alias("orders"), F.sum(F.size("item")).alias("items")))
OUTPUT_MODE = "update"
