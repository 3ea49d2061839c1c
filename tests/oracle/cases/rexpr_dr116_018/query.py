from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, n DECIMAL(20,0), d DOUBLE, t STRING, i INT, m DECIMAL(7,0), dt DATE, s STRING, j INT, ts TIMESTAMP").load(INPUT)
result = df.filter("((j <> 1) OR (m IS NOT NULL))").select("id", "t", (col("ts") - expr("INTERVAL 1 DAY")).alias("c1"), expr("stack(3, CASE schema_of_json('{\"a\": [1, 2.5], \"b\": {\"c\": null}}') WHEN '日本' THEN dt WHEN 'x-y' THEN dt ELSE dt END, 1, date_add(dt, i))"), F.arrays_zip(F.split(col("s"), ' '), F.sequence(lit(1), lit(3))), expr("arrays_overlap(array(position('o', try_validate_utf8(unhex('61FF62')))), array(CAST(NULL AS INT), 3))").alias("c4"))
OUTPUT_MODE = "append"
